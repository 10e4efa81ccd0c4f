package com.fazhi.extract.messaging;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fazhi.contract.model.RawReport;
import com.fazhi.extract.domain.Retrier;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;

/**
 * Sends stored raw reports to {@code reports.raw} again, keyed by id, for re-extraction: the same message ingest-service
 * sends (the contract's {@link RawReport} as JSON), so this service takes them up like any new report and replaces each
 * document by id. A page is sent at once and awaited; a transient failure re-sends it (the service's one {@link Retrier}).
 */
@ApplicationScoped
public class RawReportRepublisher {

    private final MutinyEmitter<Record<String, String>> emitter;
    private final ObjectMapper json;
    private final Retrier retrier;

    public RawReportRepublisher(@Channel("reports-raw-again") MutinyEmitter<Record<String, String>> emitter,
            ObjectMapper json, Retrier retrier) {
        this.emitter = emitter;
        this.json = json;
        this.retrier = retrier;
    }

    public void publishAll(List<RawReport> reports) {
        List<Record<String, String>> records = new ArrayList<>(reports.size());
        for (RawReport report : reports) {
            try {
                records.add(Record.of(report.id(), json.writeValueAsString(report)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a stored raw report cannot be written as JSON: " + report.id(), e);
            }
        }
        retrier.run("reports.raw", () -> {
            List<Uni<Void>> sends = new ArrayList<>(records.size());
            records.forEach(r -> sends.add(emitter.send(r)));
            if (!sends.isEmpty()) {
                Uni.join().all(sends).andFailFast().await().indefinitely();
            }
        });
    }
}
