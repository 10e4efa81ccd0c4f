package com.fazhi.query.storage;

import com.fazhi.contract.model.ReportDocumentCodec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fazhi.query.domain.Page;
import com.fazhi.query.domain.PageRequest;
import com.fazhi.query.domain.ReportFilter;
import com.fazhi.query.domain.SearchRanker;
import com.fazhi.query.domain.SortOrder;

class ReportReadModelTest {

    private final ReportReadModel model = new ReportReadModel();

    static Map<String, Object> doc(String id, String province, String code, int year, String published, String text) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", id);
        doc.put("title", province + year + "年法治政府建设情况的报告");
        doc.put("authority", province + "人民政府");
        doc.put("level", "province");
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("province", province);
        region.put("code", code);
        doc.put("region", region);
        doc.put("reportYear", year);
        doc.put("publishedAt", published);
        doc.put("parts", Map.of("problems", year > 2022, "plans", true));
        doc.put("compliance", Map.of("onTime", published.compareTo((year + 1) + "-03-31") <= 0));
        doc.put("indicators", List.of(Map.of("key", "mediation.success_rate", "value", 98.0)));
        doc.put("text", text);
        doc.put("sections", List.of(Map.of("heading", "一、", "text", text)));
        return doc;
    }

    @Test
    void listsFiltersSortsAndPagesWithoutTheText() {
        model.put(ReportDocumentCodec.fromJsonValues(doc("a", "江苏省", "320000", 2022, "2023-03-01", "行政复议")));
        model.put(ReportDocumentCodec.fromJsonValues(doc("b", "浙江省", "330000", 2023, "2024-05-01", "行政复议纠错率")));
        model.put(ReportDocumentCodec.fromJsonValues(doc("c", "江苏省", "320000", 2023, "2024-03-01", "调解")));

        Page all = model.find(ReportFilter.NONE, SortOrder.DEFAULT, new PageRequest(1, 2));
        assertEquals(3, all.total());
        assertEquals(List.of("b", "c"), all.items().stream().map(i -> i.get("id")).toList(), "newest year, then newest date");
        assertTrue(all.items().stream().noneMatch(i -> i.containsKey("text") || i.containsKey("sections")));

        Page jiangsuLate = model.find(ReportFilter.of("code", "32"),
                SortOrder.parse("published"), new PageRequest(1, 10));
        assertEquals(List.of("a", "c"), jiangsuLate.items().stream().map(i -> i.get("id")).toList());
        assertEquals(1, model.find(ReportFilter.of("missingPart", "problems"),
                SortOrder.DEFAULT, new PageRequest(1, 10)).total());
        assertEquals(1, model.find(ReportFilter.of("onTime", "false"),
                SortOrder.DEFAULT, new PageRequest(1, 10)).total());
    }

    @Test
    void aNewVersionReplacesTheOldOneEverywhereAndATombstoneDeletes() {
        model.put(ReportDocumentCodec.fromJsonValues(doc("a", "江苏省", "320000", 2022, "2023-03-01", "行政复议")));
        model.put(ReportDocumentCodec.fromJsonValues(doc("a", "江苏省", "320000", 2023, "2024-03-01", "人民调解")));
        assertEquals(1, model.size());
        assertEquals(2023, model.find(ReportFilter.NONE, SortOrder.DEFAULT, new PageRequest(1, 5)).items().get(0).get("reportYear"));
        assertTrue(model.searchCandidates(ReportFilter.NONE, List.of("行政", "政复", "复议")).isEmpty(), "the old text is gone");
        assertEquals(1, model.searchCandidates(ReportFilter.NONE, List.of("调解")).size());

        model.remove("a");
        assertEquals(0, model.size());
        assertEquals(0, model.find(ReportFilter.NONE, SortOrder.DEFAULT, new PageRequest(1, 5)).total());
        assertTrue(model.searchCandidates(ReportFilter.NONE, List.of("调解")).isEmpty());
    }

    @Test
    void searchCandidatesHoldEveryTermAndPassTheFilter() {
        model.put(ReportDocumentCodec.fromJsonValues(doc("a", "江苏省", "320000", 2022, "2023-03-01", "行政复议纠错率9%,行政复议案件")));
        model.put(ReportDocumentCodec.fromJsonValues(doc("b", "浙江省", "330000", 2023, "2024-03-01", "行政诉讼,复议")));
        model.put(ReportDocumentCodec.fromJsonValues(doc("c", "江苏省", "320000", 2023, "2024-03-01", "行政复议")));

        List<SearchRanker.Candidate> found = model.searchCandidates(ReportFilter.NONE, List.of("行政", "政复", "复议"));
        assertEquals(List.of("a", "c"), found.stream().map(c -> c.report().id()).sorted().toList(), "b lacks 政复");
        assertEquals(6, found.stream().filter(c -> c.report().id().equals("a")).findFirst().orElseThrow().termCount(),
                "each of the three bigrams twice");
        assertEquals(List.of("c"), model.searchCandidates(
                ReportFilter.of("year", "2023"),
                List.of("行政", "政复", "复议")).stream().map(c -> c.report().id()).toList());
    }

    @Test
    void facetsCountTheSelectedReports() {
        model.put(ReportDocumentCodec.fromJsonValues(doc("a", "江苏省", "320000", 2022, "2023-03-01", "x")));
        model.put(ReportDocumentCodec.fromJsonValues(doc("b", "浙江省", "330000", 2023, "2024-03-01", "x")));
        model.put(ReportDocumentCodec.fromJsonValues(doc("c", "江苏省", "320000", 2023, "2024-03-01", "x")));
        Map<String, List<Map<String, Object>>> facets = model.facets(ReportFilter.NONE);
        assertEquals(Map.of("value", "江苏省", "count", 2), facets.get("province").get(0));
        assertEquals(Map.of("value", 2023, "count", 2), facets.get("year").get(0));
        assertEquals(3, model.select(ReportFilter.NONE).size());
        assertTrue(model.select(ReportFilter.NONE).get(0).containsKey("indicators"));
    }

    @Test
    void aRepostOnAnotherSiteCountsOnceAndItsListItemSaysSo() {
        Map<String, Object> official = doc("g", "重庆市", "500000", 2023, "2024-03-01", com.fazhi.query.domain.RepostGroupsTest.REPORT);
        official.put("source", Map.of("url", "https://www.cq.gov.cn/a.html", "fetchedAt", "2024-03-05T00:00:00Z"));
        Map<String, Object> mirror = doc("m", "重庆市", "500000", 2023, "2024-03-01", com.fazhi.query.domain.RepostGroupsTest.MIRROR);
        mirror.put("source", Map.of("url", "http://mirror.example.com/a.html", "fetchedAt", "2024-03-01T00:00:00Z"));
        model.put(ReportDocumentCodec.fromJsonValues(mirror));
        model.put(ReportDocumentCodec.fromJsonValues(doc("x", "江苏省", "320000", 2023, "2024-03-01", "行政复议")));
        model.put(ReportDocumentCodec.fromJsonValues(official));

        assertEquals(3, model.size());
        assertEquals(2, model.reportCount());
        Page all = model.find(ReportFilter.NONE, SortOrder.DEFAULT, new PageRequest(1, 10));
        assertEquals(2, all.total());
        Map<String, Object> chongqing = all.items().stream().filter(i -> "g".equals(i.get("id"))).findFirst().orElseThrow();
        assertEquals(2, chongqing.get("sourceCount"));
        assertEquals(Map.of("value", "重庆市", "count", 1), model.facets(ReportFilter.NONE).get("province").stream()
                .filter(f -> "重庆市".equals(f.get("value"))).findFirst().orElseThrow());
        assertEquals(2, model.select(ReportFilter.NONE).size());
        assertEquals(1, model.searchCandidates(ReportFilter.NONE, List.of("调解")).size(), "search finds the report once");
        assertEquals(List.of("g", "m"), model.sourcesOf("m").stream().map(s -> s.id()).toList());

        model.remove("g");
        assertEquals(2, model.reportCount(), "the mirror stands in for the deleted original");
        assertEquals(List.of("m"), model.sourcesOf("m").stream().map(s -> s.id()).toList());
    }

    @Test
    void correctionsApplyWhicheverArrivesFirstAndSurviveANewVersion() {
        model.correct("a", "field:level", Map.of("action", "set", "field", "level", "value", "county", "before", "province",
                "by", "li", "at", "2026-12-02T06:30:00Z"));
        model.put(ReportDocumentCodec.fromJsonValues(doc("a", "江苏省", "320000", 2023, "2024-03-01", "行政复议")));
        ReportFilter county = ReportFilter.of("level", "county");
        assertEquals(1, model.find(county, SortOrder.DEFAULT, new PageRequest(1, 5)).total(), "the correction waited for its report");

        model.correct("a", "indicator:mediation.success_rate=98", Map.of("action", "reject", "key", "mediation.success_rate",
                "value", 98.0, "by", "li", "at", "2026-12-02T06:31:00Z"));
        assertEquals(List.of(), model.select(ReportFilter.NONE).get(0).get("indicators"), "a rejected figure leaves the aggregations");

        model.put(ReportDocumentCodec.fromJsonValues(doc("a", "江苏省", "320000", 2023, "2024-03-01", "人民调解"))); // re-extracted
        Map<String, Object> item = model.find(ReportFilter.NONE, SortOrder.DEFAULT, new PageRequest(1, 5)).items().get(0);
        assertEquals("county", item.get("level"), "the new version keeps the correction");
        assertEquals(2, ((Map<?, ?>) item.get("review")).get("corrections"));
        assertEquals(2, model.correctionsOf("a").size());

        model.put(ReportDocumentCodec.fromJsonValues(doc("b", "浙江省", "330000", 2023, "2024-03-01", "调解")));
        model.correct("b", "indicator:mediation.success_rate=98", Map.of("action", "confirm", "key", "mediation.success_rate",
                "value", 98.0, "by", "li", "at", "2026-12-02T06:32:00Z"));
        model.put(ReportDocumentCodec.fromJsonValues(doc("c", "福建省", "350000", 2023, "2024-03-01", "复议")));
        ReportFilter verified = ReportFilter.of("verified", "true");
        assertEquals(List.of("a", "b"), model.find(verified, SortOrder.parse("authority"), new PageRequest(1, 5)).items().stream()
                .map(i -> i.get("id")).sorted().toList(), "verified=true: the reviewed reports");
        assertEquals(List.of("浙江省人民政府"), com.fazhi.query.domain.IndicatorRanking.rank(model.select(verified),
                "mediation.success_rate", null, new com.fazhi.query.domain.FigureSelection(true, null)).rows().stream().map(r -> r.get("authority")).toList(),
                "in a verified ranking only confirmed or corrected figures count");
        assertEquals(2, com.fazhi.query.domain.IndicatorRanking.rank(model.select(ReportFilter.NONE), "mediation.success_rate",
                null, com.fazhi.query.domain.FigureSelection.ALL).rows().size(), "unverified: b's and c's figures; a's was rejected");
        model.remove("b");
        model.remove("c");

        model.correct("a", "field:level", null);
        model.correct("a", "indicator:mediation.success_rate=98", null);
        assertEquals("province", model.find(ReportFilter.NONE, SortOrder.DEFAULT, new PageRequest(1, 5)).items().get(0).get("level"),
                "withdrawn: the engine's reading again");
        assertEquals(1, model.select(ReportFilter.NONE).get(0).get("indicators") instanceof List<?> l ? l.size() : -1);
    }

    @Test
    void oneBodysReportsAreLinkedAcrossTheYears() {
        model.put(ReportDocumentCodec.fromJsonValues(doc("a23", "江苏省", "320000", 2023, "2024-03-01", "x")));
        model.put(ReportDocumentCodec.fromJsonValues(doc("a21", "江苏省", "320000", 2021, "2022-03-01", "x")));
        model.put(ReportDocumentCodec.fromJsonValues(doc("z23", "浙江省", "330000", 2023, "2024-03-01", "x")));
        Map<String, Object> bureau = doc("b23", "江苏省", "320000", 2023, "2024-03-01", "x");
        bureau.put("authority", "江苏省司法厅");
        bureau.put("level", "department");
        model.put(ReportDocumentCodec.fromJsonValues(bureau));
        assertEquals(List.of("a21", "a23"), model.sameAuthority("a23").stream().map(r -> r.id()).toList());
        assertEquals(List.of("b23"), model.sameAuthority("b23").stream().map(r -> r.id()).toList());
        Map<String, Object> years = com.fazhi.query.domain.YearOverYear.of(model.sameAuthority("a21"));
        assertEquals(List.of(2021, 2023), ((List<?>) ((Map<?, ?>) years.get("indicators")).get("mediation.success_rate")).stream()
                .map(p -> ((Map<?, ?>) p).get("reportYear")).toList());
        assertTrue(model.sameAuthority("nope").isEmpty());
    }

    @Test
    void aCorrectionMadeThroughAnySourceHoldsForTheReportWhicheverSourceIsCanonical() {
        Map<String, Object> mirror = doc("m", "重庆市", "500000", 2023, "2024-03-01", com.fazhi.query.domain.RepostGroupsTest.MIRROR);
        mirror.put("source", Map.of("url", "http://mirror.example.com/a.html", "fetchedAt", "2024-03-01T00:00:00Z"));
        model.put(ReportDocumentCodec.fromJsonValues(mirror));
        model.correct("m", "field:level", Map.of("action", "set", "field", "level", "value", "county", "before", "province",
                "by", "li", "at", "2026-12-02T06:30:00Z"));
        assertEquals("county", model.find(ReportFilter.NONE, SortOrder.DEFAULT, new PageRequest(1, 5)).items().get(0).get("level"));

        Map<String, Object> official = doc("g", "重庆市", "500000", 2023, "2024-03-01", com.fazhi.query.domain.RepostGroupsTest.REPORT);
        official.put("source", Map.of("url", "https://www.cq.gov.cn/a.html", "fetchedAt", "2024-03-05T00:00:00Z"));
        model.put(ReportDocumentCodec.fromJsonValues(official)); // the government's own copy arrives: it becomes canonical
        Map<String, Object> item = model.find(ReportFilter.NONE, SortOrder.DEFAULT, new PageRequest(1, 5)).items().get(0);
        assertEquals("g", item.get("id"));
        assertEquals("county", item.get("level"), "the mirror's correction holds for the report");
        assertEquals(1, model.correctionsOf("g").size());
        assertEquals(List.of("g"), model.reviewedIds());
    }

    @Test
    void aWithdrawalRestoresTheEnginesReadingAndStaysInTheLog() {
        model.put(ReportDocumentCodec.fromJsonValues(doc("w", "江苏省", "320000", 2023, "2024-03-01", "x")));
        model.correct("w", "field:level", Map.of("action", "set", "field", "level", "value", "county", "before", "province",
                "by", "li", "at", "2026-12-02T06:30:00Z"));
        model.correct("w", "field:level", Map.of("action", "withdraw", "field", "level", "by", "wang", "at", "2026-12-02T07:00:00Z"));
        Map<String, Object> item = model.find(ReportFilter.NONE, SortOrder.DEFAULT, new PageRequest(1, 5)).items().get(0);
        assertEquals("province", item.get("level"));
        Map<?, ?> review = (Map<?, ?>) item.get("review");
        assertEquals(0, review.get("corrections"));
        assertEquals("wang", ((Map<?, ?>) ((List<?>) review.get("log")).get(0)).get("by"), "who withdrew it, and when");
        assertEquals(List.of(), model.reviewedIds(), "a report whose corrections were all withdrawn is not reviewed");
        assertEquals(0, model.find(ReportFilter.of("verified", "true"),
                SortOrder.DEFAULT, new PageRequest(1, 5)).total());
    }
}
