package com.fazhi.query.api;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import io.smallrye.common.annotation.NonBlocking;

/** What the dashboard needs to know beyond the query API: where analysts send corrections (ingest-service). */
@Path("/api/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@NonBlocking
public class DashboardResource {

    private final String ingestUrl;

    public DashboardResource(@ConfigProperty(name = "dashboard.ingest-url") String ingestUrl) {
        this.ingestUrl = ingestUrl;
    }

    @GET
    @Operation(summary = "The dashboard's settings: ingest-service's URL, where its review mode posts corrections")
    public Map<String, Object> settings() {
        return Map.of("ingestUrl", ingestUrl);
    }
}
