package com.fazhi.ingest.domain;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fazhi.contract.model.RawReport;
import com.fazhi.ingest.messaging.RawReportPublisher;

/**
 * Takes a validated report: a report whose id this instance had acknowledged lately ({@link RecentIds}) is a
 * duplicate and is not published again; any other is published and counts as taken only once Kafka acknowledged it.
 * The id is remembered after the ack, so it never names a report Kafka does not hold. Nothing is written to a store
 * on this path: the id is the content hash, the producer is idempotent, and extract-service upserts by id, so a
 * repeat the memory has forgotten costs one more message, never a second document.
 * <p>
 * {@link #begin} sends without waiting and {@link #complete} waits, so a batch has all its writes in flight at once.
 */
@ApplicationScoped
public class ReportIntake {

    private final RawReportPublisher publisher;
    private final RecentIds recent;

    public ReportIntake(RawReportPublisher publisher, @ConfigProperty(name = "ingest.recent-ids") int recentIds) {
        this.publisher = publisher;
        this.recent = new RecentIds(recentIds);
    }

    /** A report on its way: already known, or sent and awaiting Kafka's acknowledgement. */
    public record Pending(RawReport report, boolean duplicate, CompletableFuture<Void> acknowledged) {
    }

    /** Blocks until Kafka acknowledged; throws {@link PublishFailedException} when it did not. */
    public IntakeResult take(RawReport report) {
        return complete(begin(report));
    }

    public Pending begin(RawReport report) {
        if (recent.contains(report.id())) {
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
        recent.add(pending.report().id());
        return new IntakeResult(pending.report().id(), pending.duplicate());
    }
}
