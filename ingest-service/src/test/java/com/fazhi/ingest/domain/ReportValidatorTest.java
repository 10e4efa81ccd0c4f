package com.fazhi.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import com.fazhi.contract.model.RawReport;

class ReportValidatorTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private final ReportValidator validator = new ReportValidator(1000);

    private static CrawlerReport text(String text) {
        return new CrawlerReport("https://a.gov.cn/r.html", "2024-03-01", "c", " 标题 ", text, null, null, null);
    }

    @Test
    void textReportGetsItsContentIdAndNormalisedFields() {
        RawReport raw = validator.fromJson(text("法治政府建设报告"), NOW);
        assertEquals(16, raw.id().length());
        assertEquals("2024-03-01T00:00:00Z", raw.fetchedAt());
        assertEquals("标题", raw.title());
        assertEquals(NOW.toString(), raw.receivedAt());
    }

    @Test
    void htmlAndTextOfTheSameReportShareAnId() {
        RawReport fromText = validator.fromJson(text("法治政府建设报告"), NOW);
        RawReport fromHtml = validator.fromJson(new CrawlerReport("https://b.gov.cn/", null, "c", null, null,
                "<html><body><p>法治政府建设报告</p></body></html>", null, null), NOW);
        assertEquals(fromText.id(), fromHtml.id());
        String base64 = Base64.getEncoder().encodeToString("法治政府建设报告".getBytes(StandardCharsets.UTF_8));
        RawReport fromBytes = validator.fromJson(new CrawlerReport("https://c.gov.cn/", null, "c", null, null, null,
                base64, "text/plain"), NOW);
        assertEquals(fromText.id(), fromBytes.id());
    }

    @Test
    void limitsAndTypes() {
        assertEquals(413, assertThrows(RejectedReportException.class,
                () -> validator.fromJson(text("法".repeat(400)), NOW)).status());
        assertEquals(415, assertThrows(RejectedReportException.class, () -> validator.fromUpload(new byte[] {1},
                "image/png", "https://a.gov.cn/", null, null, null, NOW)).status());
        assertEquals(400, assertThrows(RejectedReportException.class,
                () -> validator.fromJson(null, NOW)).status());
    }

    @Test
    void fetchedAtMustBePlausible() {
        assertNull(ReportValidator.checkFetchedAt(null, NOW));
        assertEquals("2024-03-01T08:00:00Z", ReportValidator.checkFetchedAt("2024-03-01T16:00:00+08:00", NOW));
        RejectedReportException future = assertThrows(RejectedReportException.class,
                () -> ReportValidator.checkFetchedAt("2030-01-01T00:00:00Z", NOW));
        assertTrue(future.getMessage().contains("plausible"));
        assertThrows(RejectedReportException.class, () -> ReportValidator.checkFetchedAt("1999-12-31", NOW));
    }
}
