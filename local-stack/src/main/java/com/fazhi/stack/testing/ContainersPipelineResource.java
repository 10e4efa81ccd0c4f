package com.fazhi.stack.testing;

import java.util.Map;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Quarkus test resource: the real {@code apache/kafka} and {@code mongo} images through Testcontainers.
 * Only used by tests annotated {@code @Testcontainers(disabledWithoutDocker = true)}.
 */
public class ContainersPipelineResource implements QuarkusTestResourceLifecycleManager {

    public static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    public static final String MONGO_IMAGE = "mongo:7.0";

    private KafkaContainer kafka;
    private MongoDBContainer mongo;

    @Override
    public Map<String, String> start() {
        kafka = new KafkaContainer(KAFKA_IMAGE).withEnv("KAFKA_NUM_PARTITIONS", "6");
        mongo = new MongoDBContainer(MONGO_IMAGE);
        kafka.start();
        mongo.start();
        return Map.of(
                "kafka.bootstrap.servers", kafka.getBootstrapServers(),
                "quarkus.mongodb.connection-string", mongo.getConnectionString());
    }

    @Override
    public void stop() {
        if (mongo != null) {
            mongo.stop();
        }
        if (kafka != null) {
            kafka.stop();
        }
    }
}
