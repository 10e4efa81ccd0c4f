package com.fazhi.query.api;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fazhi.query.domain.InvalidQueryException;
import com.fazhi.query.domain.Page;
import com.fazhi.query.domain.PageRequest;
import com.fazhi.query.domain.ReportFilter;
import com.fazhi.query.storage.ReportRepository;

@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportQueryResource {

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[0-9a-f]{16}");

    private final ReportRepository repository;
    private final int defaultPageSize;
    private final int maxPageSize;

    public ReportQueryResource(ReportRepository repository,
            @ConfigProperty(name = "query.default-page-size") int defaultPageSize,
            @ConfigProperty(name = "query.max-page-size") int maxPageSize) {
        this.repository = repository;
        this.defaultPageSize = defaultPageSize;
        this.maxPageSize = maxPageSize;
    }

    @GET
    @Operation(summary = "List reports", description = "Newest report year first. Example: /api/reports?year=2023&level=county&province=重庆市")
    @APIResponse(responseCode = "400", description = "a bad parameter, with the reason")
    public Page list(
            @Parameter(description = "report year, e.g. 2023") @QueryParam("year") String year,
            @Parameter(description = "province, city, county, township or department") @QueryParam("level") String level,
            @Parameter(description = "full province name, e.g. 重庆市") @QueryParam("province") String province,
            @Parameter(description = "page number from 1") @QueryParam("page") String page,
            @Parameter(description = "page size, at most query.max-page-size (100)") @QueryParam("size") String size) {
        return repository.find(ReportFilter.of(year, level, province),
                PageRequest.of(page, size, defaultPageSize, maxPageSize));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One report: the structured document and its cleaned text")
    @APIResponse(responseCode = "404", description = "no report with that id")
    public Map<String, Object> get(@PathParam("id") String id) {
        if (!ID.matcher(id).matches()) {
            throw new InvalidQueryException("a report id is 16 hex digits, not '" + id + "'");
        }
        return repository.findById(id).orElseThrow(() -> new NotFoundException("no report with id " + id));
    }
}
