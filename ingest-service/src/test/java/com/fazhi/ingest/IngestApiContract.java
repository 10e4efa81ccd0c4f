package com.fazhi.ingest;

import com.fazhi.contract.StoreCollections;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;

/**
 * What ingest-service promises, run against a real broker and a MongoDB-wire store; subclasses choose which
 * (in-process, or the real images through Testcontainers).
 */
abstract class IngestApiContract {

    static final String API_KEY = "test-key-0123456789";

    /** Every request of these tests carries a valid key; the key rules are tested on their own. */
    static io.restassured.specification.RequestSpecification given() {
        return io.restassured.RestAssured.given().header("X-API-Key", API_KEY);
    }


    static final String REPORT = "重庆市荣昌区人民政府关于2023年法治政府建设情况的报告\n日期:2024-02-26\n"
            + "2023年,我区坚持以习近平新时代中国特色社会主义思想为指导。全年办理行政复议案件34件。";

    private final ObjectMapper json = new ObjectMapper();

    static String unique(String text) {
        return text + "\n" + UUID.randomUUID();
    }

    static Map<String, Object> jsonReport(String text) {
        return Map.of("url", "https://www.rongchang.gov.cn/zwgk/fzzf/2024/report.html", "source", "test-crawler",
                "fetchedAt", "2024-03-01T08:00:00Z", "text", text);
    }

