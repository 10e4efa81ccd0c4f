package com.fazhi.query.storage;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fazhi.contract.StoreCollections;
import com.fazhi.contract.model.ReportDocumentCodec;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

/**
 * Reads one full document of the {@code reports} collection that extract-service writes, by id (the lists, searches
 * and aggregations are answered by {@link ReportReadModel}). The collection's indexes are its writer's: extract-service
 * creates them from the contract module's declaration.
 */
@ApplicationScoped
public class ReportRepository {

    private final MongoCollection<Document> reports;

    public ReportRepository(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.reports = mongo.getDatabase(database).getCollection(StoreCollections.REPORTS);
    }

    /** The stored document in the contract's JSON values (as the API serves it), without its fingerprint. */
    public Optional<Map<String, Object>> findById(String id) {
        return Optional.ofNullable(reports.find(Filters.eq("_id", id)).projection(Projections.exclude("searchTerms"))
                .first()).map(ReportDocumentCodec::fromBson).map(ReportDocumentCodec::toJsonValues).map(doc -> {
                    doc.remove("fingerprint");
                    return doc;
                });
    }
}
