package com.fazhi.ingest.storage;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fazhi.contract.store.ReextractionRunStore;
import com.mongodb.client.MongoClient;

/** The re-extraction run's status document in this service's database; the reading and writing is the contract's (a singleton: no client proxy, so the contract's class needs no no-argument constructor). */
@Singleton
public class ReextractionRuns extends ReextractionRunStore {

    public ReextractionRuns(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        super(mongo.getDatabase(database));
    }
}
