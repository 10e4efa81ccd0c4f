package com.fazhi.ingest.messaging;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;

import com.fasterxml.jackson.core.JsonProcessingException;
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

    private final MutinyEmitter<Record<String, String>> emitter;
    private final ObjectMapper json;
    private final Duration timeout;

    public RawReportPublisher(@Channel("reports-raw") MutinyEmitter<Record<String, String>> emitter, ObjectMapper json,
            @ConfigProperty(name = "ingest.publish-timeout") Duration timeout) {
        this.emitter = emitter;
        this.json = json;
        this.timeout = timeout;
    }

    public CompletableFuture<Void> publish(RawReport report) {
        String payload;
        try {
            payload = json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            return CompletableFuture.failedFuture(new PublishFailedException("cannot serialise the report", e));
        }
        try {
            return emitter.send(Record.of(report.id(), payload))
                    .ifNoItem().after(timeout).fail()
                    .onFailure().transform(e -> new PublishFailedException("Kafka did not acknowledge the report: " + e, e))
                    .subscribeAsCompletionStage();
        } catch (RuntimeException e) { // the emitter refuses at once, e.g. its channel is down
            return CompletableFuture.failedFuture(new PublishFailedException("Kafka is not available: " + e.getMessage(), e));
        }
    }
}
