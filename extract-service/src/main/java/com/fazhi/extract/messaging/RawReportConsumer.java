package com.fazhi.extract.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fazhi.extract.domain.ReportProcessor;
import com.fazhi.extractor.model.ExtractedReport;

import io.smallrye.common.annotation.Blocking;

/**
 * Consumes reports.raw in the extract-service consumer group. The record is acknowledged when this method returns,
 * i.e. after the MongoDB write, and its offset committed after that (at-least-once). An exception nacks it, and the
 * dead-letter-queue failure strategy sends it to reports.dlq with the cause; the partition goes on.
 */
@ApplicationScoped
public class RawReportConsumer {

    private static final Logger LOG = Logger.getLogger(RawReportConsumer.class);

    private final ReportProcessor processor;

    public RawReportConsumer(ReportProcessor processor) {
        this.processor = processor;
    }

    @Incoming("reports-raw")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        try {
            ExtractedReport report = processor.process(record.value());
            LOG.debugf("extracted %s (%s) from partition %d offset %d", record.key(), report.status(),
                    record.partition(), record.offset());
        } catch (RuntimeException e) {
            LOG.warnf("dead-lettering record %s at %s-%d@%d: %s", record.key(), record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            throw e;
        }
    }
}
