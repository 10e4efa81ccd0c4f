package com.fazhi.query.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fazhi.query.domain.Corrections;
import com.fazhi.query.domain.InvalidQueryException;
import com.fazhi.query.domain.Page;
import com.fazhi.query.domain.RepostGroups;
import com.fazhi.query.domain.ReviewedGold;
import com.fazhi.query.domain.YearOverYear;
import com.fazhi.query.domain.ReportFilter;
import com.fazhi.query.domain.SortOrder;
import com.fazhi.query.storage.ReportReadModel;
import com.fazhi.query.storage.ReportRepository;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;

@Path("/api/reports")
@Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
public class ReportQueryResource {

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[0-9a-f]{16}");
    private static final List<String> CSV_COLUMNS = List.of("id", "title", "authority", "level", "region.province",
            "region.city", "region.county", "region.code", "reportYear", "publishedAt", "compliance.onTime", "source.url");

    private static final String NDJSON = "application/x-ndjson";

    private final ReportReadModel reports;
    private final ReportRepository repository;
    private final Paging paging;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    public ReportQueryResource(ReportReadModel reports, ReportRepository repository, Paging paging,
            com.fasterxml.jackson.databind.ObjectMapper json) {
        this.reports = reports;
        this.repository = repository;
        this.paging = paging;
        this.json = json;
    }

    @GET
    @Operation(summary = "List reports", description = "Filters combine. Examples: `?code=32&year=2023` (Jiangsu, 2023), "
            + "`?level=county&onTime=false`, `?missingPart=problems`, `?hasIndicator=reconsideration.correction_rate`, "
            + "`?facets=true` adds counts by province, level and year; `?format=csv` (or Accept: text/csv) gives the page as CSV.")
    @APIResponse(responseCode = "400", description = "a bad parameter, with the reason")
    @NonBlocking
    public Response list(@BeanParam FilterParams filters,
            @Parameter(description = "year, published or authority; prefix - for descending (default -year)") @QueryParam("sort") String sort,
            @Parameter(description = "page number from 1") @QueryParam("page") String page,
            @Parameter(description = "page size, at most query.max-page-size (100)") @QueryParam("size") String size,
            @Parameter(description = "true: add counts by province, level and year") @QueryParam("facets") String facets,
            @Parameter(description = "csv for a CSV table") @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        ReportFilter filter = filters.toFilter();
        Page result = reports.find(filter, SortOrder.parse(sort), paging.of(page, size));
        if (Csv.wanted(format, accept)) {
            return Csv.response(result.items(), CSV_COLUMNS, "reports.csv");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", result.total());
        body.put("page", result.page());
        body.put("size", result.size());
        body.put("items", result.items());
        if ("true".equals(facets)) {
            body.put("facets", reports.facets(filter));
        } else if (facets != null && !facets.equals("false")) {
            throw new InvalidQueryException("facets must be true or false, not '" + facets + "'");
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One report: the structured document, its cleaned text, and each indicator's offsets into it",
            description = "Any source's id answers with the report's canonical source (`requestedId` then names the id "
                    + "asked for); `sources` lists every site the report was found on, canonical first. Analysts' "
                    + "corrections are applied: each indicator's `review` is extracted, confirmed or corrected, rejected "
                    + "figures move to `rejectedIndicators`, and `review` lists the corrected fields, who made each "
                    + "correction and when, and the corrections that no longer match the text (`flagged`).")
    @APIResponse(responseCode = "404", description = "no report with that id")
    @Blocking
    public Map<String, Object> get(@PathParam("id") String id) {
        if (!ID.matcher(id).matches()) {
            throw new InvalidQueryException("a report id is 16 hex digits, not '" + id + "'");
        }
        List<RepostGroups.Source> sources = reports.sourcesOf(id);
        String canonical = sources.isEmpty() ? id : sources.get(0).id();
        Map<String, Object> doc = repository.findById(canonical).or(() -> repository.findById(id))
                .orElseThrow(() -> new NotFoundException("no report with id " + id));
        doc = Corrections.apply(doc, reports.correctionsOf(String.valueOf(doc.get("id"))));
        String answered = String.valueOf(doc.get("id")); // the canonical source, unless it has left the store
        if (!sources.isEmpty()) {
            doc.put("sources", sources.stream().map(s -> sourceRow(s, answered)).toList());
        }
        if (!id.equals(doc.get("id"))) {
            doc.put("requestedId", id);
        }
        return doc;
    }

    @GET
    @Path("/{id}/years")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The same body's reports across the years, with each indicator's headline year by year",
            description = "Linked by region code, level and body (重庆市荣昌区人民政府 = 荣昌区政府; its 司法局 is another body). "
                    + "Example: /api/reports/{id}/years")
    @APIResponse(responseCode = "404", description = "no report with that id in the read model")
    public Map<String, Object> years(@PathParam("id") String id) {
        if (!ID.matcher(id).matches()) {
            throw new InvalidQueryException("a report id is 16 hex digits, not '" + id + "'");
        }
        List<com.fazhi.query.domain.ReportSummary> same = reports.sameAuthority(id);
        if (same.isEmpty() && reports.sourcesOf(id).isEmpty()) {
            throw new NotFoundException("no report with id " + id);
        }
        return YearOverYear.of(same);
    }

    @GET
    @Path("/{id}/gold")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A reviewed report in the spec's gold format (fields as corrected, every figure not rejected)",
            description = "404 until an analyst has corrected or confirmed something in it. GET /api/reports/gold gives them all.")
    @APIResponse(responseCode = "404", description = "no report with that id, or not reviewed yet")
    @Blocking
    public Map<String, Object> gold(@PathParam("id") String id) {
        Map<String, Object> doc = get(id);
        if (!Corrections.reviewed(doc)) {
            throw new NotFoundException("report " + id + " has no analyst review yet");
        }
        return ReviewedGold.of(doc);
    }

    @GET
    @Path("/gold")
    @Produces(NDJSON)
    @Operation(summary = "Every reviewed report as one NDJSON line {file, text, gold}: an evaluation set",
            description = "Score the engine on what analysts verified: curl localhost:8080/api/reports/gold > reviewed.ndjson; "
                    + "bin/extract --eval reviewed.ndjson. The text is the stored (cleaned) text.")
    @Blocking
    public Response goldExport() {
        StreamingOutput body = out -> {
            for (String id : reports.reviewedIds()) {
                Optional<Map<String, Object>> stored = repository.findById(id);
                if (stored.isEmpty()) {
                    continue;
                }
                Map<String, Object> doc = Corrections.apply(stored.get(), reports.correctionsOf(id));
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("file", id + ".txt");
                line.put("text", doc.get("text"));
                line.put("gold", ReviewedGold.of(doc));
                out.write(json.writeValueAsBytes(line));
                out.write('\n');
            }
        };
        return Response.ok(body, NDJSON).header("Content-Disposition", "attachment; filename=\"reviewed-gold.ndjson\"").build();
    }

    private static Map<String, Object> sourceRow(RepostGroups.Source source, String canonical) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", source.id());
        row.put("url", source.url());
        row.put("fetchedAt", source.fetchedAt());
        row.put("publishedAt", source.publishedAt());
        row.put("canonical", source.id().equals(canonical));
        return row;
    }
}
