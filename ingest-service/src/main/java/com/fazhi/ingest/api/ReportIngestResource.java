package com.fazhi.ingest.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fazhi.extractor.decode.DocumentDecoder;
import com.fazhi.contract.model.RawReport;
import com.fazhi.ingest.domain.CrawlerReport;
import com.fazhi.ingest.domain.IntakeResult;
import com.fazhi.ingest.domain.PublishFailedException;
import com.fazhi.ingest.domain.RejectedReportException;
import com.fazhi.ingest.domain.ReportIntake;
import com.fazhi.ingest.domain.ReportValidator;

@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
@SecurityScheme(securitySchemeName = ReportIngestResource.API_KEY, type = SecuritySchemeType.APIKEY,
        apiKeyName = ApiKeyFilter.HEADER, in = SecuritySchemeIn.HEADER,
        description = "a configured key (INGEST_API_KEYS, ./stack key) whose role allows the operation")
@SecurityRequirement(name = ReportIngestResource.API_KEY)
public class ReportIngestResource {

    /** The OpenAPI name of the X-API-Key scheme every write and admin operation needs ({@link ApiKeyFilter}). */
    public static final String API_KEY = "apiKey";

    public static final String NDJSON = "application/x-ndjson";

    private final ReportIntake intake;
    private final RequestCaller caller;
    private final ReportValidator validator;
    private final ObjectMapper json;
    private final Clock clock;

    public ReportIngestResource(ReportIntake intake, ObjectMapper json, RequestCaller caller,
            @ConfigProperty(name = "ingest.max-document-bytes") long maxDocumentBytes) {
        this.intake = intake;
        this.caller = caller;
        this.json = json;
        this.validator = new ReportValidator(maxDocumentBytes);
        this.clock = Clock.systemUTC();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit one report as JSON", description = "The document is exactly one of text, html or "
            + "bytes (base64, with contentType). Answers 202 with the report id once Kafka acknowledged the write.")
    @APIResponse(responseCode = "202", description = "durably written to reports.raw (or a duplicate of a report already taken)")
    @APIResponse(responseCode = "400", description = "bad input, with a reason")
    @APIResponse(responseCode = "413", description = "document over the size limit")
    @APIResponse(responseCode = "415", description = "unsupported contentType")
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge the write: send again later")
    public Response submit(CrawlerReport report) {
        return accepted(intake.take(validator.fromJson(report, clock.instant()).withIngestedBy(caller.name())));
    }

    @POST
    @Consumes({MediaType.TEXT_HTML, MediaType.TEXT_PLAIN, MediaType.APPLICATION_XHTML_XML, DocumentDecoder.DOCX,
            DocumentDecoder.PDF})
    @Operation(summary = "Upload one report as it was fetched", description = "The body is the document itself "
            + "(HTML, plain text in any charset, docx or pdf); the source URL goes in the X-Source-Url header.")
    public Response upload(byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "where the report was fetched from (required)") @HeaderParam("X-Source-Url") String url,
            @Parameter(description = "the crawler's name") @HeaderParam("X-Source") String source,
            @Parameter(description = "ISO-8601 fetch time") @HeaderParam("X-Fetched-At") String fetchedAt,
            @Parameter(description = "the page title, percent-encoded UTF-8") @HeaderParam("X-Title") String title) {
        RawReport report = validator.fromUpload(body, contentType, url, source, fetchedAt, percentDecoded(title),
                clock.instant()).withIngestedBy(caller.name());
        return accepted(intake.take(report));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response unsupported(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        throw new RejectedReportException(RejectedReportException.UNSUPPORTED_TYPE, "unsupported Content-Type '"
                + contentType + "': send application/json, " + NDJSON + ", text/html, text/plain, "
                + DocumentDecoder.DOCX + " or " + DocumentDecoder.PDF);
    }

    @POST
    @Path("/batch")
    @Consumes(NDJSON)
    @Operation(summary = "Submit many reports as NDJSON, one JSON report per line",
            description = "Answers 200 with one result per non-blank line: the status that line would have had alone "
                    + "(202, 400, 413, 415 or 503), with its id or its error.")
    public List<BatchLineResult> batch(String body) {
        String ingestedBy = caller.name();
        if (body == null || body.isBlank()) {
            throw new RejectedReportException(RejectedReportException.BAD_REQUEST, "the batch is empty");
        }
        String[] lines = body.split("\r?\n");
        List<BatchLineResult> results = new ArrayList<>();
        List<Integer> pendingLines = new ArrayList<>();
        List<ReportIntake.Pending> pending = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                RawReport report = validator.fromJson(json.readValue(lines[i], CrawlerReport.class), clock.instant())
                        .withIngestedBy(ingestedBy);
                pending.add(intake.begin(report));
                pendingLines.add(i + 1);
            } catch (RejectedReportException e) {
                results.add(new BatchLineResult(i + 1, e.status(), null, null, e.getMessage()));
            } catch (JsonProcessingException e) {
                results.add(new BatchLineResult(i + 1, 400, null, null, "not a valid report JSON object: " + e.getOriginalMessage()));
            }
        }
        for (int i = 0; i < pending.size(); i++) {
            try {
                IntakeResult taken = intake.complete(pending.get(i));
                results.add(new BatchLineResult(pendingLines.get(i), 202, taken.id(), taken.duplicate(), null));
            } catch (PublishFailedException e) {
                results.add(new BatchLineResult(pendingLines.get(i), 503, pending.get(i).report().id(), null, e.getMessage()));
            }
        }
        results.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return results;
    }

    private static Response accepted(IntakeResult taken) {
        return Response.accepted(AcceptedBody.of(taken.id(), taken.duplicate())).build();
    }

    private static String percentDecoded(String header) {
        if (header == null || !header.contains("%")) {
            return header;
        }
        try {
            return URLDecoder.decode(header, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return header;
        }
    }
}
