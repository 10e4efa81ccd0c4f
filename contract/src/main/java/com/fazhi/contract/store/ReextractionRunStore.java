package com.fazhi.contract.store;

import org.bson.Document;

import com.fazhi.contract.StoreCollections;
import com.fazhi.contract.model.ReextractionStatus;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

/**
 * The re-extraction run's status, one document, read and written in one place: extract-service writes the run's
 * progress as it goes, ingest-service records a request before it sends one and reads the status for its admin API, so
 * every replica of either sees the same run.
 */
public class ReextractionRunStore {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private final MongoCollection<Document> runs;

    public ReextractionRunStore(MongoDatabase database) {
        this.runs = database.getCollection(StoreCollections.REEXTRACTION);
    }

    public ReextractionStatus latest() {
        return ReextractionStatus.fromBson(runs.find(Filters.eq("_id", ReextractionStatus.ID)).first());
    }

    public void save(ReextractionStatus status) {
        runs.replaceOne(Filters.eq("_id", ReextractionStatus.ID), status.toBson(), UPSERT);
    }
}
