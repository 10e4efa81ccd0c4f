package com.fazhi.ingest.storage;

import java.util.Date;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fazhi.extractor.model.RawReport;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * The ids ingest-service has had acknowledged by Kafka, with every URL and crawler that sent each one: it answers
 * "duplicate". It is an optimisation, not the source of truth: when MongoDB is unavailable a report is published
 * again, and the extractor's upsert by id keeps it one document.
 */
@ApplicationScoped
public class IngestLedger {

    private static final Logger LOG = Logger.getLogger(IngestLedger.class);

    private final MongoCollection<Document> ledger;

    public IngestLedger(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.ledger = mongo.getDatabase(database).getCollection("ingest_ledger");
    }

    public boolean isKnown(String id) {
        try {
            return ledger.find(Filters.eq("_id", id)).limit(1).first() != null;
        } catch (MongoException e) {
            LOG.warnf("ledger unavailable, treating %s as new: %s", id, e.getMessage());
            return false;
        }
    }

    public void record(RawReport report) {
        try {
            ledger.updateOne(Filters.eq("_id", report.id()),
                    Updates.combine(
                            Updates.setOnInsert("firstSeenAt", new Date()),
                            Updates.addToSet("urls", report.url()),
                            Updates.addToSet("sources", report.source()),
                            Updates.inc("submissions", 1)),
                    new UpdateOptions().upsert(true));
        } catch (MongoException e) {
            LOG.warnf("ledger unavailable, %s not recorded (it was published): %s", report.id(), e.getMessage());
        }
    }
}
