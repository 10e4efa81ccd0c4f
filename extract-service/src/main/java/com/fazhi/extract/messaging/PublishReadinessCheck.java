package com.fazhi.extract.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while announcing stored reports on reports.extracted is failing and being retried. */
@Readiness
@ApplicationScoped
public class PublishReadinessCheck implements HealthCheck {

    private final ExtractedReportPublisher publisher;

    public PublishReadinessCheck(ExtractedReportPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("reports-extracted-publishes").status(!publisher.isFailing()).build();
    }
}
