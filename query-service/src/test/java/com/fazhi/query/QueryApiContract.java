package com.fazhi.query;

import com.fazhi.contract.StoreCollections;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fazhi.query.storage.ReportReadModel;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;

/** What query-service answers over documents as extract-service stores them; the store is chosen by the subclass. */
abstract class QueryApiContract {

    @Inject
    MongoClient mongo;
    @Inject
    ReportReadModel readModel;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /**
     * As extract-service does it: each document upserted into MongoDB (read by id) and announced on reports.extracted
     * (what the read model is built from); then wait until the read model holds them.
     */
    @BeforeEach
    void loadReports() throws Exception {
        if (readModel.size() == 4) {
            return;
        }
        List<Document> docs = List.of(
                report("00000000000000a1", "重庆市荣昌区人民政府", "county", "重庆市", null, "荣昌区", "500153", 2023, "2024-02-26",
                        "全区调解矛盾纠纷10198件,调解成功率99.87%。行政复议纠错率14.7%。", true),
                report("00000000000000a2", "通州区人民政府", "county", "江苏省", "南通市", "通州区", "320612", 2023, "2024-04-22",
                        "全区三级调解组织调处成功率98.3%。全年共新增行政复议案件199件。", false),
                report("00000000000000a3", "淮安市人民政府", "city", "江苏省", "淮安市", null, "320800", 2017, "2018-05-03",
                        "全市行政复议纠错率9.5%。", true),
                report("00000000000000a4", "十堰市茅箭区人民政府", "county", "湖北省", "十堰市", "茅箭区", "420302", 2022, "2023-03-27",
                        "全区建立调解委员会115个。行政复议纠错率14.7%,纠错5件。", true));
        MongoCollection<Document> reports = mongo.getDatabase("fazhi").getCollection(StoreCollections.REPORTS);
        reports.drop();
        reports.insertMany(docs);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            for (Document doc : docs) {
                Document event = new Document(doc);
                event.remove("_id");
                event.remove("searchTerms");
                producer.send(new ProducerRecord<>("reports.extracted", doc.getString("_id"), event.toJson())).get();
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> readModel.size() == 4);
    }

    static Document report(String id, String authority, String level, String province, String city, String county,
            String code, int year, String published, String text, boolean problems) {
        List<Document> indicators = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(调解成功率|调处成功率|纠错率|调解矛盾纠纷|行政复议案件)(\\d+(?:\\.\\d+)?)(%|件)").matcher(text);
        while (m.find()) {
            String key = switch (m.group(1)) {
                case "调解成功率", "调处成功率" -> "mediation.success_rate";
                case "纠错率" -> "reconsideration.correction_rate";
                case "调解矛盾纠纷" -> "mediation.disputes";
                default -> "reconsideration.cases";
            };
            indicators.add(new Document("key", key).append("value", Double.parseDouble(m.group(2))).append("unit", m.group(3))
                    .append("year", year).append("text", m.group()).append("section", null)
                    .append("start", m.start(2)).append("end", m.end())
                    // as the engine rates them: 调处成功率 as if read through its sentence's topic, the rest from their own words
                    .append("confidence", m.group(1).equals("调处成功率") ? 0.6 : 0.9));
        }
        boolean onTime = published.compareTo((year + 1) + "-03-31") <= 0;
        return new Document("_id", id).append("status", "ok").append("title", authority + "关于" + year + "年法治政府建设情况的报告")
                .append("authority", authority).append("level", level)
                .append("region", new Document("province", province).append("city", city).append("county", county)
                        .append("township", null).append("code", code))
                .append("reportYear", year).append("publishedAt", published).append("text", text)
                .append("parts", new Document("measures", true).append("responsibility", true).append("problems", problems).append("plans", true))
                .append("compliance", new Document("onTime", onTime).append("deadline", (year + 1) + "-03-31")
                        .append("missingParts", problems ? List.of() : List.of("problems")))
                .append("indicators", indicators)
                .append("searchTerms", new java.util.ArrayList<>(com.fazhi.reference.search.SearchTerms.of(text)))
                .append("source", new Document("url", "https://example.gov.cn/" + id));
    }

    @Test
    void listsNewestYearFirstWithoutTheText() {
        given().get("/api/reports").then().statusCode(200)
                .body("total", equalTo(4)).body("page", equalTo(1)).body("size", equalTo(20))
                .body("items", hasSize(4))
                .body("items.reportYear", equalTo(List.of(2023, 2023, 2022, 2017)))
                .body("items[0].id", equalTo("00000000000000a2"))
                .body("items", everyItem(not(hasKey("text"))));
    }

