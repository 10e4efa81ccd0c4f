package com.fazhi.ingest.messaging;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fazhi.contract.model.RawReport;
import com.fazhi.ingest.domain.PublishFailedException;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;

/**
 * Writes a raw report to {@code reports.raw}, keyed by its id (so every copy of a report lands in one partition).
 * The returned future completes when the broker acknowledged the write (acks=all, idempotent producer), and fails
 * with {@link PublishFailedException} when it did not within the publish timeout.
 */
@ApplicationScoped
public class RawReportPublisher {

    private final AcknowledgedSender sender;

    public RawReportPublisher(@Channel("reports-raw") MutinyEmitter<Record<String, String>> emitter, ObjectMapper json,
            @ConfigProperty(name = "ingest.publish-timeout") Duration timeout) {
        this.sender = new AcknowledgedSender(emitter, json, timeout, "report");
    }

    public CompletableFuture<Void> publish(RawReport report) {
        return sender.send(report.id(), report);
    }
}
