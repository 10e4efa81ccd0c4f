package com.fazhi.query.storage;

import java.util.ArrayList;
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
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

import io.quarkus.runtime.StartupEvent;

/**
 * Reads the {@code reports} collection that extract-service writes, and owns the indexes its queries need.
 * Filters are built with {@link Filters#eq}: user input is only ever a value, never an operator.
 */
@ApplicationScoped
public class ReportRepository {

    private static final Logger LOG = Logger.getLogger(ReportRepository.class);
    /** What a list shows of a report; the full document, with its text, is behind its id. */
    private static final Bson SUMMARY = Projections.include("title", "authority", "level", "region", "reportYear",
            "publishedAt", "sourceScript", "status", "parts", "compliance", "source.url", "extractorVersion");
    private static final Bson ORDER = Sorts.orderBy(Sorts.descending("reportYear"), Sorts.descending("publishedAt"),
            Sorts.ascending("_id"));

    private final MongoCollection<Document> reports;

    public ReportRepository(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.reports = mongo.getDatabase(database).getCollection("reports");
    }

    void createIndexes(@Observes StartupEvent started) {
        try {
            reports.createIndex(Indexes.compoundIndex(Indexes.descending("reportYear"), Indexes.descending("publishedAt")),
                    new IndexOptions().name("year_published"));
            reports.createIndex(Indexes.compoundIndex(Indexes.ascending("level"), Indexes.descending("reportYear")),
                    new IndexOptions().name("level_year"));
            reports.createIndex(Indexes.compoundIndex(Indexes.ascending("region.province"), Indexes.descending("reportYear")),
                    new IndexOptions().name("province_year"));
        } catch (MongoException e) {
            LOG.warnf("could not create indexes now (they are created at the next start): %s", e.getMessage());
        }
    }

    public Page find(ReportFilter filter, PageRequest page) {
        Bson query = toQuery(filter);
        long total = reports.countDocuments(query);
        List<Map<String, Object>> items = new ArrayList<>(page.size());
        for (Document doc : reports.find(query).projection(SUMMARY).sort(ORDER).skip(page.skip()).limit(page.size())) {
            items.add(DocumentJson.of(doc));
        }
        return new Page(total, page.page(), page.size(), items);
    }

    public Optional<Map<String, Object>> findById(String id) {
        return Optional.ofNullable(reports.find(Filters.eq("_id", id)).first()).map(DocumentJson::of);
    }

    static Bson toQuery(ReportFilter filter) {
        List<Bson> clauses = new ArrayList<>();
        if (filter.year() != null) {
            clauses.add(Filters.eq("reportYear", filter.year()));
        }
        if (filter.level() != null) {
            clauses.add(Filters.eq("level", filter.level()));
        }
        if (filter.province() != null) {
            clauses.add(Filters.eq("region.province", filter.province()));
        }
        return clauses.isEmpty() ? new Document() : Filters.and(clauses);
    }
}
