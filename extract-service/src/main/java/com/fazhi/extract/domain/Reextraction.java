package com.fazhi.extract.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fazhi.contract.model.RawReport;
import com.fazhi.contract.model.ReextractionRequest;
import com.fazhi.contract.model.ReextractionStatus;
import com.fazhi.extract.messaging.RawReportRepublisher;
import com.fazhi.extract.storage.RawReportArchive;
import com.fazhi.extract.storage.ReextractionRuns;
import com.fazhi.extractor.RuleBasedExtractor;

/**
 * Re-extraction, run where the raw reports are kept: the stored raw reports whose document is missing or was made by
 * another extractor version than the one this service runs ({@link RuleBasedExtractor#VERSION}; {@code all} takes
 * every one) are sent to reports.raw again under their own id, and this service extracts each like any new report and
 * replaces its document by id: a run makes no duplicates, and new reports keep flowing through the same topic. The
 * archive is read in pages: one read of the page's up-to-date ids, then the page's stale reports sent together and
 * awaited, so a run that ends "done" has handed every stale raw report to Kafka. One run at a time; its status is
 * stored after every page ({@link ReextractionRuns}), so the admin API of any ingest replica shows it. A request older
 * than the last run's start (a replayed message) is not run again.
 */
@ApplicationScoped
public class Reextraction {

    private static final Logger LOG = Logger.getLogger(Reextraction.class);
    private static final int PAGE = 200;

    private final RawReportArchive archive;
    private final RawReportRepublisher republisher;
    private final ReextractionRuns runs;
    private final Retrier retrier;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "reextraction"));
    private boolean running;

    public Reextraction(RawReportArchive archive, RawReportRepublisher republisher, ReextractionRuns runs, Retrier retrier) {
        this.archive = archive;
        this.republisher = republisher;
        this.runs = runs;
        this.retrier = retrier;
    }

    /** Starts a run for this request unless one runs here already or the request was served before. */
    public synchronized void start(ReextractionRequest request) {
        if (running) {
            LOG.infof("re-extraction requested by %s while a run is going on: not started again", request.requestedBy());
            return;
        }
        ReextractionStatus last = retrier.run("mongodb", runs::latest);
        if (last.startedAt() != null && request.requestedAt() != null && request.requestedAt().compareTo(last.startedAt()) < 0) {
            LOG.infof("re-extraction request of %s (%s) was served by the run started %s", request.requestedBy(),
                    request.requestedAt(), last.startedAt());
            return;
        }
        running = true;
        runner.submit(() -> run(new Run(request, retrier.run("mongodb", archive::count))));
    }

    private void run(Run run) {
        LOG.infof("re-extraction (%s, to %s) started by %s: %d raw reports", run.scope, RuleBasedExtractor.VERSION,
                run.request.requestedBy(), run.total);
        try {
            save(run.status("running", null));
            archive.forEachPage(PAGE, page -> {
                republish(run, page);
                save(run.status("running", null));
            });
            save(run.status("done", null));
            LOG.infof("re-extraction (%s): %d of %d raw reports sent again", run.scope, run.published, run.checked);
        } catch (RuntimeException e) {
            LOG.warnf("re-extraction stopped after %d reports: %s", run.published, e.getMessage());
            save(run.status("failed", e.getMessage()));
        } finally {
            synchronized (this) {
                running = false;
            }
        }
    }

    private void republish(Run run, List<RawReport> page) {
        Set<String> current = run.request.all() ? Set.of()
                : retrier.run("mongodb", () -> archive.upToDate(page.stream().map(RawReport::id).toList(), RuleBasedExtractor.VERSION));
        List<RawReport> stale = page.stream().filter(raw -> !current.contains(raw.id())).toList();
        republisher.publishAll(stale);
        run.published += stale.size();
        run.upToDate += current.size();
        run.checked += page.size();
    }

    private void save(ReextractionStatus status) {
        retrier.run("mongodb", () -> runs.save(status));
    }

    /** One run's counts, kept by the run's thread. */
    private static final class Run {
        final ReextractionRequest request;
        final String scope;
        final long total;
        final Instant startedAt = Instant.now();
        long checked;
        long upToDate;
        long published;

        Run(ReextractionRequest request, long total) {
            this.request = request;
            this.scope = request.all() ? "all" : "stale";
            this.total = total;
        }

        ReextractionStatus status(String state, String error) {
            Instant now = Instant.now();
            double seconds = Math.max(0.001, Duration.between(startedAt, now).toMillis() / 1000.0);
            double perSecond = Math.round(checked / seconds * 10) / 10.0;
            boolean finished = !"running".equals(state);
            Long eta = finished ? Long.valueOf(0) : perSecond > 0 ? Math.round(Math.max(0, total - checked) / perSecond) : null;
            return new ReextractionStatus(state, scope, RuleBasedExtractor.VERSION, total, checked, upToDate, published,
                    perSecond, eta, request.requestedAt(), startedAt.toString(), finished ? now.toString() : null, error,
                    request.requestedBy(), now.toString());
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
