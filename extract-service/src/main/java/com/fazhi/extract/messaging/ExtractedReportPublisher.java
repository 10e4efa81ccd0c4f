package com.fazhi.extract.messaging;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;

import com.fazhi.contract.model.ReportDocument;
import com.fazhi.contract.model.ReportDocumentCodec;
import com.fazhi.extract.domain.Retrier;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;

/**
 * Announces a stored report on the compacted {@code reports.extracted} topic, keyed by id, with the document in the
 * contract's JSON encoding ({@link ReportDocumentCodec}): query-service builds its read model from this topic. Called
 * after the MongoDB write and before the raw record is acknowledged; a publish the broker does not acknowledge is retried by the service's one
 * {@link Retrier}, so a stored report is always announced (at least once; the key makes a repeat replace the earlier
 * one). A record the broker refuses for good (too large, say) fails, and the raw record goes to the DLQ with that cause.
 */
@ApplicationScoped
public class ExtractedReportPublisher {

    private final MutinyEmitter<Record<String, String>> emitter;
    private final Retrier retrier;

    public ExtractedReportPublisher(@Channel("reports-extracted") MutinyEmitter<Record<String, String>> emitter,
            Retrier retrier) {
        this.emitter = emitter;
        this.retrier = retrier;
    }

    /** Announces a batch: every record sent at once, then all awaited; a transient failure re-sends the batch. */
    public void publishAll(List<ReportDocument> storedDocuments) {
        List<Record<String, String>> records = new ArrayList<>(storedDocuments.size());
        for (ReportDocument doc : storedDocuments) {
            records.add(Record.of(doc.id(), ReportDocumentCodec.toEventJson(doc)));
        }
        retrier.run("reports.extracted", () -> {
            List<Uni<Void>> sends = new ArrayList<>(records.size());
            records.forEach(r -> sends.add(emitter.send(r)));
            Uni.join().all(sends).andFailFast().await().indefinitely();
        });
    }
}