    @Test
    void filtersByYearLevelAndProvince() {
        given().queryParam("year", 2023).get("/api/reports").then().statusCode(200).body("total", equalTo(2));
        given().queryParam("level", "city").get("/api/reports").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].authority", equalTo("淮安市人民政府"));
        given().queryParam("province", "江苏省").queryParam("year", 2023).get("/api/reports").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].authority", equalTo("通州区人民政府"));
    }

    @Test
    void pagesAreBounded() {
        given().queryParam("size", 2).queryParam("page", 2).get("/api/reports").then().statusCode(200)
                .body("total", equalTo(4)).body("items", hasSize(2)).body("items[0].reportYear", equalTo(2022));
        given().queryParam("size", 101).get("/api/reports").then().statusCode(400).body("reason", containsString("size"));
        given().queryParam("page", 0).get("/api/reports").then().statusCode(400).body("reason", containsString("page"));
    }

    @Test
    void badParametersAre400WithAReason() {
        given().queryParam("year", "abc").get("/api/reports").then().statusCode(400).body("reason", containsString("year"));
        given().queryParam("year", "1800").get("/api/reports").then().statusCode(400).body("reason", containsString("range"));
        given().queryParam("level", "planet").get("/api/reports").then().statusCode(400).body("reason", containsString("level"));
        given().queryParam("size", "many").get("/api/reports").then().statusCode(400).body("status", equalTo(400));
    }

    @Test
    void anOperatorInAParameterIsJustAValue() {
        given().queryParam("province", "{\"$ne\": null}").get("/api/reports").then().statusCode(400)
                .body("reason", containsString("unknown province"));
        given().queryParam("province", ".*").get("/api/reports").then().statusCode(400)
                .body("reason", containsString("unknown province"));
    }

    /** Names as people write them: short forms, Traditional, full-width, and a 400 that suggests real names. */
    @Test
    void regionsByTheNamesPeopleUse() {
        given().queryParam("province", "江苏").queryParam("year", 2023).get("/api/reports").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].authority", equalTo("通州区人民政府"));
        given().queryParam("province", "江蘇省").get("/api/reports").then().statusCode(200).body("total", equalTo(2));
        given().queryParam("city", "南通").get("/api/reports").then().statusCode(200).body("total", equalTo(1));
        given().queryParam("code", "江苏").get("/api/reports").then().statusCode(200).body("total", equalTo(2));
        given().queryParam("code", "３２").get("/api/reports").then().statusCode(200).body("total", equalTo(2));
        given().queryParam("province", "江酥").get("/api/reports").then().statusCode(400)
                .body("reason", containsString("unknown province '江酥'")).body("reason", containsString("江苏省"));
        given().queryParam("province", "南通市").get("/api/reports").then().statusCode(400)
                .body("reason", containsString("unknown province"));
    }

    @Test
    void aTraditionalQueryFindsSimplifiedText() {
        given().queryParam("q", "糾錯率").get("/api/search").then().statusCode(200).body("total", equalTo(3))
                .body("query", equalTo("纠错率"));
        given().queryParam("q", "调处　成功").get("/api/search").then().statusCode(200).body("query", equalTo("调处 成功"));
    }

    @Test
    void oneReportWithItsText() {
        given().get("/api/reports/00000000000000a2").then().statusCode(200)
                .body("id", equalTo("00000000000000a2")).body("text", containsString("调处成功率98.3%"))
                .body("indicators[0].key", equalTo("mediation.success_rate")).body("indicators[0].start", equalTo(13))
                .body("$", not(hasKey("searchTerms")))
                .body("region.province", equalTo("江苏省"));
        given().get("/api/reports/0000000000000fff").then().statusCode(404).body("reason", containsString("0000000000000fff"));
        given().get("/api/reports/not-an-id").then().statusCode(400).body("reason", containsString("16 hex"));
    }

    @Test
    void regionCodePrefixYearRangePartsTimelinessAndIndicators() {
        given().queryParam("code", "32").get("/api/reports").then().statusCode(200).body("total", equalTo(2));
        given().queryParam("code", "3206").get("/api/reports").then().statusCode(200).body("total", equalTo(1));
        given().queryParam("yearFrom", 2018).queryParam("yearTo", 2022).get("/api/reports").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].authority", equalTo("十堰市茅箭区人民政府"));
        given().queryParam("missingPart", "problems").get("/api/reports").then().statusCode(200).body("total", equalTo(1));
        given().queryParam("onTime", "false").get("/api/reports").then().statusCode(200).body("total", equalTo(2));
        given().queryParam("onTime", "false").queryParam("year", 2023).get("/api/reports").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo("00000000000000a2"));
        given().queryParam("hasIndicator", "mediation.disputes").get("/api/reports").then().statusCode(200).body("total", equalTo(1));
        given().queryParam("city", "十堰市").queryParam("county", "茅箭区").get("/api/reports").then().body("total", equalTo(1));
        given().queryParam("sort", "authority").get("/api/reports").then().statusCode(200)
                .body("items[0].authority", equalTo("十堰市茅箭区人民政府"));
    }

    @Test
    void badFilterValuesAre400() {
        given().queryParam("code", "3a").get("/api/reports").then().statusCode(400).body("reason", containsString("code"));
        given().queryParam("code", "^.*").get("/api/reports").then().statusCode(400);
        given().queryParam("yearFrom", 2023).queryParam("yearTo", 2020).get("/api/reports").then().statusCode(400);
        given().queryParam("hasPart", "everything").get("/api/reports").then().statusCode(400).body("reason", containsString("hasPart"));
        given().queryParam("onTime", "maybe").get("/api/reports").then().statusCode(400);
        given().queryParam("hasIndicator", "made.up").get("/api/reports").then().statusCode(400).body("reason", containsString("unknown indicator"));
        given().queryParam("sort", "$natural").get("/api/reports").then().statusCode(400).body("reason", containsString("sort"));
        given().queryParam("format", "xml").get("/api/reports").then().statusCode(400);
    }

    @Test
    void facetsAndCsv() {
        given().queryParam("facets", "true").get("/api/reports").then().statusCode(200)
                .body("facets.province.find { it.value == '江苏省' }.count", equalTo(2))
                .body("facets.level.find { it.value == 'county' }.count", equalTo(3))
                .body("facets.year.find { it.value == 2023 }.count", equalTo(2));
        String csv = given().queryParam("format", "csv").queryParam("code", "32").get("/api/reports").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("id,title,authority"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("00000000000000a2,通州区人民政府关于2023年法治政府建设情况的报告,通州区人民政府,county,江苏省,南通市,通州区,320612"), csv);
        given().header("Accept", "text/csv").get("/api/reports").then().statusCode(200).contentType(containsString("text/csv"));
    }

    @Test
    void searchFindsChineseWithSnippetsAndFilters() {
        given().queryParam("q", "纠错率").get("/api/search").then().statusCode(200)
                .body("total", equalTo(3)).body("items[0].snippets[0].text", containsString("«纠错率»"));
        given().queryParam("q", "纠错率").queryParam("province", "湖北省").get("/api/search").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo("00000000000000a4"))
                .body("items[0].matches", equalTo(1));
        given().queryParam("q", "调处成功").get("/api/search").then().body("total", equalTo(1));
        given().queryParam("q", "不存在的词语").get("/api/search").then().statusCode(200).body("total", equalTo(0));
        given().get("/api/search").then().statusCode(400).body("reason", containsString("q is required"));
        given().queryParam("q", "x".repeat(51)).get("/api/search").then().statusCode(400);
        given().queryParam("q", "{\"$ne\": 1}").get("/api/search").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void indicatorCatalogRankingSeriesAndComparison() {
        given().get("/api/indicators").then().statusCode(200)
                .body("find { it.key == 'reconsideration.correction_rate' }.reports", equalTo(3))
                .body("find { it.key == 'reconsideration.correction_rate' }.label", equalTo("行政复议纠错率"))
                .body("size()", equalTo(31));
        given().queryParam("year", 2023).get("/api/indicators/mediation.success_rate").then().statusCode(200)
                .body("statistics.count", equalTo(2)).body("statistics.max", equalTo(99.87f))
                .body("statistics.median", equalTo(99.085f))
                .body("values[0].authority", equalTo("重庆市荣昌区人民政府")).body("values[0].rank", equalTo(1))
                .body("values[0].text", equalTo("调解成功率99.87%"));
        given().queryParam("code", "42").get("/api/indicators/reconsideration.correction_rate").then()
                .body("values", hasSize(1)).body("values[0].value", equalTo(14.7f));
        given().queryParam("region", "420302").get("/api/indicators/reconsideration.correction_rate/series").then()
                .statusCode(200).body("series[0].reportYear", equalTo(2022));
        given().queryParam("regions", "50,32").get("/api/indicators/reconsideration.correction_rate").then().statusCode(200)
                .body("regions.'50'.values[0].value", equalTo(14.7f)).body("regions.'32'.values[0].value", equalTo(9.5f));
        given().get("/api/indicators/no.such.key").then().statusCode(400).body("reason", containsString("unknown indicator"));
        given().queryParam("region", "江苏").get("/api/indicators/mediation.success_rate/series").then().statusCode(200)
                .body("region", equalTo("32"));
        given().get("/api/indicators/mediation.success_rate/series").then().statusCode(400).body("reason", containsString("region"));
        given().queryParam("region", "江酥").get("/api/indicators/mediation.success_rate/series").then().statusCode(400);
        given().queryParam("format", "csv").get("/api/indicators/reconsideration.correction_rate").then().statusCode(200)
                .contentType(containsString("text/csv")).body(containsString("confidence")).body(containsString("0.9"));
    }

    @Test
    void aRankingCanKeepOnlyTheFiguresReadFromTheirOwnWording() {
        given().queryParam("year", 2023).queryParam("minConfidence", "0.8").get("/api/indicators/mediation.success_rate")
                .then().statusCode(200).body("statistics.count", equalTo(1))
                .body("values[0].authority", equalTo("重庆市荣昌区人民政府")).body("values[0].confidence", equalTo(0.9f));
        given().queryParam("year", 2023).queryParam("minConfidence", "0.6").get("/api/indicators/mediation.success_rate")
                .then().statusCode(200).body("statistics.count", equalTo(2));
        given().queryParam("regions", "32,50").queryParam("minConfidence", "0.9").get("/api/indicators/mediation.success_rate")
                .then().statusCode(200).body("regions.'32'.values", hasSize(0)).body("regions.'50'.values", hasSize(1));
        given().queryParam("region", "320612").get("/api/indicators/mediation.success_rate/series")
                .then().statusCode(200).body("series", hasSize(1));
        given().queryParam("region", "320612").queryParam("minConfidence", "0.9").get("/api/indicators/mediation.success_rate/series")
                .then().statusCode(200).body("series", hasSize(0));
        given().queryParam("minConfidence", "high").get("/api/indicators/mediation.success_rate").then().statusCode(400)
                .body("reason", containsString("minConfidence must be a number from 0 to 1"));
        given().queryParam("minConfidence", "1.5").get("/api/indicators/mediation.success_rate").then().statusCode(400);
    }

    @Test
    void aConfirmedFigureMakesTheReportReviewedAndItsGoldExportable() throws Exception {
        String id = "00000000000000a3";
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("reports.corrections", id + "|indicator:reconsideration.correction_rate=9.5",
                    new Document("reportId", id).append("target", "indicator:reconsideration.correction_rate=9.5")
                            .append("action", "confirm").append("key", "reconsideration.correction_rate").append("value", 9.5)
                            .append("by", "li").append("at", "2026-12-02T06:30:00Z").toJson())).get();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !readModel.correctionsOf(id).isEmpty());

        given().get("/api/reports/" + id).then().statusCode(200)
                .body("indicators[0].review", equalTo("confirmed")).body("review.corrections", equalTo(1))
                .body("review.log[0].by", equalTo("li"));
        given().queryParam("verified", "true").get("/api/reports").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        given().queryParam("verified", "maybe").get("/api/reports").then().statusCode(400).body("reason", containsString("verified"));
        given().queryParam("verified", "true").get("/api/indicators/reconsideration.correction_rate").then().statusCode(200)
                .body("values", hasSize(1)).body("values[0].review", equalTo("confirmed"));
        given().get("/api/reports/" + id + "/gold").then().statusCode(200)
                .body("file", equalTo(id + ".txt")).body("level", equalTo("city"))
                .body("indicators.'reconsideration.correction_rate'.primary", equalTo(9.5f));
        given().get("/api/reports/00000000000000a2/gold").then().statusCode(404).body("reason", containsString("no analyst review"));
        String export = given().get("/api/reports/gold").then().statusCode(200).extract().asString();
        assertEquals(1, export.lines().count());
        assertTrue(export.contains("\"text\":\"全市行政复议纠错率9.5%。\""), export);
        given().get("/api/indicators").then().statusCode(200)
                .body("find { it.key == 'reconsideration.correction_rate' }.review.confirm", equalTo(1));
    }

    @Test
    void complianceAndRegions() {
        given().queryParam("year", 2023).get("/api/compliance").then().statusCode(200)
                .body("reports", equalTo(2)).body("onTime", equalTo(1)).body("onTimeShare", equalTo(0.5f))
                .body("partShare.problems", equalTo(0.5f))
                .body("late", hasSize(1)).body("late[0].authority", equalTo("通州区人民政府")).body("late[0].daysLate", equalTo(22)).body("late[0].level", equalTo("county"))
                .body("byProvince.'江苏省'.onTimeShare", equalTo(0.0f)).body("byLevel.county.reports", equalTo(2));
        given().get("/api/regions").then().statusCode(200)
                .body("find { it.name == '江苏省' }.reports", equalTo(2))
                .body("find { it.name == '江苏省' }.children.find { it.name == '南通市' }.children[0].code", equalTo("320612"))
                .body("find { it.name == '重庆市' }.children[0].name", equalTo("荣昌区"));
        given().queryParam("level", "galaxy").get("/api/compliance").then().statusCode(400);
    }

    @Test
    void healthMetricsOpenApi() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'read-model' }.data.reports", equalTo(4));
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200).body(containsString("/api/reports/{id}"));
    }
}
