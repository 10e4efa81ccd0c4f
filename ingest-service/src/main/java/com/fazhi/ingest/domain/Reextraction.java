package com.fazhi.ingest.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fazhi.extractor.RuleBasedExtractor;
import com.fazhi.contract.model.RawReport;
import com.fazhi.ingest.messaging.RawReportPublisher;
import com.fazhi.ingest.storage.RawReportArchive;

/**
 * Re-extraction: the stored raw reports whose document is missing or was made by another extractor version than the
 * one this build carries ({@link RuleBasedExtractor#VERSION}; {@code all} takes every one) are published to
 * reports.raw again, under their own id. extract-service extracts each with the extractor it runs and upserts the
 * document by id, so a run makes no duplicates, and new reports keep flowing through the same topic meanwhile. The
 * archive is read in pages: one read of the page's up-to-date ids, then the page's stale reports sent together and
 * awaited, so a run that ends "done" has handed every stale raw report to Kafka. One run at a time; its status says
 * how far it is (checked of total, published, rate, ETA).
 */
@ApplicationScoped
public class Reextraction {

    private static final Logger LOG = Logger.getLogger(Reextraction.class);
    private static final int PAGE = 200;

    /**
     * A run's progress: {@code checked} of {@code total} raw reports looked at, {@code published} of them sent again; who
     * started it (the admin key's name) and when.
     */
    public record Status(String state, String scope, String targetVersion, long total, long checked, long upToDate,
            long published, double perSecond, Long etaSeconds, String startedAt, String finishedAt, String error,
            String startedBy) {
    }

    private final RawReportArchive archive;
    private final RawReportPublisher publisher;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "reextraction"));
    private final AtomicReference<Status> status = new AtomicReference<>(
            new Status("idle", null, RuleBasedExtractor.VERSION, 0, 0, 0, 0, 0, null, null, null, null, null));
    private final AtomicLong checked = new AtomicLong();
    private final AtomicLong upToDate = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private volatile Instant startedAt;
    private volatile String startedBy;

    public Reextraction(RawReportArchive archive, RawReportPublisher publisher) {
        this.archive = archive;
        this.publisher = publisher;
    }

    /** Starts a run unless one is running; either way, the current status. {@code by}: the admin key's name. */
    public synchronized Status start(boolean all, String by) {
        if ("running".equals(status.get().state())) {
            return status();
        }
        String version = RuleBasedExtractor.VERSION;
        String scope = all ? "all" : "stale";
        long total = archive.count();
        checked.set(0);
        upToDate.set(0);
        published.set(0);
        startedAt = Instant.now();
        startedBy = by;
        String started = startedAt.toString();
        LOG.infof("re-extraction (%s) started by %s", scope, by);
        status.set(new Status("running", scope, version, total, 0, 0, 0, 0, null, started, null, null, by));
        runner.submit(() -> {
            try {
                archive.forEachPage(PAGE, page -> republish(page, all, version));
                status.set(finished("done", scope, version, total, started, null));
                LOG.infof("re-extraction (%s, for %s): %d of %d raw reports published again", scope, version,
                        published.get(), checked.get());
            } catch (RuntimeException e) {
                status.set(finished("failed", scope, version, total, started, e.getMessage()));
                LOG.warnf("re-extraction stopped after %d reports: %s", published.get(), e.getMessage());
            }
        });
        return status();
    }

    private void republish(List<RawReport> page, boolean all, String version) {
        Set<String> current = all ? Set.of() : archive.upToDate(page.stream().map(RawReport::id).toList(), version);
        List<CompletableFuture<Void>> sends = new ArrayList<>(page.size());
        for (RawReport raw : page) {
            if (!current.contains(raw.id())) {
                sends.add(publisher.publish(raw));
            }
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
        published.addAndGet(sends.size());
        upToDate.addAndGet(current.size());
        checked.addAndGet(page.size());
    }

    private Status finished(String state, String scope, String version, long total, String started, String error) {
        return new Status(state, scope, version, total, checked.get(), upToDate.get(), published.get(), rate(), 0L,
                started, Instant.now().toString(), error, startedBy);
    }

    private double rate() {
        double seconds = Math.max(0.001, Duration.between(startedAt, Instant.now()).toMillis() / 1000.0);
        return Math.round(checked.get() / seconds * 10) / 10.0;
    }

    public Status status() {
        Status s = status.get();
        if (!"running".equals(s.state())) {
            return s;
        }
        double perSecond = rate();
        long remaining = Math.max(0, s.total() - checked.get());
        Long eta = perSecond > 0 ? Math.round(remaining / perSecond) : null;
        return new Status(s.state(), s.scope(), s.targetVersion(), s.total(), checked.get(), upToDate.get(),
                published.get(), perSecond, eta, s.startedAt(), null, null, s.startedBy());
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
