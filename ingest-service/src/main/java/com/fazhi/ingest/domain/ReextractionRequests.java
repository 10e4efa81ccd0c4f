package com.fazhi.ingest.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fazhi.contract.model.ReextractionRequest;
import com.fazhi.contract.model.ReextractionStatus;
import com.fazhi.ingest.messaging.ReextractionRequestPublisher;
import com.fazhi.ingest.storage.ReextractionRuns;

/**
 * The admin API's side of re-extraction. extract-service keeps the raw reports and runs the run with the extractor it
 * runs; this service records a request (state requested) and sends it to extract-service, unless a run is under way
 * (requested or running, and heard from within {@code ingest.reextraction.stalled-after}: a run whose instance died
 * stops reporting, and a new request may then start another). The status comes from the store, so every replica
 * answers the same.
 */
@ApplicationScoped
public class ReextractionRequests {

    private final ReextractionRuns runs;
    private final ReextractionRequestPublisher publisher;
    private final Duration stalledAfter;

    public ReextractionRequests(ReextractionRuns runs, ReextractionRequestPublisher publisher,
            @ConfigProperty(name = "ingest.reextraction.stalled-after") Duration stalledAfter) {
        this.runs = runs;
        this.publisher = publisher;
        this.stalledAfter = stalledAfter;
    }

    /** Requests a run unless one is under way; either way, the status. {@code by}: the admin key's name. */
    public ReextractionStatus request(boolean all, String by) {
        ReextractionStatus current = runs.latest();
        if (current.active() && !stalled(current)) {
            return current;
        }
        ReextractionRequest request = new ReextractionRequest(all, by, Instant.now().toString());
        ReextractionStatus requested = ReextractionStatus.requested(request);
        runs.save(requested);
        try {
            publisher.publish(request);
        } catch (RuntimeException e) {
            runs.save(current); // not sent: the status stays what it was, so sending again later sends it
            throw e;
        }
        return requested;
    }

    public ReextractionStatus status() {
        ReextractionStatus current = runs.latest();
        if (current.active() && stalled(current)) {
            return new ReextractionStatus("stalled", current.scope(), current.targetVersion(), current.total(),
                    current.checked(), current.upToDate(), current.published(), 0, null, current.requestedAt(),
                    current.startedAt(), null, "no progress reported since " + current.updatedAt(), current.startedBy(),
                    current.updatedAt());
        }
        return current;
    }

    private boolean stalled(ReextractionStatus status) {
        return status.updatedAt() == null
                || Instant.parse(status.updatedAt()).isBefore(Instant.now().minus(stalledAfter));
    }
}
