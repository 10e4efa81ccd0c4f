package com.fazhi.query.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fazhi.reference.dedup.MinHash;
import com.fazhi.reference.dedup.RepostDecision;

public class RepostGroupsTest {

    public static final String REPORT = "2023年,我区深入学习贯彻习近平法治思想,全面推进法治政府建设。区政府常务会议会前学法12次,组织领导干部旁听庭审3次。"
            + "全年办理行政复议案件45件,纠错率8.9%。开展普法宣传活动120场次,调解矛盾纠纷860件,调解成功率98.5%。"
            + "规范性文件合法性审核18件,行政机关负责人出庭应诉率100%。";
    /** The same report on a mirror site: Traditional script, full-width punctuation, the mirror's own header. */
    public static final String MIRROR = "首頁 > 政務公開\n2023年，我區深入學習貫徹習近平法治思想，全面推進法治政府建設。區政府常務會議會前學法12次，組織領導幹部旁聽庭審3次。"
            + "全年辦理行政復議案件45件，糾錯率8.9%。開展普法宣傳活動120場次，調解矛盾糾紛860件，調解成功率98.5%。"
            + "規範性文件合法性審核18件，行政機關負責人出庭應訴率100%。";

    static RepostGroups.Source source(String id, String text, Integer year, String code, String url, String fetchedAt) {
        return new RepostGroups.Source(id, new RepostDecision.Copy(MinHash.of(text), year, code, null), url, fetchedAt, null);
    }

    @Test
    void aMirrorJoinsTheReportAndTheGovernmentSiteIsCanonicalEvenWhenFetchedLater() {
        RepostGroups groups = new RepostGroups();
        groups.put(source("m", MIRROR, 2023, "500153", "http://mirror.example.com/a.html", "2024-03-01T00:00:00Z"));
        assertTrue(groups.isCanonical("m"), "alone, the mirror is its own report");
        groups.put(source("g", REPORT, 2023, "500153", "https://www.rongchang.gov.cn/zwgk/a.html", "2024-03-05T00:00:00Z"));
        assertEquals("g", groups.canonicalOf("m"));
        assertEquals(List.of("g", "m"), groups.sourcesOf("m").stream().map(RepostGroups.Source::id).toList());
        assertFalse(groups.isCanonical("m"));
    }

    @Test
    void withoutAGovernmentSiteTheEarliestFetchedIsCanonical() {
        RepostGroups groups = new RepostGroups();
        groups.put(source("late", REPORT, 2023, null, "http://a.example.com/", "2024-05-01T00:00:00Z"));
        groups.put(source("early", MIRROR, 2023, null, "http://b.example.com/", "2024-04-01T00:00:00Z"));
        assertEquals("early", groups.canonicalOf("late"));
    }

    @Test
    void theSameTemplateForAnotherYearOrAnotherDistrictStaysApart() {
        RepostGroups groups = new RepostGroups();
        groups.put(source("y2023", REPORT, 2023, "500153", "https://a.gov.cn/1", null));
        groups.put(source("y2024", REPORT.replace("2023年", "2024年"), 2024, "500153", "https://a.gov.cn/2", null));
        groups.put(source("other", REPORT, 2023, "500151", "https://b.gov.cn/1", null));
        groups.put(source("news", "新闻:区政府召开会议。" + REPORT.substring(0, 40) + "会议要求各部门认真落实,确保各项工作任务按时完成,推动全区法治建设再上新台阶。",
                2023, "500153", "https://news.example.com/", null));
        for (String id : List.of("y2023", "y2024", "other", "news")) {
            assertEquals(1, groups.sourcesOf(id).size(), id + " is a report of its own");
            assertTrue(groups.isCanonical(id));
        }
    }

    @Test
    void theGroupsDoNotDependOnTheOrderDocumentsArriveIn() {
        List<RepostGroups.Source> all = List.of(
                source("a", REPORT, 2023, "500153", "http://x.example.com/", "2024-03-03"),
                source("b", MIRROR, 2023, "500153", "http://y.example.com/", "2024-03-02"),
                source("c", REPORT.substring(0, REPORT.length() - 10), 2023, null, "https://cq.gov.cn/", "2024-03-09"),
                source("d", REPORT.replace("2023年", "2022年"), 2022, "500153", "http://z.example.com/", "2023-03-01"));
        for (List<RepostGroups.Source> order : permutations(all)) {
            RepostGroups groups = new RepostGroups();
            order.forEach(groups::put);
            assertEquals(List.of("c", "b", "a"), groups.sourcesOf("a").stream().map(RepostGroups.Source::id).toList(),
                    "order " + order.stream().map(RepostGroups.Source::id).toList());
            assertEquals(List.of("d"), groups.sourcesOf("d").stream().map(RepostGroups.Source::id).toList());
        }
    }

    @Test
    void removingTheCanonicalSourceHandsTheReportToTheNextAndReplacingReGroups() {
        RepostGroups groups = new RepostGroups();
        groups.put(source("g", REPORT, 2023, null, "https://a.gov.cn/", "2024-03-05"));
        groups.put(source("m", MIRROR, 2023, null, "http://m.example.com/", "2024-03-01"));
        assertEquals(java.util.Set.of("m"), groups.remove("g"));
        assertTrue(groups.isCanonical("m"));
        assertEquals(1, groups.sourcesOf("m").size());
        groups.put(source("g", REPORT, 2023, null, "https://a.gov.cn/", "2024-03-05"));
        assertEquals("g", groups.canonicalOf("m"));
        // a new version of the mirror that reads another year leaves the report
        groups.put(source("m", MIRROR, 2022, null, "http://m.example.com/", "2024-03-01"));
        assertEquals(1, groups.sourcesOf("g").size());
        assertTrue(groups.isCanonical("m"));
    }

    @Test
    void aCopyThatKnowsLessDoesNotBridgeTwoYearsIntoOneReport() {
        // the same template for 2022 and 2023, and a copy of it that names no year: it may join one of them, never both
        List<RepostGroups.Source> all = List.of(
                source("y22", REPORT.replace("2023年", "2022年"), 2022, "500153", "https://a.gov.cn/22", "2023-03-01"),
                source("y23", REPORT, 2023, "500153", "https://a.gov.cn/23", "2024-03-01"),
                source("bare", REPORT.replace("2023年", ""), null, "500153", "http://m.example.com/", "2024-03-02"));
        for (List<RepostGroups.Source> order : permutations(all)) {
            RepostGroups groups = new RepostGroups();
            order.forEach(groups::put);
            assertFalse(groups.sourcesOf("y22").stream().anyMatch(s -> s.id().equals("y23")),
                    "order " + order.stream().map(RepostGroups.Source::id).toList());
        }
    }

    @Test
    void aTextTooShortToCompareIsAlwaysAReportOfItsOwn() {
        RepostGroups groups = new RepostGroups();
        groups.put(source("e1", "", null, null, "http://a.example.com/", null));
        groups.put(source("e2", "", null, null, "http://b.example.com/", null));
        groups.put(source("s1", "法治政府建设报告", 2023, null, "http://c.example.com/", null));
        groups.put(source("s2", "法治政府建设报告", 2023, null, "http://d.example.com/", null));
        for (String id : List.of("e1", "e2", "s1", "s2")) {
            assertEquals(1, groups.sourcesOf(id).size(), id);
        }
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T head = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> p = new ArrayList<>();
                p.add(head);
                p.addAll(tail);
                out.add(p);
            }
        }
        return out;
    }
}
