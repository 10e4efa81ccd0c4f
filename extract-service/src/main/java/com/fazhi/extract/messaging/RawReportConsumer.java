package com.fazhi.extract.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fazhi.extract.domain.ReportProcessor;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Consumes reports.raw in the extract-service consumer group. The record is acknowledged when this method returns,
 * i.e. after the MongoDB write and its announcement on reports.extracted, and its offset committed after that
 * (at-least-once). Records are processed concurrently on the "extractors" worker pool (its size is
 * {@code smallrye.messaging.worker.extractors.max-concurrency}); the throttled commit strategy commits an offset only
 * once every record before it in its partition was acknowledged, so order of completion does not matter, and two
 * copies of one report are two upserts of one document. An exception nacks it, and the
 * dead-letter-queue failure strategy sends it to reports.dlq with the cause; the partition goes on.
 */
@ApplicationScoped
public class RawReportConsumer {

    private static final Logger LOG = Logger.getLogger(RawReportConsumer.class);

    private final ReportProcessor processor;
    private final ExtractedReportPublisher extracted;

    public RawReportConsumer(ReportProcessor processor, ExtractedReportPublisher extracted) {
        this.processor = processor;
        this.extracted = extracted;
    }

    @Incoming("reports-raw")
    @Blocking(value = "extractors", ordered = false)
    public void consume(ConsumerRecord<String, byte[]> record) {
        Document stored;
        try {
            stored = processor.process(record.value());
            LOG.debugf("extracted %s (%s) from partition %d offset %d", record.key(), stored.get("status"),
                    record.partition(), record.offset());
        } catch (RuntimeException e) {
            LOG.warnf("dead-lettering record %s at %s-%d@%d: %s", record.key(), record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            throw e;
        }
        extracted.publish(stored); // retried until the broker takes it: never dead-lettered for an outage
    }
}
