package com.fazhi.contract.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

class ReportDocumentCodecTest {

    static ReportDocument sample() {
        ExtractedReport report = new ExtractedReport(ExtractedReport.OK, null, "0.4.0+abc", "某县2023年法治政府建设年度报告",
                "某县人民政府", "county", new Region("江苏省", "南京市", "某县", null, "320100"), 2023, "2024-03-20", "hans",
                List.of(new Section("一", "主要举措", 1, "measures", List.of(new Section("一", "学法", 2, "other", List.of())))),
                new Parts(true, true, false, true),
                List.of(new Indicator("law_study.sessions", 6, "次", 2023, "会前学法6次", "学法", 10, 12, 0.9)),
                List.of("某县法治政府建设实施方案"), new Compliance(true, "2024-04-01", List.of("problems")), "会前学法6次。");
        return new ReportDocument("abc123", ReportDocument.SCHEMA_VERSION, report,
                new ReportDocument.Source("https://www.example.gov.cn/a.html", "crawler-1", "2024-03-21T08:00:00Z",
                        "2024-03-21T08:00:05Z", "页面标题", "text/html", "crawler-key"),
                Instant.parse("2024-03-21T08:00:06Z"), new ReportDocument.Fingerprint("AAAA", 42));
    }

    @Test
    void theEventAndTheStoredDocumentReadBackAsWritten() {
        ReportDocument doc = sample();
        assertEquals(doc, ReportDocumentCodec.fromEventJson(doc.id(), ReportDocumentCodec.toEventJson(doc)));
        Document bson = ReportDocumentCodec.toBson(doc);
        assertEquals("abc123", bson.get("_id"));
        assertInstanceOf(java.util.Date.class, bson.get("extractedAt"), "a date in the store, so it sorts and expires");
        assertEquals(doc, ReportDocumentCodec.fromBson(Document.parse(bson.toJson())));
        assertEquals(doc, ReportDocumentCodec.fromBson(bson));
    }

    @Test
    void theFieldsAreFlatAsTheSpecsReportIs() {
        Map<String, Object> values = ReportDocumentCodec.toJsonValues(sample());
        assertEquals("abc123", values.get("id"));
        assertEquals("某县人民政府", values.get("authority"));
        assertEquals(1, values.get("schemaVersion"));
        assertEquals("2024-03-21T08:00:06Z", values.get("extractedAt"));
        assertTrue(values.get("region") instanceof Map<?, ?> r && "320100".equals(r.get("code")));
        assertFalse(ReportDocumentCodec.toEventJson(sample()).contains("\"id\""), "the event's id is its key");
    }

    @Test
    void aDocumentWithoutSchemaVersionIsTheFirstShapeAndUnknownFieldsAreIgnored() {
        ReportDocument doc = ReportDocumentCodec.fromEventJson("x",
                "{\"title\":\"标题\",\"reportYear\":2022,\"searchTerms\":[\"标题\"],\"review\":{\"reviewed\":true}}");
        assertEquals(1, doc.schemaVersion());
        assertEquals("标题", doc.report().title());
        assertEquals(2022, doc.report().reportYear());
    }

    @Test
    void aNewerShapeOrABrokenBodyIsRefusedWithItsReason() {
        var newer = assertThrows(ReportDocumentCodec.UnreadableDocumentException.class,
                () -> ReportDocumentCodec.fromEventJson("x", "{\"schemaVersion\":2,\"title\":\"t\"}"));
        assertTrue(newer.getMessage().contains("schema version 2"), newer.getMessage());
        assertThrows(ReportDocumentCodec.UnreadableDocumentException.class, () -> ReportDocumentCodec.fromEventJson("x", "{not json"));
        assertThrows(ReportDocumentCodec.UnreadableDocumentException.class,
                () -> ReportDocumentCodec.fromEventJson("x", "{\"reportYear\":\"soon\"}"));
        assertThrows(ReportDocumentCodec.UnreadableDocumentException.class, () -> ReportDocumentCodec.fromEventJson("x", "null"));
    }
}
