package com.fazhi.ingest.messaging;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fazhi.ingest.domain.PublishFailedException;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;

/**
 * The one way ingest-service publishes: a value written as JSON, sent as a keyed record on one channel (acks=all,
 * idempotent producer: each channel's settings in application.properties), counted as sent once the broker
 * acknowledged it. A channel that refuses at once and an acknowledgement that does not come within the publish timeout
 * end in a {@link PublishFailedException} (HTTP 503: the caller sends again later); a value that cannot be written is
 * a bug (IllegalStateException). Each publisher names its channel, its key and what it sends.
 */
final class AcknowledgedSender {

    private final MutinyEmitter<Record<String, String>> emitter;
    private final ObjectMapper json;
    private final Duration timeout;
    /** What is sent, for the error's message: "report", "correction", "re-extraction request". */
    private final String valueName;

    AcknowledgedSender(MutinyEmitter<Record<String, String>> emitter, ObjectMapper json, Duration timeout, String valueName) {
        this.emitter = emitter;
        this.json = json;
        this.timeout = timeout;
        this.valueName = valueName;
    }

    /** Sends {@code value} under {@code key}; the future completes on the broker's acknowledgement. */
    CompletableFuture<Void> send(String key, Object value) {
        String payload;
        try {
            payload = json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // a value of ours that Jackson cannot write is a bug, not an outage: a 500, not "send again later"
            throw new IllegalStateException("cannot serialise the " + valueName, e);
        }
        try {
            return emitter.send(Record.of(key, payload))
                    .ifNoItem().after(timeout).fail()
                    .onFailure().transform(e -> new PublishFailedException(
                            "Kafka did not acknowledge the " + valueName + ": " + e, e))
                    .subscribeAsCompletionStage();
        } catch (RuntimeException e) { // the emitter refuses at once, e.g. its channel is down
            return CompletableFuture.failedFuture(new PublishFailedException("Kafka is not available: " + e.getMessage(), e));
        }
    }

    /** Sends {@code value} under {@code key} and waits for the acknowledgement. */
    void sendAndWait(String key, Object value) {
        try {
            send(key, value).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof PublishFailedException failed) {
                throw failed;
            }
            throw new PublishFailedException("Kafka did not acknowledge the " + valueName + ": " + e.getCause(), e.getCause());
        }
    }
}
