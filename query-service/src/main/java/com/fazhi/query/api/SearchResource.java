package com.fazhi.query.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import com.fazhi.reference.search.SearchTerms;
import com.fazhi.query.domain.InvalidQueryException;
import com.fazhi.query.domain.PageRequest;
import com.fazhi.query.domain.SearchRanker;
import com.fazhi.query.domain.UserText;
import com.fazhi.query.storage.ReportReadModel;

import io.smallrye.common.annotation.NonBlocking;

@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
@NonBlocking
public class SearchResource {

    private static final int MAX_QUERY = 50;

    private final ReportReadModel reports;
    private final Paging pages;

    public SearchResource(ReportReadModel reports, Paging pages) {
        this.reports = reports;
        this.pages = pages;
    }

    @GET
    @Operation(summary = "Full-text search in Chinese", description = "Reports holding every bigram of the query (and its "
            + "Latin words), ranked by how often they occur and by the exact phrase, with up to three snippets each (the match between « and »). "
            + "Combines with every report filter. Example: /api/search?q=行政复议&code=50&year=2023")
    public Map<String, Object> search(
            @Parameter(description = "the words to find, 1 to 50 characters", example = "调解成功率") @QueryParam("q") String q,
            @BeanParam FilterParams filters,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        if (q == null || q.isBlank()) {
            throw new InvalidQueryException("q is required: the words to search for");
        }
        String query = UserText.normalize(q);
        if (query.length() > MAX_QUERY) {
            throw new InvalidQueryException("q is longer than " + MAX_QUERY + " characters");
        }
        List<String> terms = new ArrayList<>(SearchTerms.ofQuery(query));
        if (terms.isEmpty()) {
            throw new InvalidQueryException("q has no searchable characters (Chinese, letters or digits)");
        }
        PageRequest paging = pages.of(page, size);
        SearchRanker.Ranked ranked = SearchRanker.rank(reports.searchCandidates(filters.toFilter(), terms), query, terms, paging);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("total", ranked.total());
        body.put("page", paging.page());
        body.put("size", paging.size());
        body.put("items", ranked.items());
        return body;
    }
}
