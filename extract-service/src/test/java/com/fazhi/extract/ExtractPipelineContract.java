package com.fazhi.extract;

import com.fazhi.contract.StoreCollections;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fazhi.extractor.ReportIds;
import com.fazhi.contract.model.RawReport;
import com.fazhi.contract.model.ReportDocumentCodec;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

import io.restassured.RestAssured;

/** What extract-service promises, against a real broker and a MongoDB-wire store chosen by the subclass. */
abstract class ExtractPipelineContract {

    static final String REPORT = "重庆市荣昌区人民政府关于2023年法治政府建设情况的报告\n日期:2024-02-26\n"
            + "2023年,我区坚持以习近平新时代中国特色社会主义思想为指导,依据《重庆市重大行政决策程序规定》开展工作。\n";

    @Inject
    MongoClient mongo;

    private final ObjectMapper json = new ObjectMapper();
    private KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void openProducer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producer = new KafkaProducer<>(props);
    }

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void reportBecomesAStructuredDocumentAndItsRawIsKept() throws Exception {
        RawReport raw = raw(REPORT + UUID.randomUUID(), "https://www.rongchang.gov.cn/a.html").withIngestedBy("crawler-one");
        send(raw.id(), json.writeValueAsBytes(raw));

        Document doc = awaitDocument(raw.id());
        assertEquals(1, doc.getInteger("schemaVersion"), "the contract's shape");
        assertEquals("crawler-one", doc.get("source", Document.class).getString("ingestedBy"), "who sent it in");
        assertEquals("ok", doc.getString("status"));
        assertEquals("重庆市荣昌区人民政府关于2023年法治政府建设情况的报告", doc.getString("title"));
        assertEquals("重庆市荣昌区人民政府", doc.getString("authority"));
        assertEquals(2023, doc.getInteger("reportYear"));
        assertEquals("2024-02-26", doc.getString("publishedAt"));
        assertEquals("hans", doc.getString("sourceScript"));
        assertEquals(List.of("重庆市重大行政决策程序规定"), doc.getList("citedDocuments", String.class));
        assertEquals("https://www.rongchang.gov.cn/a.html", doc.get("source", Document.class).getString("url"));
        assertNotNull(doc.getString("extractorVersion"));
        assertTrue(doc.getList("searchTerms", String.class).containsAll(List.of("荣昌", "决策")), "search terms are stored");
        assertEquals(new Document("province", "重庆市").append("city", null).append("county", "荣昌区")
                .append("township", null).append("code", "500153"), doc.get("region", Document.class));

        Document kept = rawReports().find(Filters.eq("_id", raw.id())).first();
        assertNotNull(kept, "the raw report is kept for re-extraction");
        assertTrue(kept.getString("text").startsWith("重庆市荣昌区"));
        assertEquals(List.of("crawler-one"), kept.getList("ingestKeys", String.class));
    }

    @Test
    void storedReportIsAnnouncedOnTheCompactedExtractedTopic() throws Exception {
        RawReport raw = raw(REPORT + UUID.randomUUID(), "https://www.rongchang.gov.cn/announced.html");
        send(raw.id(), json.writeValueAsBytes(raw));

        ConsumerRecord<String, byte[]> announced = awaitRecord("reports.extracted", raw.id());
        var event = json.readTree(announced.value());
        assertEquals("重庆市荣昌区人民政府", event.get("authority").asText());
        assertEquals("500153", event.get("region").get("code").asText());
        assertEquals("https://www.rongchang.gov.cn/announced.html", event.get("source").get("url").asText());
        assertTrue(event.get("text").asText().contains("法治政府"), "the event carries the cleaned text");
        assertTrue(!event.has("searchTerms") && !event.has("_id"), "no search terms, and the id is the key");
        assertEquals(raw.id(), ReportDocumentCodec.fromEventJson(raw.id(), new String(announced.value(),
                java.nio.charset.StandardCharsets.UTF_8)).id(), "the event reads back through the contract's codec");
        assertNotNull(reports().find(Filters.eq("_id", raw.id())).first(), "announced only after the store write");

        try (Admin admin = Admin.create(java.util.Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "reports.extracted");
            String policy = admin.describeConfigs(List.of(topic)).all().get().get(topic).get("cleanup.policy").value();
            assertEquals("compact", policy, "the topic keeps the latest version of every report for ever");
        }
    }

    /**
     * A re-extraction request (from ingest's admin API) runs here, where the raw reports are kept: the raw report whose
     * document an older extractor made is taken up again and its document replaced; the up-to-date one is not sent;
     * the status in the store says so; a replayed request older than the run is not run again.
     */
    @Test
    void aReextractionRequestReplacesStaleDocumentsFromTheKeptRawReports() throws Exception {
        RawReport stale = raw(REPORT + UUID.randomUUID(), "https://www.rongchang.gov.cn/stale.html");
        send(stale.id(), json.writeValueAsBytes(stale));
        awaitDocument(stale.id());
        reports().updateOne(Filters.eq("_id", stale.id()), new Document("$set", new Document("extractorVersion", "0.0.1+old")));
        RawReport current = raw(REPORT + UUID.randomUUID(), "https://www.rongchang.gov.cn/current.html");
        send(current.id(), json.writeValueAsBytes(current));
        java.util.Date currentExtracted = awaitDocument(current.id()).getDate("extractedAt");

        String requestedAt = java.time.Instant.now().toString();
        producer.send(new ProducerRecord<>("reports.reextract", "reextract", json.writeValueAsBytes(
                new com.fazhi.contract.model.ReextractionRequest(false, "admin-one", requestedAt)))).get();
        var runs = mongo.getDatabase("fazhi").getCollection(com.fazhi.contract.StoreCollections.REEXTRACTION);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> {
            Document run = runs.find(Filters.eq("_id", "latest")).first();
            return run != null && requestedAt.equals(run.getString("requestedAt")) && "done".equals(run.getString("state"));
        });
        var status = com.fazhi.contract.model.ReextractionStatus.fromBson(runs.find(Filters.eq("_id", "latest")).first());
        assertEquals(com.fazhi.extractor.RuleBasedExtractor.VERSION, status.targetVersion());
        assertEquals("admin-one", status.startedBy());
        assertEquals(status.total(), status.checked(), "a finished run looked at every raw report");
        assertEquals(status.checked(), status.upToDate() + status.published(), "each raw report up to date or sent again");
        assertTrue(status.published() >= 1 && status.upToDate() >= 1, status.toString());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> com.fazhi.extractor.RuleBasedExtractor.VERSION
                .equals(reports().find(Filters.eq("_id", stale.id())).first().getString("extractorVersion")));
        assertEquals(currentExtracted, reports().find(Filters.eq("_id", current.id())).first().getDate("extractedAt"),
                "the up-to-date document was not made again");

        String startedAt = status.startedAt();
        producer.send(new ProducerRecord<>("reports.reextract", "reextract", json.writeValueAsBytes(
                new com.fazhi.contract.model.ReextractionRequest(true, "replayed", "2020-01-01T00:00:00Z")))).get();
        Thread.sleep(2000);
        assertEquals(startedAt, runs.find(Filters.eq("_id", "latest")).first().getString("startedAt"),
                "a request older than the last run is not run again");
    }

    /** At start the writer makes the declared topics and the declared indexes of its collection (contract module). */
    @Test
    void theDeclaredTopicsAndIndexesExist() throws Exception {
        try (Admin admin = Admin.create(java.util.Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            java.util.Set<String> topics = admin.listTopics().names().get();
            for (com.fazhi.contract.Topics.Topic declared : com.fazhi.contract.Topics.all()) {
                assertTrue(topics.contains(declared.name()), declared.name() + " exists");
                ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, declared.name());
                var config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
                declared.config().forEach((name, value) -> assertEquals(value, config.get(name).value(),
                        declared.name() + " " + name));
            }
        }
        List<String> names = new java.util.ArrayList<>();
        reports().listIndexes().forEach(index -> names.add(index.getString("name")));
        for (com.fazhi.contract.ReportIndexes.Index declared : com.fazhi.contract.ReportIndexes.all()) {
            assertTrue(names.contains(declared.name()), "index " + declared.name() + " on reports, found " + names);
        }
    }

    @Test
    void redeliveryReplacesTheDocumentInsteadOfAddingOne() throws Exception {
        String url = "https://dup.example.gov.cn/" + UUID.randomUUID();
        RawReport raw = raw(REPORT + UUID.randomUUID(), url);
        send(raw.id(), json.writeValueAsBytes(raw));
        send(raw.id(), json.writeValueAsBytes(raw));
        // a marker behind both copies in the same partition: once it is stored, both copies were processed
        RawReport marker = raw(REPORT + "marker" + UUID.randomUUID(), url + "/marker");
        send(raw.id(), json.writeValueAsBytes(marker));
        awaitDocument(marker.id());

        assertEquals(1, reports().countDocuments(Filters.eq("source.url", url)));
        assertEquals(1, rawReports().countDocuments(Filters.eq("url", url)));
    }

    @Test
    void poisonMessageGoesToTheDlqWithItsCauseAndTheNextOneStillArrives() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        byte[] poison = "{not json at all \u0000".getBytes(StandardCharsets.UTF_8);
        send(key, poison);
        send(key + "-noid", "{\"url\":\"https://a.gov.cn/x\",\"text\":\"no id\"}".getBytes(StandardCharsets.UTF_8));
        RawReport good = raw(REPORT + UUID.randomUUID(), "https://after.poison.gov.cn/");
        send(key, json.writeValueAsBytes(good)); // same key, same partition, behind the poison

        awaitDocument(good.id());
        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(key);
        assertTrue(java.util.Arrays.equals(poison, dead.value()), "the DLQ record carries the original payload");
        String reason = new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("not a raw report"), reason);
        String reasonNoId = new String(awaitDeadLetter(key + "-noid").headers().lastHeader("dead-letter-reason").value(),
                StandardCharsets.UTF_8);
        assertTrue(reasonNoId.contains("no id"), reasonNoId);
    }

    @Test
    void undecodableBytesAndAnEngineFailureGoToTheDlqWithTheirCause() throws Exception {
        String key = "bytes-" + UUID.randomUUID();
        send(key, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, 0x00, 0x7B});
        String reason = new String(awaitDeadLetter(key).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("not a raw report"), reason);

        // the engine itself breaking on a report (its own bug): for this test, an engine that fails on a marker
        com.fazhi.extractor.ReportExtractor real = new com.fazhi.extractor.RuleBasedExtractor();
        io.quarkus.test.junit.QuarkusMock.installMockForType(new com.fazhi.extractor.ReportExtractor() {
            @Override
            public com.fazhi.contract.model.ExtractedReport extract(RawReport report) {
                return report.text() != null && report.text().contains("ENGINE-BREAKS-HERE")
                        ? com.fazhi.contract.model.ExtractedReport.failed("IllegalStateException: simulated engine bug", version())
                        : real.extract(report);
            }

            @Override
            public String version() {
                return real.version();
            }
        }, com.fazhi.extractor.ReportExtractor.class);
        RawReport breaking = raw(REPORT + "ENGINE-BREAKS-HERE" + UUID.randomUUID(), "https://a.gov.cn/breaks.html");
        send(breaking.id(), json.writeValueAsBytes(breaking));
        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(breaking.id());
        String cause = new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertTrue(cause.contains("simulated engine bug") && cause.contains(breaking.id()), cause);
        RawReport next = raw(REPORT + UUID.randomUUID(), "https://a.gov.cn/after-the-bug.html");
        send(breaking.id(), json.writeValueAsBytes(next)); // same key, same partition: not blocked
        awaitDocument(next.id());
    }

    @Test
    void unreadableDocumentIsStoredWithTheReason() throws Exception {
        byte[] encryptedLooking = "%PDF-1.7\n%%EOF garbage".getBytes(StandardCharsets.US_ASCII);
        RawReport raw = new RawReport(ReportIds.ofBytes(encryptedLooking), "https://a.gov.cn/broken.pdf", null, "test",
                null, "application/pdf", null, null, encryptedLooking, "2024-03-01T00:00:00Z");
        send(raw.id(), json.writeValueAsBytes(raw));
        Document doc = awaitDocument(raw.id());
        assertEquals("unreadable", doc.getString("status"));
        assertTrue(doc.getString("problem").contains("pdf"), doc.getString("problem"));
    }

    @Test
    void healthAndMetricsAreServed() {
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
        RestAssured.given().get("/q/metrics").then().statusCode(200);
    }

    static RawReport raw(String text, String url) {
        return new RawReport(ReportIds.ofText(text), url, "2024-03-01T08:00:00Z", "test", null, "text/plain", text,
                null, null, "2024-03-01T08:00:01Z");
    }

    private void send(String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>("reports.raw", key, value)).get();
    }

    private Document awaitDocument(String id) {
        Document[] found = new Document[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> (found[0] = reports().find(Filters.eq("_id", id)).first()) != null);
        return found[0];
    }

    private ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        return awaitRecord("reports.dlq", key);
    }

    private ConsumerRecord<String, byte[]> awaitRecord(String topic, String key) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            List<String> seen = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(r.key())) {
                        return r;
                    }
                    seen.add(r.key());
                }
            }
            throw new AssertionError("no " + topic + " record with key " + key + "; saw " + seen);
        }
    }

    private MongoCollection<Document> reports() {
        return mongo.getDatabase("fazhi").getCollection(StoreCollections.REPORTS);
    }

    private MongoCollection<Document> rawReports() {
        return mongo.getDatabase("fazhi").getCollection(StoreCollections.RAW_REPORTS);
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
