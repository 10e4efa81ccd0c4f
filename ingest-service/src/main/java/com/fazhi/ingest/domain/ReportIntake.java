package com.fazhi.ingest.domain;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fazhi.extractor.model.RawReport;
import com.fazhi.ingest.messaging.RawReportPublisher;
import com.fazhi.ingest.storage.IngestLedger;

/**
 * Takes a validated report: a report whose id the ledger already holds is a duplicate and is not published again;
 * any other is published and counts as taken only once Kafka acknowledged it. The ledger is written after the ack,
 * so it never holds an id that Kafka does not.
 * <p>
 * {@link #begin} sends without waiting and {@link #complete} waits, so a batch has all its writes in flight at once.
 */
@ApplicationScoped
public class ReportIntake {

    private final RawReportPublisher publisher;
    private final IngestLedger ledger;

    public ReportIntake(RawReportPublisher publisher, IngestLedger ledger) {
        this.publisher = publisher;
        this.ledger = ledger;
    }

    /** A report on its way: already known, or sent and awaiting Kafka's acknowledgement. */
    public record Pending(RawReport report, boolean duplicate, CompletableFuture<Void> acknowledged) {
    }

    /** Blocks until Kafka acknowledged; throws {@link PublishFailedException} when it did not. */
    public IntakeResult take(RawReport report) {
        return complete(begin(report));
    }

    public Pending begin(RawReport report) {
        if (ledger.isKnown(report.id())) {
            return new Pending(report, true, CompletableFuture.completedFuture(null));
        }
        return new Pending(report, false, publisher.publish(report));
    }

    public IntakeResult complete(Pending pending) {
        try {
            pending.acknowledged().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof PublishFailedException failed) {
                throw failed;
            }
            throw new PublishFailedException("Kafka did not take the report: " + e.getCause(), e.getCause());
        }
        ledger.record(pending.report());
        return new IntakeResult(pending.report().id(), pending.duplicate());
    }
}
