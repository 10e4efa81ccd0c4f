package com.fazhi.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fazhi.contract.model.ExtractedReport;
import com.fazhi.contract.model.RawReport;

class RuleBasedExtractorTest {

    private final ReportExtractor extractor = new RuleBasedExtractor();

    @Test
    void traditionalInputGivesSimplifiedValues() {
        String text = "2024年,郭家沱街道在區委、區政府的堅強領導下推進法治政府建設。\n重慶市江北區人民政府郭家沱街道辦事處\n2025年1月14日\n";
        ExtractedReport report = extractText(text);
        assertEquals("ok", report.status());
        assertEquals("hant", report.sourceScript());
        assertEquals("重庆市江北区人民政府郭家沱街道办事处", report.authority());
        assertEquals("township", report.level());
        assertEquals(2024, report.reportYear());
        assertEquals("2025-01-14", report.publishedAt());
        assertEquals(true, report.compliance().onTime());
    }

    @Test
    void aCountyLevelCityIsACounty() {
        ExtractedReport report = extractText(
                "义乌市人民政府关于2023年度法治政府建设情况的报告\n2023年,义乌市坚持以习近平法治思想为指导,落实金华市和浙江省部署。\n");
        assertEquals("county", report.level());
        assertEquals("330782", report.region().code());
        assertEquals("金华市", report.region().city());
    }

    /** dev71 QS01: a county-level 市 that says 全市 and names itself only in the documents it issued. */
    @Test
    void aCountyLevelCityNamedOnlyInItsOwnDocumentsIsPlacedThere() {
        ExtractedReport report = extractText(
                "一、法治政府建设总体情况\n2022年3月印发《博乐市创建法治政府建设示范市实施方案》,依法治市办对全市法治政府建设工作落实情况进行了检查,"
                        + "向市党委组织部提出《关于组建博乐市法治政府示范市创建工作专班的请示》。\n");
        assertEquals("652701", report.region().code());
        assertEquals("county", report.level());
        ExtractedReport prefecture = extractText(
                "2023年,全市坚持依法行政,依法治市办在全市推广《诸暨市“枫桥经验”工作规范》。\n");
        assertEquals(null, prefecture.region().county(), "a title the report spreads is another unit's");
    }

    /** dev71 QU02: 我市 whose opening names the city that honoured one of its towns, and the towns, is neither of them. */
    @Test
    void theBodyThatHonouredAndTheTownsPraisedAreNotTheCitysOwnPlace() {
        ExtractedReport report = extractText(
                "2022年,我市深入学习贯彻习近平法治思想,对标《广东省法治政府建设实施纲要》《南雄市法治政府建设实施方案》的要求,"
                        + "全面推进法治政府建设。水口镇下湖村获评全国“民主法治示范村”,乌迳镇政务服务大厅被评为韶关市镇级标杆大厅。\n");
        assertEquals("440282", report.region().code());
        assertEquals(null, report.region().township());
        assertEquals("county", report.level());
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
    void aWholeReportInGb18030GivesTheSameDocumentAsInUtf8() throws Exception {
        byte[] utf8 = seed("000_e8bd0da2750646bc");
        byte[] gb = new String(utf8, StandardCharsets.UTF_8).getBytes(java.nio.charset.Charset.forName("GB18030"));
        ExtractedReport fromUtf8 = extract(utf8);
        ExtractedReport fromGb = extract(gb);
        assertEquals(fromUtf8.title(), fromGb.title());
        assertEquals(fromUtf8.region(), fromGb.region());
        assertEquals(fromUtf8.indicators(), fromGb.indicators());
        assertEquals("500153", fromGb.region().code());
    }

    @Test
    void aTraditionalReportInBig5IsReadAndSimplified() throws Exception {
        String traditional = new String(seed("001_7d90e1eea6efa530"), StandardCharsets.UTF_8);
        ExtractedReport report = extract(traditional.getBytes(java.nio.charset.Charset.forName("Big5")));
        assertEquals("hant", report.sourceScript());
        assertEquals("重庆市江北区人民政府郭家沱街道办事处", report.authority());
        assertEquals("500105", report.region().code());
        assertEquals(true, report.indicators().stream().anyMatch(i -> i.key().equals("mediation.disputes") && i.value() == 319));
    }

    /** A pdf's text layer breaks its sentences at the page's width: the figures read are those of the paragraphs. */
    @Test
    void aTextWrappedAtThePagesWidthReadsAsItsParagraphs() {
        String paragraphs = "某县人民政府关于2023年法治政府建设情况的报告\n\n一、主要举措和成效\n"
                + "(一)深入学习贯彻习近平法治思想。县政府常务会议会前学法12次,组织全县领导干部参加法治专题培训,全年办理行政复议案件45件,"
                + "综合纠错率为8.9%,行政机关负责人出庭应诉率达到100%。\n"
                + "(二)严格规范公正文明执法。全年开展行政执法案卷评查2次,评查案件88件,组织执法人员培训560人次,开展普法宣传活动36场次。\n";
        StringBuilder wrapped = new StringBuilder();
        for (String line : paragraphs.split("\n", -1)) {
            for (int i = 0; i < line.length(); i += 19) {
                wrapped.append(line, i, Math.min(line.length(), i + 19)).append('\n');
            }
            if (line.isEmpty()) {
                wrapped.append('\n');
            }
        }
        java.util.List<String> read = extractText(paragraphs).indicators().stream().map(i -> i.key() + "=" + i.value()).toList();
        assertEquals(true, read.size() >= 5, read.toString());
        assertEquals(read, extractText(wrapped.toString()).indicators().stream().map(i -> i.key() + "=" + i.value()).toList());
    }

    private ExtractedReport extractText(String text) {
        return extractor.extract(new RawReport("x", "https://a.gov.cn", null, "t", null, "text/plain", text, null, null, null));
    }

    private ExtractedReport extract(byte[] bytes) {
        return extractor.extract(new RawReport("x", "https://a.gov.cn", null, "t", null, "text/plain", null, null, bytes, null));
    }

    private static byte[] seed(String name) throws java.io.IOException {
        try (java.io.InputStream in = RuleBasedExtractorTest.class.getResourceAsStream("/corpus/seeds/" + name + ".txt")) {
            return in.readAllBytes();
        }
    }

    @Test
    void idIsStableAcrossWrappingAndWidth() {
        assertEquals(ReportIds.ofText("关于2023年\n法治政府建设"), ReportIds.ofText("  关于２０２３年\r\n\r\n法治政府建设  "));
    }

    @Test
    void idIgnoresTheHostSitesFurniture() {
        String report = "某区人民政府关于2023年法治政府建设情况的报告\n全年办理行政复议案件34件。\n";
        assertEquals(ReportIds.ofText(report), ReportIds.ofText("当前位置:首页 > 政务公开\n" + report + "版权所有:某区人民政府\n"));
        assertEquals(false, ReportIds.ofText(report).equals(ReportIds.ofText(report.replace("34", "35"))));
    }

    /** A Traditional mirror that took Taiwan's words (規範性檔案, 資訊公開) reads as the mainland report it copies. */
    @Test
    void aTraditionalMirrorsTaiwanWordsReadAsTheMainlands() {
        ExtractedReport report = extract("2023年,本局審查規範性檔案23件,受理政府資訊公開申請128件。"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("hant", report.sourceScript());
        assertEquals(java.util.List.of("normative_docs.reviewed=23", "disclosure.applications=128"), report.indicators().stream()
                .map(i -> i.key() + "=" + Math.round(i.value())).toList());
    }
}
