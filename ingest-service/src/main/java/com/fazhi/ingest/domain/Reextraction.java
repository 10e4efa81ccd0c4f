package com.fazhi.ingest.domain;

import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fazhi.ingest.messaging.RawReportPublisher;
import com.fazhi.ingest.storage.RawReportArchive;

/**
 * Re-extraction: every stored raw report is published to reports.raw again, under its own id. extract-service then
 * extracts it with the extractor it runs now and upserts the document by id (the document's {@code extractorVersion}
 * shows which one made it), so the run makes no duplicates, and new reports keep flowing through the same topic
 * meanwhile. One run at a time; each publish waits for the broker's ack, so a run that ends "done" has handed every
 * raw report to Kafka.
 */
@ApplicationScoped
public class Reextraction {

    private static final Logger LOG = Logger.getLogger(Reextraction.class);

    public record Status(String state, long total, long published, String startedAt, String finishedAt, String error) {
    }

    private final RawReportArchive archive;
    private final RawReportPublisher publisher;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "reextraction"));
    private final AtomicReference<Status> status = new AtomicReference<>(new Status("idle", 0, 0, null, null, null));
    private final AtomicLong published = new AtomicLong();

    public Reextraction(RawReportArchive archive, RawReportPublisher publisher) {
        this.archive = archive;
        this.publisher = publisher;
    }

    /** Starts a run unless one is running; either way, the current status. */
    public synchronized Status start() {
        if ("running".equals(status.get().state())) {
            return status();
        }
        long total = archive.count();
        published.set(0);
        String started = Instant.now().toString();
        status.set(new Status("running", total, 0, started, null, null));
        runner.submit(() -> {
            try {
                archive.forEach(raw -> {
                    publisher.publish(raw).join();
                    published.incrementAndGet();
                });
                status.set(new Status("done", total, published.get(), started, Instant.now().toString(), null));
                LOG.infof("re-extraction: %d raw reports published again", published.get());
            } catch (RuntimeException e) {
                status.set(new Status("failed", total, published.get(), started, Instant.now().toString(), e.getMessage()));
                LOG.warnf("re-extraction stopped after %d reports: %s", published.get(), e.getMessage());
            }
        });
        return status();
    }

    public Status status() {
        Status s = status.get();
        return new Status(s.state(), s.total(), "running".equals(s.state()) ? published.get() : s.published(),
                s.startedAt(), s.finishedAt(), s.error());
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
