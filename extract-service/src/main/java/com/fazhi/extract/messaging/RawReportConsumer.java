package com.fazhi.extract.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fazhi.extract.domain.FailureKind;
import com.fazhi.extract.domain.FailurePolicy;
import com.fazhi.extract.domain.ReportProcessor;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Consumes reports.raw in the extract-service consumer group. The record is acknowledged when this method returns,
 * i.e. after the MongoDB write and its announcement on reports.extracted (or after it went to the DLQ), and its
 * offset committed after that (at-least-once). Outages are waited out inside the writes (the service's one retry
 * loop), so what reaches this method is decided once, by {@link FailurePolicy}: a bad record (not a raw report, the
 * engine broke on it, a write MongoDB or Kafka refuses for good) goes to reports.dlq with its cause
 * ({@link DeadLetters}); anything else (the service shutting down under it, a failure no rule knows) nacks the record,
 * and the channel's failure strategy is {@code fail}: the offset is not committed, so the record is redelivered, to
 * this instance after a restart or to the next owner of its partition. Records are processed concurrently on the
 * "extractors" worker pool (its size is {@code smallrye.messaging.worker.extractors.max-concurrency}); the throttled
 * commit strategy commits an offset only once every record before it in its partition was acknowledged, so order of
 * completion does not matter, and two copies of one report are two upserts of one document.
 */
@ApplicationScoped
public class RawReportConsumer {

    private static final Logger LOG = Logger.getLogger(RawReportConsumer.class);

    private final ReportProcessor processor;
    private final ExtractedReportPublisher extracted;
    private final DeadLetters deadLetters;

    public RawReportConsumer(ReportProcessor processor, ExtractedReportPublisher extracted, DeadLetters deadLetters) {
        this.processor = processor;
        this.extracted = extracted;
        this.deadLetters = deadLetters;
    }

    @Incoming("reports-raw")
    @Blocking(value = "extractors", ordered = false)
    public void consume(ConsumerRecord<String, byte[]> record) {
        Document stored;
        try {
            stored = processor.process(record.value());
            extracted.publish(stored); // retried while the broker is away: never dead-lettered for an outage
        } catch (RuntimeException e) {
            if (FailurePolicy.classify(e) != FailureKind.BAD_RECORD) {
                throw e; // shutting down, or unknown: nacked, redelivered
            }
            deadLetters.send(record, e); // known bad: to the DLQ with the cause, and the partition goes on
            return;
        }
        LOG.debugf("extracted %s (%s) from partition %d offset %d", record.key(), stored.get("status"),
                record.partition(), record.offset());
    }
}
