package com.fazhi.extract.messaging;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.RetriableException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fazhi.extract.domain.Backoff;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;

/**
 * Announces a stored report on the compacted {@code reports.extracted} topic, keyed by id, with the document as JSON
 * (without its search terms): query-service builds its read model from this topic. Called after the MongoDB write and
 * before the raw record is acknowledged; a publish the broker does not acknowledge is retried with backoff, so a
 * stored report is always announced (at least once; the key makes a repeat replace the earlier one). A record the
 * broker refuses for good (too large, say) fails, and the raw record goes to the DLQ with that cause.
 */
@ApplicationScoped
public class ExtractedReportPublisher {

    private static final Logger LOG = Logger.getLogger(ExtractedReportPublisher.class);

    private final MutinyEmitter<Record<String, String>> emitter;
    private final ObjectMapper json;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private volatile boolean failing;

    public ExtractedReportPublisher(@Channel("reports-extracted") MutinyEmitter<Record<String, String>> emitter,
            ObjectMapper json,
            @ConfigProperty(name = "extract.retry.initial") Duration initialBackoff,
            @ConfigProperty(name = "extract.retry.max") Duration maxBackoff) {
        this.emitter = emitter;
        this.json = json;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    public void publish(Map<String, Object> storedDocument) {
        String id = String.valueOf(storedDocument.get("_id"));
        String payload = payload(storedDocument);
        Backoff backoff = new Backoff(initialBackoff, maxBackoff);
        while (true) {
            try {
                emitter.sendAndAwait(Record.of(id, payload));
                failing = false;
                return;
            } catch (RuntimeException e) {
                if (isRefused(e)) {
                    throw new RecordRefusedException("reports.extracted refused " + id + ": " + e.getMessage(), e);
                }
                if (!isTransient(e)) {
                    throw e; // neither an outage nor a refusal (the service stopping, say): nacked, so redelivered
                }
                failing = true;
                LOG.warnf("publishing %s to reports.extracted failed, retrying in %d ms: %s", id, backoff.nextMillis(),
                        e.getMessage());
                backoff.pause();
            }
        }
    }

    /** The broker answered that it will never take this record (too large, invalid), as opposed to not answering. */
    static boolean isRefused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiException && !(t instanceof RetriableException)) {
                return true;
            }
        }
        return false;
    }

    /** An outage worth waiting out (the broker is away or slow), as opposed to a record the broker will never take. */
    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RetriableException) {
                return true;
            }
        }
        return false;
    }

    /** True while a publish is being retried: readiness reports the broker as down. */
    public boolean isFailing() {
        return failing;
    }

    private String payload(Map<String, Object> storedDocument) {
        Map<String, Object> event = new LinkedHashMap<>(storedDocument);
        event.remove("_id");
        event.remove("searchTerms");
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored document could not be written as JSON", e);
        }
    }
}
