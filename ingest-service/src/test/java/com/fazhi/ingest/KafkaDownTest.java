package com.fazhi.ingest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fazhi.stack.testing.EmbeddedMongoResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With no broker reachable, nothing is answered 202: the crawler (or the admin) gets 503 and sends it again later. */
@QuarkusTest
@TestProfile(KafkaDownTest.NoBroker.class)
@WithTestResource(EmbeddedMongoResource.class)
class KafkaDownTest {

    private static io.restassured.specification.RequestSpecification given() {
        return io.restassured.RestAssured.given().header("X-API-Key", IngestApiContract.API_KEY);
    }


    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kafka.bootstrap.servers", "127.0.0.1:9",
                    "mp.messaging.outgoing.reports-raw.delivery.timeout.ms", "3000",
                    "mp.messaging.outgoing.reports-raw.request.timeout.ms", "1000",
                    "mp.messaging.outgoing.reports-raw.max.block.ms", "1000",
                    "mp.messaging.outgoing.reextract-requests.delivery.timeout.ms", "3000",
                    "mp.messaging.outgoing.reextract-requests.request.timeout.ms", "1000",
                    "mp.messaging.outgoing.reextract-requests.max.block.ms", "1000",
                    "ingest.publish-timeout", "5s");
        }
    }

    @Test
    void unreachableKafkaIs503NeverA202() {
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://a.gov.cn/r", "source", "c", "text", IngestApiContract.unique(IngestApiContract.REPORT)))
                .post("/api/reports").then().statusCode(503)
                .header("Retry-After", "10")
                .body("status", equalTo(503)).body("reason", containsString("not durably written"));
    }

    /** A re-extraction request goes out the same acknowledged way as a report: no broker, no 202. */
    @Test
    void unreachableKafkaFailsAReextractionRequestWith503() {
        given().post("/admin/reextract").then().statusCode(503)
                .header("Retry-After", "10")
                .body("reason", containsString("Kafka did not acknowledge the re-extraction request"));
        given().get("/admin/reextract").then().statusCode(200)
                .body("state", equalTo("idle")); // not sent: not "requested", so sending again sends it
    }
}
