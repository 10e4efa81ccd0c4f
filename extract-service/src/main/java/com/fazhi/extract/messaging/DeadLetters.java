package com.fazhi.extract.messaging;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fazhi.extract.domain.Retrier;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends a record extract-service cannot process to {@code reports.dlq}: the original key and bytes, with the headers
 * {@code dead-letter-reason} (what was wrong), {@code dead-letter-cause} (the exception) and
 * {@code dead-letter-topic/-partition/-offset} (where it came from). Only records {@code FailurePolicy} calls bad
 * come here (see {@link RawReportConsumer}); the send is awaited, and retried while the broker is away, before the
 * record is acknowledged.
 * <p>
 * Why not the connector's dead-letter-queue failure strategy: it dead-letters every nack, including the nacks of
 * records that were in flight while the service shut down (seen in the scale-out test: two good reports went to the
 * DLQ during a rebalance). Those must be redelivered to the next owner of the partition instead.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final MutinyEmitter<byte[]> emitter;
    private final Retrier retrier;

    public DeadLetters(@Channel("reports-dlq") MutinyEmitter<byte[]> emitter, Retrier retrier) {
        this.emitter = emitter;
        this.retrier = retrier;
    }

    public void send(ConsumerRecord<String, byte[]> record, Throwable reason) {
        LOG.warnf("dead-lettering record %s at %s-%d@%d: %s", record.key(), record.topic(), record.partition(),
                record.offset(), reason.getMessage());
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", bytes(reason.getMessage()));
        headers.add("dead-letter-cause", bytes(reason.getCause() == null ? reason.getClass().getName()
                : reason.getCause().getClass().getName() + ": " + reason.getCause().getMessage()));
        headers.add("dead-letter-topic", bytes(record.topic()));
        headers.add("dead-letter-partition", bytes(String.valueOf(record.partition())));
        headers.add("dead-letter-offset", bytes(String.valueOf(record.offset())));
        Message<byte[]> message = Message.of(record.value() == null ? new byte[0] : record.value())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(record.key()).withHeaders(headers).build());
        retrier.run("reports.dlq", () -> emitter.sendMessageAndAwait(message)); // not acknowledged until sent
    }

    private static byte[] bytes(String s) {
        return String.valueOf(s).getBytes(StandardCharsets.UTF_8);
    }
}
