package com.fazhi.ingest.storage;

import com.fazhi.contract.StoreCollections;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

/** Reads one stored report document (extract-service writes them) as JSON values: what a correction is checked against. */
@ApplicationScoped
public class ReportDocuments {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final MongoCollection<Document> reports;
    private final ObjectMapper json;

    public ReportDocuments(MongoClient mongo, ObjectMapper json,
            @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.reports = mongo.getDatabase(database).getCollection(StoreCollections.REPORTS);
        this.json = json;
    }

    public Optional<Map<String, Object>> find(String id) {
        Document doc = reports.find(Filters.eq("_id", id)).projection(Projections.exclude("searchTerms", "fingerprint"))
                .first();
        if (doc == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(doc.toJson(RELAXED), MAP));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored report could not be read as JSON: " + id, e);
        }
    }
}
