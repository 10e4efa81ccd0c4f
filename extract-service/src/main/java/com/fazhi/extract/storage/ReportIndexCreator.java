package com.fazhi.extract.storage;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fazhi.contract.ReportIndexes;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import io.quarkus.runtime.StartupEvent;

/**
 * Creates the {@code reports} collection's indexes at start, as the contract module declares them: the writer owns
 * its collection's indexes (query-service reads its own in-memory model). Creating an index that exists is a no-op.
 */
@ApplicationScoped
public class ReportIndexCreator {

    private static final Logger LOG = Logger.getLogger(ReportIndexCreator.class);
    private final MongoCollection<Document> reports;

    public ReportIndexCreator(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.reports = mongo.getDatabase(database).getCollection(ReportIndexes.COLLECTION);
    }

    void create(@Observes StartupEvent started) {
        try {
            for (ReportIndexes.Index index : ReportIndexes.all()) {
                List<Bson> keys = index.keys().entrySet().stream()
                        .map(k -> k.getValue() > 0 ? Indexes.ascending(k.getKey()) : Indexes.descending(k.getKey()))
                        .toList();
                reports.createIndex(Indexes.compoundIndex(keys), new IndexOptions().name(index.name()));
            }
        } catch (MongoException e) {
            LOG.warnf("could not create the reports indexes now (they are created at the next start): %s", e.getMessage());
        }
    }
}
