package com.fazhi.query.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import com.fazhi.query.storage.ReportReadModel;

/** Ready once the read model has read the reports.extracted topic up to where it stood at start. */
@Readiness
@ApplicationScoped
public class ReadModelReadiness implements HealthCheck {

    private final ExtractedReportFeed feed;
    private final ReportReadModel model;

    public ReadModelReadiness(ExtractedReportFeed feed, ReportReadModel model) {
        this.feed = feed;
        this.model = model;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("read-model")
                .status(feed.state() == ExtractedReportFeed.State.CAUGHT_UP)
                .withData("state", feed.state().name())
                .withData("reports", model.reportCount()).withData("documents", model.size())
                .withData("recordsApplied", feed.applied())
                .withData("recordsSkipped", feed.malformed())
                .build();
    }
}
