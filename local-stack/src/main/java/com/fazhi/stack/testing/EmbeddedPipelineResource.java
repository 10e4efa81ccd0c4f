package com.fazhi.stack.testing;

import java.util.Map;

import com.fazhi.stack.LocalKafkaBroker;
import com.fazhi.stack.LocalMongoServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Quarkus test resource: a real in-process KRaft broker and an in-memory Mongo-wire server on free ports.
 * Dev Services stay off; the test application is pointed at these two.
 */
public class EmbeddedPipelineResource implements QuarkusTestResourceLifecycleManager {

    private LocalKafkaBroker kafka;
    private LocalMongoServer mongo;

    @Override
    public Map<String, String> start() {
        kafka = LocalKafkaBroker.onFreePorts().start();
        mongo = LocalMongoServer.inMemory();
        return Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quarkus.mongodb.connection-string", mongo.connectionString());
    }

    @Override
    public void stop() {
        if (mongo != null) {
            mongo.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }
}
