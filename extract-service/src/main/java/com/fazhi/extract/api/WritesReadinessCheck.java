package com.fazhi.extract.api;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import com.fazhi.extract.domain.Retrier;

/** Not ready while a write to MongoDB, reports.extracted or reports.dlq is failing and being retried; says which. */
@Readiness
@ApplicationScoped
public class WritesReadinessCheck implements HealthCheck {

    private final Retrier retrier;

    public WritesReadinessCheck(Retrier retrier) {
        this.retrier = retrier;
    }

    @Override
    public HealthCheckResponse call() {
        var failing = retrier.failing();
        return HealthCheckResponse.named("writes").status(failing.isEmpty())
                .withData("retrying", String.join(",", failing)).build();
    }
}
