package com.fazhi.ingest.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fazhi.ingest.domain.Correction;
import com.fazhi.ingest.domain.PublishFailedException;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;

/**
 * Records an analyst's correction on the compacted {@code reports.corrections} topic, keyed {@code reportId|target}:
 * the latest correction of a target stands; a withdrawal is recorded the same way (with who and when), replacing the
 * correction it takes back. Returns once the broker acknowledged it
 * (acks=all, idempotent producer); {@link PublishFailedException} (503) when it did not within the publish timeout.
 */
@ApplicationScoped
public class CorrectionPublisher {

    private final AcknowledgedSender sender;

    public CorrectionPublisher(@Channel("reports-corrections") MutinyEmitter<Record<String, String>> emitter,
            ObjectMapper json, @ConfigProperty(name = "ingest.publish-timeout") Duration timeout) {
        this.sender = new AcknowledgedSender(emitter, json, timeout, "correction");
    }

    public void publish(Correction correction) {
        sender.sendAndWait(correction.recordKey(), correction);
    }
}
