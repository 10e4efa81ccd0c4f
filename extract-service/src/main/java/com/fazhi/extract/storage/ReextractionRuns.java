package com.fazhi.extract.storage;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fazhi.contract.StoreCollections;
import com.fazhi.contract.model.ReextractionStatus;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

/** The re-extraction run's status, one document: written as the run goes, so every replica's admin API sees it. */
@ApplicationScoped
public class ReextractionRuns {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private final MongoCollection<Document> runs;

    public ReextractionRuns(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.runs = mongo.getDatabase(database).getCollection(StoreCollections.REEXTRACTION);
    }

    public ReextractionStatus latest() {
        return ReextractionStatus.fromBson(runs.find(Filters.eq("_id", ReextractionStatus.ID)).first());
    }

    public void save(ReextractionStatus status) {
        runs.replaceOne(Filters.eq("_id", ReextractionStatus.ID), status.toBson(), UPSERT);
    }
}
