package com.fazhi.ingest.api;

import java.time.Clock;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import com.fazhi.reference.catalog.IndicatorKeys;
import com.fazhi.reference.region.RegionTable;
import com.fazhi.ingest.domain.ApiKeys;
import com.fazhi.ingest.domain.Correction;
import com.fazhi.ingest.domain.CorrectionBuilder;
import com.fazhi.ingest.domain.CorrectionRequest;
import com.fazhi.ingest.domain.RejectedReportException;
import com.fazhi.ingest.domain.Role;
import com.fazhi.ingest.messaging.CorrectionPublisher;
import com.fazhi.ingest.storage.ReportDocuments;

import io.smallrye.common.annotation.Blocking;

@Path("/api/reports/{id}/corrections")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class CorrectionResource {

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[0-9a-f]{16}");

    private final ReportDocuments documents;
    private final CorrectionPublisher publisher;
    private final RequestCaller requestCaller;
    private final CorrectionBuilder builder = new CorrectionBuilder(IndicatorKeys.get(), RegionTable.get());
    private final Clock clock = Clock.systemUTC();

    public CorrectionResource(ReportDocuments documents, CorrectionPublisher publisher, RequestCaller requestCaller) {
        this.documents = documents;
        this.publisher = publisher;
        this.requestCaller = requestCaller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct what the engine read of one report (analyst or admin key)",
            description = "confirm or reject an extracted figure ({\"action\":\"reject\",\"key\":\"law_study.sessions\","
                    + "\"value\":1000}), set the right one with its sentence's offsets ({\"action\":\"set\",\"key\":…,"
                    + "\"value\":12,\"start\":812,\"end\":840}), set a field ({\"action\":\"set\",\"field\":\"level\","
                    + "\"value\":\"county\"}; region takes a GB/T 2260 code), or withdraw one. Recorded on "
                    + "reports.corrections with the key's name, the time and what the report said before; query-service "
                    + "applies it on top of every extraction, so a re-extraction keeps it.")
    @APIResponse(responseCode = "202", description = "recorded: the correction as it was recorded")
    @APIResponse(responseCode = "400", description = "a correction that does not fit the report, with the reason")
    @APIResponse(responseCode = "403", description = "the key's role is not analyst or admin")
    @APIResponse(responseCode = "404", description = "no stored report with that id")
    @SecurityRequirement(name = ReportIngestResource.API_KEY)
    public Response correct(@PathParam("id") String id, CorrectionRequest request) {
        if (!ID.matcher(id).matches()) {
            throw new RejectedReportException(RejectedReportException.BAD_REQUEST, "a report id is 16 hex digits, not '" + id + "'");
        }
        Map<String, Object> report = documents.find(id).orElseThrow(() -> new NotFoundException("no stored report with id " + id));
        ApiKeys.Caller caller = requestCaller.get().orElseThrow(() -> new NotAuthorizedException("an API key is required"));
        if (!caller.role().allows(Role.ANALYST)) { // the filter decides first; this holds whatever path reached here
            throw new ForbiddenException("the API key '" + caller.name() + "' has role " + caller.role().name().toLowerCase()
                    + "; corrections need analyst");
        }
        String by = caller.name();
        Correction correction = builder.build(id, request, report, by, clock.instant());
        publisher.publish(correction);
        return Response.accepted(correction).build();
    }
}
