package com.fazhi.query.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import com.fazhi.reference.catalog.IndicatorKeys;
import com.fazhi.query.domain.FigureSelection;
import com.fazhi.query.domain.IndicatorRanking;
import com.fazhi.query.domain.InvalidQueryException;
import com.fazhi.query.domain.ReportFilter;
import com.fazhi.query.domain.ReportFilters;
import com.fazhi.query.storage.ReportReadModel;

import io.smallrye.common.annotation.NonBlocking;

@Path("/api/indicators")
@Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
@NonBlocking
public class IndicatorResource {

    private static final List<String> CSV_COLUMNS = List.of("rank", "reportId", "authority", "level", "region.province",
            "region.city", "region.county", "region.code", "reportYear", "value", "unit", "text", "confidence", "review");

    private static final String MIN_CONFIDENCE_DESCRIPTION = "0 to 1: only the figures read at least this directly (0.9: "
            + "the words before the figure name its concept; 0.8: the words after it do; 0.6: only its sentence's topic "
            + "does); a figure an analyst confirmed or corrected always counts";

    private final ReportReadModel reports;

    public IndicatorResource(ReportReadModel reports) {
        this.reports = reports;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The indicator catalog: each key with its label, units, how many reports state it, and how often "
            + "analysts confirmed, rejected or set one of its figures (review)")
    public List<Map<String, Object>> catalog() {
        Map<String, Map<String, Integer>> review = reports.reviewCounts();
        Map<String, Integer> counts = new HashMap<>();
        for (Map<String, Object> report : reports.select(ReportFilter.NONE)) {
            Object list = report.get("indicators");
            if (list instanceof List<?> indicators) {
                indicators.stream().map(i -> ((Map<?, ?>) i).get("key")).distinct()
                        .forEach(k -> counts.merge(String.valueOf(k), 1, Integer::sum));
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (IndicatorKeys.Entry e : IndicatorKeys.get().entries()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", e.key());
            row.put("label", e.label());
            row.put("units", e.units());
            row.put("reports", counts.getOrDefault(e.key(), 0));
            row.put("review", review.getOrDefault(e.key(), Map.of("confirm", 0, "reject", 0, "set", 0)));
            out.add(row);
        }
        return out;
    }

    @GET
    @Path("/{key}")
    @Operation(summary = "One indicator across regions, ranked", description = "Each report's headline figure for the key "
            + "(the largest count of the year, or the first stated rate), with its sentence and offsets, and "
            + "count/min/median/max. Filters as for /api/reports. Example: /api/indicators/reconsideration.correction_rate?year=2023&code=50 "
            + "(Chongqing's districts). `regions=CODE,CODE` compares regions side by side; `format=csv` gives CSV; "
            + "`minConfidence=0.8` reads only the figures the words before or after them name.")
    public Response values(@PathParam("key") String key, @BeanParam FilterParams filters,
            @Parameter(description = "comma-separated region codes (prefixes) to compare side by side") @QueryParam("regions") String regions,
            @Parameter(description = MIN_CONFIDENCE_DESCRIPTION) @QueryParam("minConfidence") String minConfidence,
            @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        String checked = ReportFilters.indicatorKey(key);
        ReportFilter filter = filters.toFilter();
        FigureSelection selection = FigureSelection.of(filter.verified(), minConfidence);
        if (regions != null && !regions.isBlank()) {
            return Response.ok(compare(checked, filter, selection, regions), MediaType.APPLICATION_JSON_TYPE).build();
        }
        IndicatorRanking.Ranked ranked = IndicatorRanking.rank(reports.select(filter), checked, filter.year(), selection);
        if (Csv.wanted(format, accept)) {
            return Csv.response(ranked.rows(), CSV_COLUMNS, checked + ".csv");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", checked);
        body.put("year", filter.year());
        body.put("statistics", ranked.statistics());
        body.put("values", ranked.rows());
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{key}/series")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One indicator over the years for one region", description = "Example: /api/indicators/mediation.success_rate/series?region=500153")
    public Map<String, Object> series(@PathParam("key") String key,
            @Parameter(description = "the region: a GB/T 2260 code (500153) or its name (荣昌区, 江苏, 巴州)", required = true)
            @QueryParam("region") String region,
            @Parameter(description = MIN_CONFIDENCE_DESCRIPTION) @QueryParam("minConfidence") String minConfidence) {
        String checked = ReportFilters.indicatorKey(key);
        FigureSelection selection = FigureSelection.of(false, minConfidence);
        if (region == null || region.isBlank()) {
            throw new InvalidQueryException("region is required: a GB/T 2260 code such as 500153, or a region's name");
        }
        String code = ReportFilters.codePrefix(region);
        ReportFilter filter = ReportFilter.of("code", code);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", checked);
        body.put("region", code);
        body.put("series", IndicatorRanking.series(reports.select(filter), checked, selection));
        return body;
    }

    private Map<String, Object> compare(String key, ReportFilter filter, FigureSelection selection, String regions) {
        String[] codes = regions.split(",");
        if (codes.length > 20) {
            throw new InvalidQueryException("compare at most 20 regions at once");
        }
        Map<String, Object> byRegion = new LinkedHashMap<>();
        for (String code : codes) {
            ReportFilter scoped = filter.with("code", code);
            IndicatorRanking.Ranked ranked = IndicatorRanking.rank(reports.select(scoped), key, filter.year(), selection);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("statistics", ranked.statistics());
            entry.put("values", ranked.rows());
            byRegion.put(code.trim(), entry);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", key);
        body.put("year", filter.year());
        body.put("regions", byRegion);
        return body;
    }
}