    @Test
    void writingNeedsAValidKeyAndReadingDoesNot() {
        io.restassured.RestAssured.given().contentType(ContentType.JSON).body(jsonReport(unique(REPORT)))
                .when().post("/api/reports").then().statusCode(401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.containsString("X-API-Key"))
                .body("reason", org.hamcrest.Matchers.containsString("API key is required"));
        io.restassured.RestAssured.given().header("X-API-Key", "test-key-012345678X").contentType(ContentType.JSON)
                .body(jsonReport(unique(REPORT))).when().post("/api/reports").then().statusCode(401)
                .body("reason", org.hamcrest.Matchers.containsString("not valid"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("012345678X")));
        io.restassured.RestAssured.given().header("X-API-Key", "test-key-0123456789").contentType("application/x-ndjson")
                .body("{}\n".getBytes(StandardCharsets.UTF_8)).when().post("/api/reports/batch").then().statusCode(200);
        io.restassured.RestAssured.given().contentType("application/x-ndjson").body("{}\n".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/reports/batch").then().statusCode(401);
        io.restassured.RestAssured.given().header("X-API-Key", "second-key-0123456789").contentType(ContentType.JSON)
                .body(jsonReport(unique(REPORT))).when().post("/api/reports").then().statusCode(202);
        io.restassured.RestAssured.given().get("/q/health/ready").then().statusCode(200);
    }

    @jakarta.inject.Inject
    com.mongodb.client.MongoClient mongo;

    /**
     * Re-extraction runs in extract-service, which keeps the raw reports: the admin API records the request (state
     * requested, by whom) and sends it on reports.reextract; while a run is under way a second request sends nothing;
     * the status is the stored one, whatever replica answers.
     */
    @Test
    void reextractionIsRequestedFromExtractServiceAndNeedsAKey() throws Exception {
        var runs = mongo.getDatabase("fazhi").getCollection(StoreCollections.REEXTRACTION);
        runs.deleteMany(new org.bson.Document());
        io.restassured.RestAssured.given().post("/admin/reextract").then().statusCode(401);
        io.restassured.RestAssured.given().get("/admin/reextract").then().statusCode(401);
        given().get("/admin/reextract").then().statusCode(200).body("state", equalTo("idle"));

        String requestedAt = given().post("/admin/reextract").then().statusCode(202).body("state", equalTo("requested"))
                .body("scope", equalTo("stale")).body("startedBy", equalTo("key-1")).extract().path("requestedAt");
        JsonNode request = json.readTree(findOnTopic("reports.reextract", "reextract").value());
        assertEquals(false, request.get("all").asBoolean());
        assertEquals("key-1", request.get("requestedBy").asText());
        assertEquals(requestedAt, request.get("requestedAt").asText());
        given().get("/admin/reextract").then().body("state", equalTo("requested")).body("requestedAt", equalTo(requestedAt));
        given().post("/admin/reextract?all=true").then().statusCode(202).body("requestedAt", equalTo(requestedAt))
                .body("scope", equalTo("stale"));
        assertEquals(1, allOnTopic("reports.reextract", "reextract").size(), "a run under way is not requested twice");

        // what extract-service writes as the run goes is what the admin API shows
        String now = java.time.Instant.now().toString();
        runs.replaceOne(com.mongodb.client.model.Filters.eq("_id", "latest"), new com.fazhi.contract.model.ReextractionStatus(
                "done", "stale", "9.9.9+test", 12, 12, 10, 2, 40.0, 0L, requestedAt, now, now, null, "key-1", now).toBson());
        given().get("/admin/reextract").then().body("state", equalTo("done")).body("published", equalTo(2))
                .body("targetVersion", equalTo("9.9.9+test"));
        // a run that stopped reporting (its instance died) shows as stalled, and may be requested again
        runs.replaceOne(com.mongodb.client.model.Filters.eq("_id", "latest"), new com.fazhi.contract.model.ReextractionStatus(
                "running", "all", "9.9.9+test", 12, 4, 0, 4, 2.0, 4L, requestedAt, now, null, null, "key-1",
                "2020-01-01T00:00:00Z").toBson());
        given().get("/admin/reextract").then().body("state", equalTo("stalled"));
        given().post("/admin/reextract?all=true").then().statusCode(202).body("state", equalTo("requested")).body("scope", equalTo("all"));
    }

    @Test
    void acceptedReportIsOnTheTopicKeyedByItsId() throws Exception {
        String text = unique(REPORT);
        String id = given().contentType(ContentType.JSON).body(jsonReport(text))
                .when().post("/api/reports")
                .then().statusCode(202).body("duplicate", equalTo(false)).body("id", matchesPattern("[0-9a-f]{16}"))
                .extract().path("id");

        ConsumerRecord<String, String> record = findOnTopic(id);
        JsonNode payload = json.readTree(record.value());
        assertEquals(text, payload.get("text").asText());
        assertEquals("test-crawler", payload.get("source").asText());
        assertEquals("2024-03-01T08:00:00Z", payload.get("fetchedAt").asText());
        assertEquals(id, payload.get("id").asText());
        assertEquals("key-1", payload.get("ingestedBy").asText(), "the name of the key that sent it (a bare key is key-N)");

        Map<String, Object> claiming = new java.util.HashMap<>(jsonReport(unique(REPORT)));
        claiming.put("ingestedBy", "someone-else");
        String byCrawler = as(CRAWLER_KEY).contentType(ContentType.JSON).body(claiming)
                .when().post("/api/reports").then().statusCode(202).extract().path("id");
        assertEquals("crawler-one", json.readTree(findOnTopic(byCrawler).value()).get("ingestedBy").asText(),
                "the key's name, whatever the body claims");
    }

    @Test
    void sameReportFromAnotherUrlIsADuplicateWithTheSameId() {
        String text = unique(REPORT);
        String first = given().contentType(ContentType.JSON).body(jsonReport(text))
                .post("/api/reports").then().statusCode(202).extract().path("id");
        // same content, other URL, other line wrapping and full-width digits: one report
        Map<String, Object> again = Map.of("url", "https://mirror.example.org/copy.html", "source", "other-crawler",
                "text", "  " + text.replace("\n", "\r\n\r\n").replace("2023", "２０２３") + "  ");
        given().contentType(ContentType.JSON).body(again)
                .post("/api/reports").then().statusCode(202)
                .body("id", equalTo(first)).body("duplicate", equalTo(true)).body("status", equalTo("duplicate"));
    }

    @Test
    void rawHtmlUploadWithSourceHeader() throws Exception {
        String html = "<html><head><title>报告</title></head><body><div class=nav>首页</div><p>" + unique(REPORT) + "</p></body></html>";
        String id = as(CRAWLER_KEY).contentType("text/html; charset=UTF-8").header("X-Source-Url", "https://www.example.gov.cn/a.html")
                .header("X-Title", "%E6%8A%A5%E5%91%8A")
                .body(html.getBytes(StandardCharsets.UTF_8))
                .post("/api/reports").then().statusCode(202).body("id", matchesPattern("[0-9a-f]{16}")).extract().path("id");
        assertEquals("crawler-one", json.readTree(findOnTopic(id).value()).get("ingestedBy").asText(),
                "an upload records the name of the key that sent it");
    }

    @Test
    void gbkPlainTextUploadIsDecoded() throws Exception {
        String text = unique(REPORT);
        String id = given().contentType("text/plain").header("X-Source-Url", "https://www.example.gov.cn/gbk.txt")
                .body(text.getBytes(Charset.forName("GBK")))
                .post("/api/reports").then().statusCode(202).extract().path("id");
        // the same report sent as UTF-8 JSON text is the same report
        given().contentType(ContentType.JSON).body(jsonReport(text))
                .post("/api/reports").then().statusCode(202).body("id", equalTo(id)).body("duplicate", equalTo(true));
    }

    @Test
    void base64BytesNeedASupportedContentType() {
        String bytes = Base64.getEncoder().encodeToString(unique(REPORT).getBytes(StandardCharsets.UTF_8));
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://a.gov.cn/r", "source", "c", "bytes", bytes, "contentType", "text/plain"))
                .post("/api/reports").then().statusCode(202);
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://a.gov.cn/r", "source", "c", "bytes", bytes, "contentType", "image/png"))
                .post("/api/reports").then().statusCode(415).body("reason", containsString("image/png"));
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://a.gov.cn/r", "source", "c", "bytes", "@@not base64@@", "contentType", "text/plain"))
                .post("/api/reports").then().statusCode(400).body("reason", containsString("base64"));
    }

    @Test
    void badInputGetsA4xxWithAReason() {
        given().contentType(ContentType.JSON).body(Map.of("source", "c", "text", REPORT))
                .post("/api/reports").then().statusCode(400).body("status", equalTo(400)).body("reason", containsString("url"));
        given().contentType(ContentType.JSON).body(Map.of("url", "ftp://x/y", "source", "c", "text", REPORT))
                .post("/api/reports").then().statusCode(400).body("reason", containsString("http"));
        given().contentType(ContentType.JSON).body(Map.of("url", "https://a.gov.cn/r", "text", REPORT))
                .post("/api/reports").then().statusCode(400).body("reason", containsString("source"));
        given().contentType(ContentType.JSON).body(Map.of("url", "https://a.gov.cn/r", "source", "c", "text", REPORT, "html", "<p>x</p>"))
                .post("/api/reports").then().statusCode(400).body("reason", containsString("exactly one"));
        given().contentType(ContentType.JSON).body(Map.of("url", "https://a.gov.cn/r", "source", "c", "text", "   "))
                .post("/api/reports").then().statusCode(400).body("reason", containsString("empty"));
        given().contentType(ContentType.JSON).body(Map.of("url", "https://a.gov.cn/r", "source", "c", "text", REPORT, "fetchedAt", "1970-01-01T00:00:00Z"))
                .post("/api/reports").then().statusCode(400).body("reason", containsString("fetchedAt"));
        given().contentType(ContentType.JSON).body(Map.of("url", "https://a.gov.cn/r", "source", "c", "text", REPORT, "fetchedAt", "yesterday"))
                .post("/api/reports").then().statusCode(400).body("reason", containsString("ISO-8601"));
        given().contentType(ContentType.JSON).body("{\"url\": \"https://a.gov.cn/r\", \"source\": \"c\", \"text\": ")
                .post("/api/reports").then().statusCode(400).body("reason", containsString("JSON"));
        given().contentType(ContentType.JSON).body("{\"url\": [1,2], \"source\": \"c\", \"text\": \"x\"}")
                .post("/api/reports").then().statusCode(400).body("reason", containsString("JSON"));
        given().contentType(ContentType.JSON).body("")
                .post("/api/reports").then().statusCode(400);
        given().contentType("image/png").header("X-Source-Url", "https://a.gov.cn/r").body(new byte[] {1, 2, 3})
                .post("/api/reports").then().statusCode(415).body("reason", containsString("image/png"));
        given().contentType("text/html").body("<p>x</p>")
                .post("/api/reports").then().statusCode(400).body("reason", containsString("url"));
        given().contentType("application/pdf").header("X-Source-Url", "https://a.gov.cn/r.pdf").body("%PDF-1.7 truncated".getBytes())
                .post("/api/reports").then().statusCode(400).body("reason", containsString("pdf"));
    }

    @Test
    void documentOverTheLimitIs413() {
        byte[] big = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        given().contentType("text/plain").header("X-Source-Url", "https://a.gov.cn/big.txt").body(big)
                .post("/api/reports").then().statusCode(413).body("reason", containsString("larger"));
    }

    @Test
    void ndjsonBatchAnswersPerLine() throws Exception {
        String good1 = json.writeValueAsString(jsonReport(unique(REPORT)));
        String good2 = json.writeValueAsString(jsonReport(unique(REPORT)));
        String body = good1 + "\n{\"url\":\"https://a.gov.cn/r\"}\n\n" + good2 + "\nnot json\n" + good1 + "\n";
        given().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/reports/batch").then().statusCode(200)
                .body("", hasSize(5))
                .body("[0].line", equalTo(1)).body("[0].status", equalTo(202)).body("[0].duplicate", equalTo(false))
                .body("[1].line", equalTo(2)).body("[1].status", equalTo(400)).body("[1].error", containsString("source"))
                .body("[2].line", equalTo(4)).body("[2].status", equalTo(202))
                .body("[3].line", equalTo(5)).body("[3].status", equalTo(400))
                .body("[4].line", equalTo(6)).body("[4].status", equalTo(202));
        String line = json.writeValueAsString(jsonReport(unique(REPORT)));
        String id = as(CRAWLER_KEY).contentType("application/x-ndjson").body(line.getBytes(StandardCharsets.UTF_8))
                .post("/api/reports/batch").then().statusCode(200).body("[0].status", equalTo(202)).extract().path("[0].id");
        assertEquals("crawler-one", json.readTree(findOnTopic(id).value()).get("ingestedBy").asText(),
                "every line of a batch records the name of the key that sent it");
    }

    static final String CRAWLER_KEY = "crawler-key-0123456789";
    static final String ANALYST_KEY = "analyst-key-0123456789";

    private static io.restassured.specification.RequestSpecification as(String key) {
        return io.restassured.RestAssured.given().header("X-API-Key", key);
    }

    @Test
    void eachKeyDoesOnlyWhatItsRoleAllows() {
        as(CRAWLER_KEY).contentType(ContentType.JSON).body(jsonReport(unique(REPORT))).post("/api/reports").then().statusCode(202);
        as(CRAWLER_KEY).post("/admin/reextract").then().statusCode(403).body("reason", containsString("needs admin"));
        as(CRAWLER_KEY).contentType(ContentType.JSON).body(Map.of("action", "confirm", "field", "level"))
                .post("/api/reports/00000000000000a1/corrections").then().statusCode(403).body("reason", containsString("needs analyst"));
        as(ANALYST_KEY).contentType(ContentType.JSON).body(jsonReport(unique(REPORT))).post("/api/reports").then().statusCode(403)
                .body("reason", containsString("'ana' has role analyst"));
        as(ANALYST_KEY).get("/admin/reextract").then().statusCode(403);
        as(ANALYST_KEY).contentType(ContentType.JSON).body(Map.of("action", "set", "field", "level", "value", "county"))
                .post("/api/reports/00000000000000f9/corrections").then().statusCode(404);
    }

    @Test
    void aCorrectionIsCheckedAgainstTheStoredReportAndRecordedWithWhoAndBefore() throws Exception {
        String id = "00000000000000c7";
        String text = "2023年,区政府常务会议会前学法12次,全年开展学习1000余场(次)。";
        mongo.getDatabase("fazhi").getCollection(StoreCollections.REPORTS).replaceOne(com.mongodb.client.model.Filters.eq("_id", id),
                new org.bson.Document("_id", id).append("level", "department").append("reportYear", 2023).append("text", text)
                        .append("indicators", List.of(new org.bson.Document("key", "law_study.sessions").append("value", 1000.0)
                                .append("unit", "次"))),
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
        as(ANALYST_KEY).contentType(ContentType.JSON).body(Map.of("action", "reject", "key", "law_study.sessions", "value", 999))
                .post("/api/reports/" + id + "/corrections").then().statusCode(400).body("reason", containsString("no extracted figure"));
        as(ANALYST_KEY).contentType(ContentType.JSON).body(Map.of("action", "reject", "key", "law_study.sessions", "value", 1000,
                "note", "staff-wide study, not the leadership's")).post("/api/reports/" + id + "/corrections").then().statusCode(202)
                .body("by", equalTo("ana")).body("target", equalTo("indicator:law_study.sessions=1000"));
        ConsumerRecord<String, String> recorded = findOnTopic("reports.corrections", id + "|indicator:law_study.sessions=1000");
        JsonNode event = json.readTree(recorded.value());
        assertEquals("reject", event.get("action").asText());
        assertEquals("ana", event.get("by").asText());
        assertEquals(1000.0, event.get("before").get("value").asDouble());
        assertEquals("staff-wide study, not the leadership's", event.get("note").asText());

        given().contentType(ContentType.JSON).body(Map.of("action", "withdraw", "key", "law_study.sessions", "value", 1000))
                .post("/api/reports/" + id + "/corrections").then().statusCode(202);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            // the withdrawal is recorded under the same key, with who took the correction back (a bare key is "key-1")
            JsonNode latest = null;
            for (ConsumerRecord<String, String> r : allOnTopic("reports.corrections", id + "|indicator:law_study.sessions=1000")) {
                latest = json.readTree(r.value());
            }
            return latest != null && "withdraw".equals(latest.get("action").asText()) && "key-1".equals(latest.get("by").asText());
        });
    }

