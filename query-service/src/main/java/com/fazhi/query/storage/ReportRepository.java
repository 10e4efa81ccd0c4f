package com.fazhi.query.storage;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;

import io.quarkus.runtime.StartupEvent;

/**
 * Reads one full document of the {@code reports} collection that extract-service writes, by id (the lists, searches
 * and aggregations are answered by {@link ReportReadModel}). Creates the collection's indexes: they serve analysts'
 * and BI tools' queries on MongoDB itself and a sharded deployment (see deploy/README.md).
 */
@ApplicationScoped
public class ReportRepository {

    private static final Logger LOG = Logger.getLogger(ReportRepository.class);
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

    public Optional<Map<String, Object>> findById(String id) {
        return Optional.ofNullable(reports.find(Filters.eq("_id", id)).projection(Projections.exclude("searchTerms"))
                .first()).map(DocumentJson::of);
    }
}
