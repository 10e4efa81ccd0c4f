package com.fazhi.ingest.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import com.fazhi.ingest.domain.ApiKeys;
import com.fazhi.contract.model.ReextractionStatus;
import com.fazhi.ingest.domain.ReextractionRequests;

import io.smallrye.common.annotation.Blocking;

/** Admin operations; every one needs an API key (X-API-Key), reads included. */
@Path("/admin")
@SecurityRequirement(name = ReportIngestResource.API_KEY)
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class AdminResource {

    private final ReextractionRequests reextraction;
    private final RequestCaller caller;

    public AdminResource(ReextractionRequests reextraction, RequestCaller caller) {
        this.reextraction = reextraction;
        this.caller = caller;
    }

    @POST
    @Path("/reextract")
    @Operation(summary = "Re-extract the stored raw reports whose document is missing or was made by an older extractor",
            description = "Sends the request to extract-service, which keeps the raw reports: it publishes each such raw "
                    + "report to reports.raw again under its id (all=true: every one) and replaces the documents, not "
                    + "adds; new reports keep flowing meanwhile. Runs in the background; GET shows its progress "
                    + "(requested, then running: checked of total, published, rate, ETA). Example: "
                    + "curl -X POST -H 'X-API-Key: KEY' localhost:8081/admin/reextract")
    @APIResponse(responseCode = "202", description = "requested (or already under way): the run's status")
    @APIResponse(responseCode = "503", description = "Kafka did not take the request")
    @APIResponse(responseCode = "401", description = "no or a wrong API key")
    public Response start(@QueryParam("all") boolean all) {
        String by = caller.get().map(ApiKeys.Caller::name).orElse("unknown");
        return Response.accepted(reextraction.request(all, by)).build();
    }

    @GET
    @Path("/reextract")
    @Operation(summary = "The re-extraction run's status: idle, requested, running, done, failed or stalled (no progress "
            + "reported lately); checked of total, published, rate per second, ETA in seconds")
    public ReextractionStatus status() {
        return reextraction.status();
    }
}
