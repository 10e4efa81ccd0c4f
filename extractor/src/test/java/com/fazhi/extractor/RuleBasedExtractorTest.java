package com.fazhi.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fazhi.extractor.model.ExtractedReport;
import com.fazhi.extractor.model.RawReport;

class RuleBasedExtractorTest {

    private final ReportExtractor extractor = new RuleBasedExtractor();

    @Test
    void traditionalInputGivesSimplifiedValues() {
        String text = "2024年,郭家沱街道在區委、區政府的堅強領導下推進法治政府建設。\n重慶市江北區人民政府郭家沱街道辦事處\n2025年1月14日\n";
        ExtractedReport report = extractor.extract(new RawReport("x", "https://a.gov.cn", null, "t", null, "text/plain",
                text, null, null, null));
        assertEquals("ok", report.status());
        assertEquals("hant", report.sourceScript());
        assertEquals("重庆市江北区人民政府郭家沱街道办事处", report.authority());
        assertEquals("township", report.level());
        assertEquals(2024, report.reportYear());
        assertEquals("2025-01-14", report.publishedAt());
        assertEquals(true, report.compliance().onTime());
    }

    @Test
    void unreadableInputYieldsADocumentThatSaysWhy() {
        ExtractedReport report = extractor.extract(new RawReport("x", "https://a.gov.cn", null, "t", null,
                "application/pdf", null, null, "%PDF-broken".getBytes(StandardCharsets.US_ASCII), null));
        assertEquals("unreadable", report.status());
        assertEquals(true, report.problem().contains("pdf"));
        ExtractedReport empty = extractor.extract(new RawReport("x", "https://a.gov.cn", null, "t", null, null, null,
                null, null, null));
        assertEquals("unreadable", empty.status());
    }

    @Test
    void idIsStableAcrossWrappingAndWidth() {
        assertEquals(ReportIds.ofText("关于2023年\n法治政府建设"), ReportIds.ofText("  关于２０２３年\r\n\r\n法治政府建设  "));
    }
}
