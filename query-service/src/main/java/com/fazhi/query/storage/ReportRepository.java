package com.fazhi.query.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fazhi.query.domain.Page;
import com.fazhi.query.domain.PageRequest;
import com.fazhi.query.domain.ReportFilter;
import com.fazhi.query.domain.SortOrder;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

import io.quarkus.runtime.StartupEvent;

/**
 * Reads the {@code reports} collection that extract-service writes, and owns the indexes its queries need.
 * Filters are built with {@link Filters}: user input is only ever a value (a code prefix is digits only), never an
 * operator or a pattern.
 */
@ApplicationScoped
public class ReportRepository {

    private static final Logger LOG = Logger.getLogger(ReportRepository.class);
    /** What a list shows of a report; the full document, with its text, is behind its id. */
    static final Bson SUMMARY = Projections.include("title", "authority", "level", "region", "reportYear",
            "publishedAt", "sourceScript", "status", "parts", "compliance", "source.url", "extractorVersion");
    /** At most this many candidates are ranked for one search. */
    private static final int SEARCH_CANDIDATES = 500;

    private final MongoCollection<Document> reports;

    public ReportRepository(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.reports = mongo.getDatabase(database).getCollection("reports");
    }

    void createIndexes(@Observes StartupEvent started) {
        try {
            index("year_published", Indexes.descending("reportYear"), Indexes.descending("publishedAt"));
            index("level_year", Indexes.ascending("level"), Indexes.descending("reportYear"));
            index("province_year", Indexes.ascending("region.province"), Indexes.descending("reportYear"));
            index("city_year", Indexes.ascending("region.city"), Indexes.descending("reportYear"));
            index("county_year", Indexes.ascending("region.county"), Indexes.descending("reportYear"));
            index("code_year", Indexes.ascending("region.code"), Indexes.descending("reportYear"));
            index("indicator_year", Indexes.ascending("indicators.key"), Indexes.descending("reportYear"));
            index("ontime_year", Indexes.ascending("compliance.onTime"), Indexes.descending("reportYear"));
            index("authority", Indexes.ascending("authority"));
            index("search_terms", Indexes.ascending("searchTerms"));
        } catch (MongoException e) {
            LOG.warnf("could not create indexes now (they are created at the next start): %s", e.getMessage());
        }
    }

    private void index(String name, Bson... keys) {
        reports.createIndex(Indexes.compoundIndex(keys), new IndexOptions().name(name));
    }

    public Page find(ReportFilter filter, SortOrder sort, PageRequest page) {
        Bson query = toQuery(filter);
        long total = reports.countDocuments(query);
        Bson order = Sorts.orderBy(sort.descending() ? Sorts.descending(sort.field()) : Sorts.ascending(sort.field()),
                Sorts.descending("publishedAt"), Sorts.ascending("_id"));
        List<Map<String, Object>> items = new ArrayList<>(page.size());
        for (Document doc : reports.find(query).projection(SUMMARY).sort(order).skip(page.skip()).limit(page.size())) {
            items.add(DocumentJson.of(doc));
        }
        return new Page(total, page.page(), page.size(), items);
    }

    /** Counts by province, level and report year of the reports the filter selects. */
    public Map<String, List<Map<String, Object>>> facets(ReportFilter filter) {
        Map<String, List<Map<String, Object>>> facets = new LinkedHashMap<>();
        Map<String, String> fields = Map.of("province", "$region.province", "level", "$level", "year", "$reportYear");
        for (String facet : List.of("province", "level", "year")) {
            List<Map<String, Object>> counts = new ArrayList<>();
            for (Document d : reports.aggregate(List.of(Aggregates.match(toQuery(filter)),
                    Aggregates.group(fields.get(facet), Accumulators.sum("count", 1)),
                    Aggregates.sort(Sorts.descending("count"))))) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("value", d.get("_id"));
                row.put("count", d.get("count"));
                counts.add(row);
            }
            facets.put(facet, counts);
        }
        return facets;
    }

    public Optional<Map<String, Object>> findById(String id) {
        return Optional.ofNullable(reports.find(Filters.eq("_id", id)).projection(Projections.exclude("searchTerms"))
                .first()).map(DocumentJson::of);
    }

    /** Every report the filter selects, with the given fields only: for the aggregations done in Java. */
    public List<Map<String, Object>> select(ReportFilter filter, String... fields) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Document doc : reports.find(toQuery(filter)).projection(Projections.include(fields))) {
            rows.add(DocumentJson.of(doc));
        }
        return rows;
    }

    /** Reports holding every search term, with their text: the candidates a search ranks. */
    public List<Map<String, Object>> searchCandidates(ReportFilter filter, List<String> terms) {
        Bson query = Filters.and(toQuery(filter), Filters.all("searchTerms", terms));
        List<Map<String, Object>> rows = new ArrayList<>();
        Bson fields = Projections.include("title", "authority", "level", "region", "reportYear", "publishedAt", "text");
        for (Document doc : reports.find(query).projection(fields).limit(SEARCH_CANDIDATES)) {
            rows.add(DocumentJson.of(doc));
        }
        return rows;
    }

    static Bson toQuery(ReportFilter f) {
        List<Bson> clauses = new ArrayList<>();
        eq(clauses, "region.province", f.province());
        eq(clauses, "region.city", f.city());
        eq(clauses, "region.county", f.county());
        eq(clauses, "level", f.level());
        eq(clauses, "reportYear", f.year());
        if (f.codePrefix() != null) { // digits only (checked): an anchored prefix, no user pattern
            clauses.add(Filters.regex("region.code", "^" + f.codePrefix()));
        }
        if (f.yearFrom() != null) {
            clauses.add(Filters.gte("reportYear", f.yearFrom()));
        }
        if (f.yearTo() != null) {
            clauses.add(Filters.lte("reportYear", f.yearTo()));
        }
        if (f.hasPart() != null) {
            clauses.add(Filters.eq("parts." + f.hasPart(), true));
        }
        if (f.missingPart() != null) {
            clauses.add(Filters.eq("parts." + f.missingPart(), false));
        }
        eq(clauses, "compliance.onTime", f.onTime());
        eq(clauses, "indicators.key", f.hasIndicator());
        return clauses.isEmpty() ? new Document() : Filters.and(clauses);
    }

    private static void eq(List<Bson> clauses, String field, Object value) {
        if (value != null) {
            clauses.add(Filters.eq(field, value));
        }
    }
}
