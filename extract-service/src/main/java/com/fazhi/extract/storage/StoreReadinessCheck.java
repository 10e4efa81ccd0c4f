package com.fazhi.extract.storage;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/** Not ready while MongoDB writes are failing and being retried. */
@Readiness
@ApplicationScoped
public class StoreReadinessCheck implements HealthCheck {

    private final ReportStore store;

    public StoreReadinessCheck(ReportStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("report-store-writes").status(!store.isFailing()).build();
    }
}
