package com.fazhi.query;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.List;

import jakarta.inject.Inject;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;

/** What query-service answers over documents as extract-service stores them; the store is chosen by the subclass. */
abstract class QueryApiContract {

    @Inject
    MongoClient mongo;

    @BeforeEach
    void loadReports() {
        MongoCollection<Document> reports = mongo.getDatabase("fazhi").getCollection("reports");
        reports.drop();
        reports.insertMany(List.of(
                report("00000000000000a1", "重庆市荣昌区人民政府", "county", "重庆市", 2023, "2024-02-26"),
                report("00000000000000a2", "通州区人民政府", "county", "江苏省", 2023, "2024-02-22"),
                report("00000000000000a3", "淮安市人民政府", "city", "江苏省", 2017, "2018-05-03"),
                report("00000000000000a4", "十堰市茅箭区人民政府", "county", "湖北省", 2022, "2023-03-27")));
    }

    static Document report(String id, String authority, String level, String province, int year, String published) {
        return new Document("_id", id).append("status", "ok").append("title", authority + "关于" + year + "年法治政府建设情况的报告")
                .append("authority", authority).append("level", level)
                .append("region", new Document("province", province).append("city", null).append("county", null)
                        .append("township", null).append("code", null))
                .append("reportYear", year).append("publishedAt", published).append("text", "全文" + authority)
                .append("indicators", List.of()).append("source", new Document("url", "https://example.gov.cn/" + id));
    }

    @Test
    void listsNewestYearFirstWithoutTheText() {
        given().get("/api/reports").then().statusCode(200)
                .body("total", equalTo(4)).body("page", equalTo(1)).body("size", equalTo(20))
                .body("items", hasSize(4))
                .body("items.reportYear", equalTo(List.of(2023, 2023, 2022, 2017)))
                .body("items[0].id", equalTo("00000000000000a1"))
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
        given().queryParam("province", "{\"$ne\": null}").get("/api/reports").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("province", ".*").get("/api/reports").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void oneReportWithItsText() {
        given().get("/api/reports/00000000000000a2").then().statusCode(200)
                .body("id", equalTo("00000000000000a2")).body("text", equalTo("全文通州区人民政府"))
                .body("region.province", equalTo("江苏省"));
        given().get("/api/reports/0000000000000fff").then().statusCode(404).body("reason", containsString("0000000000000fff"));
        given().get("/api/reports/not-an-id").then().statusCode(400).body("reason", containsString("16 hex"));
    }

    @Test
    void healthMetricsOpenApi() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200).body(containsString("/api/reports/{id}"));
    }
}
