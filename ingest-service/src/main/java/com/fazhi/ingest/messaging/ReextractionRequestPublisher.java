package com.fazhi.ingest.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fazhi.contract.model.ReextractionRequest;
import com.fazhi.ingest.domain.PublishFailedException;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;

/** Sends a re-extraction request to {@code reports.reextract}, for extract-service, and waits for the broker's ack. */
@ApplicationScoped
public class ReextractionRequestPublisher {

    private final MutinyEmitter<Record<String, String>> emitter;
    private final ObjectMapper json;
    private final Duration timeout;

    public ReextractionRequestPublisher(@Channel("reextract-requests") MutinyEmitter<Record<String, String>> emitter,
            ObjectMapper json, @ConfigProperty(name = "ingest.publish-timeout") Duration timeout) {
        this.emitter = emitter;
        this.json = json;
        this.timeout = timeout;
    }

    public void publish(ReextractionRequest request) {
        String payload;
        try {
            payload = json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the request", e);
        }
        try {
            emitter.send(Record.of("reextract", payload)).ifNoItem().after(timeout).fail().await().indefinitely();
        } catch (RuntimeException e) {
            throw new PublishFailedException("Kafka did not acknowledge the re-extraction request: " + e.getMessage(), e);
        }
    }
}
