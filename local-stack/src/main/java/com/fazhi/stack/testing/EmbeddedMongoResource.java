package com.fazhi.stack.testing;

import java.util.Map;

import com.fazhi.stack.LocalMongoServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Quarkus test resource: only the in-memory Mongo-wire server (for tests that want no broker). */
public class EmbeddedMongoResource implements QuarkusTestResourceLifecycleManager {

    private LocalMongoServer mongo;

    @Override
    public Map<String, String> start() {
        mongo = LocalMongoServer.inMemory();
        return Map.of("quarkus.mongodb.connection-string", mongo.connectionString());
    }

    @Override
    public void stop() {
        if (mongo != null) {
            mongo.close();
        }
    }
}
