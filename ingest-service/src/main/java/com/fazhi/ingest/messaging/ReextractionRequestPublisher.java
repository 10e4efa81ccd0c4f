package com.fazhi.ingest.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fazhi.contract.model.ReextractionRequest;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;

/**
 * Sends a re-extraction request to {@code reports.reextract}, for extract-service, and waits for the broker's ack
 * ({@link com.fazhi.ingest.domain.PublishFailedException}, 503, when it does not come within the publish timeout).
 */
@ApplicationScoped
public class ReextractionRequestPublisher {

    /** One key for every request: they are read in the order they were made. */
    private static final String KEY = "reextract";

    private final AcknowledgedSender sender;

    public ReextractionRequestPublisher(@Channel("reextract-requests") MutinyEmitter<Record<String, String>> emitter,
            ObjectMapper json, @ConfigProperty(name = "ingest.publish-timeout") Duration timeout) {
        this.sender = new AcknowledgedSender(emitter, json, timeout, "re-extraction request");
    }

    public void publish(ReextractionRequest request) {
        sender.sendAndWait(KEY, request);
    }
}
