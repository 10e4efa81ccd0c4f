package com.fazhi.ingest.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fazhi.ingest.domain.Reextraction;

import io.smallrye.common.annotation.Blocking;

/** Admin operations; every one needs an API key (X-API-Key), reads included. */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class AdminResource {

    private final Reextraction reextraction;

    public AdminResource(Reextraction reextraction) {
        this.reextraction = reextraction;
    }

    @POST
    @Path("/reextract")
    @Operation(summary = "Re-extract every stored raw report with the extractor extract-service runs now",
            description = "Publishes each raw report to reports.raw again under its id; the documents are replaced, "
                    + "not added. Runs in the background; GET shows its progress. Example: "
                    + "curl -X POST -H 'X-API-Key: KEY' localhost:8081/admin/reextract")
    @APIResponse(responseCode = "202", description = "started (or already running): the run's status")
    @APIResponse(responseCode = "401", description = "no or a wrong API key")
    public Response start() {
        return Response.accepted(reextraction.start()).build();
    }

    @GET
    @Path("/reextract")
    @Operation(summary = "The re-extraction run's status: idle, running, done or failed, with counts")
    public Reextraction.Status status() {
        return reextraction.status();
    }
}