    @Test
    void healthMetricsAndOpenApiAreServed() throws Exception {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().get("/q/openapi?format=json").then().statusCode(200).body(containsString("/api/reports/batch"))
                // the key is documented once, as a security scheme every write and admin operation requires
                .body("components.securitySchemes.apiKey.name", equalTo("X-API-Key"))
                .body("components.securitySchemes.apiKey.in", equalTo("header"))
                .body("paths.'/admin/reextract'.post.security[0]", org.hamcrest.Matchers.hasKey("apiKey"))
                .body("paths.'/api/reports'.post.security[0]", org.hamcrest.Matchers.hasKey("apiKey"))
                .body("paths.'/api/reports/{id}/corrections'.post.security[0]", org.hamcrest.Matchers.hasKey("apiKey"));
        // and nowhere as an operation's own parameter
        JsonNode openApi = json.readTree(given().get("/q/openapi?format=json").then().extract().asString());
        List<String> keyParameters = new ArrayList<>();
        openApi.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                op.getValue().path("parameters").forEach(p -> {
                    if ("X-API-Key".equalsIgnoreCase(p.path("name").asText())) {
                        keyParameters.add(op.getKey() + " " + path.getKey());
                    }
                })));
        assertEquals(List.of(), keyParameters, "the key is the security scheme, not a parameter of each operation");
    }

    /** A consumer of its own group, reading each topic from its start. */
    private static Properties freshConsumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }

    /** Every record with this key on the topic, in order (read from the start until 3 s pass without a new one). */
    private static List<ConsumerRecord<String, String>> allOnTopic(String topic, String key) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(freshConsumer())) {
            consumer.subscribe(List.of(topic));
            long quietSince = System.nanoTime();
            while (System.nanoTime() - quietSince < Duration.ofSeconds(3).toNanos()) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    quietSince = System.nanoTime();
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                }
            }
        }
        return found;
    }

    private static ConsumerRecord<String, String> findOnTopic(String key) {
        return findOnTopic("reports.raw", key);
    }

    private static ConsumerRecord<String, String> findOnTopic(String topic, String key) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(freshConsumer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(r.key())) {
                        assertTrue(!topic.equals("reports.raw") || consumer.partitionsFor(topic).size() == 6,
                                "reports.raw has 6 partitions");
                        return r;
                    }
                    seen.add(r);
                }
            }
            throw new AssertionError("no record with key " + key + " on " + topic + "; saw " + seen.size());
        }
    }
}
