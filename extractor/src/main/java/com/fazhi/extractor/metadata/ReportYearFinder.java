package com.fazhi.extractor.metadata;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fazhi.extractor.text.TitleMarks;

/**
 * The year the report covers, from the surest statement down: the title's year; the first part's heading
 * ("一、2022年度推进法治政府建设的主要举措和成效", "一、2022年工作开展情况"); the year the text says it reports on
 * (2023年法治政府建设…, 2023年以来, 2023年,); an opening that starts with the year (2022年仁和街道…); "现将2023年度…
 * 报告如下" (or "现2025年我镇…报告如下"); the year before publication; the year of the plan its opening says it
 * carried out (为贯彻落实…《2025年全县法治政府建设工作要点》…); the year the text names most often (at least twice,
 * outside 《》).
 */
public final class ReportYearFinder {

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern FIRST_PART = Pattern.compile("(?m)^\\s*一\\s*[、.．]\\s*(20\\d{2})\\s*年度?(?![0-9一二三四五六七八九十]{1,2}月)");
    private static final Pattern YEAR_OF_WORK = Pattern.compile("(20\\d{2})\\s*(?:年度?(?:推进|开展)?(?:法治政府建设|法治建设|依法行政|以来|,|,)|以来)");
    /**
     * A year's report named as what a meeting reviewed or a site made public ("…常务会议审议了2023年度法治政府建设年度报告",
     * "按时公开2022年度法治政府建设情况报告"): the report before this one, not the year this one covers (a report sent,
     * 报送我局2022年度…报告, or made public here, 现公布/现予公开…, is this one).
     */
    private static final Pattern EARLIER_REPORT = Pattern.compile(
            "(?<!现|现予|予以)(?:审议|听取|公开|公布|发布)(?:通过)?[了过]?(?:\\S{0,6}?[、和])?\\S{0,2}$");
    /** What names a year's report after its year: "(2023年度法治政府建设)年度报告", "…工作情况汇报". */
    private static final Pattern REPORT_NAMED = Pattern.compile("^[^,。,;;]{0,12}?(?:报告|汇报)");
    /** How far before a year {@link #EARLIER_REPORT}'s verb may stand. */
    private static final int VERB_REACH = 12;
    /** How far after a year {@link #REPORT_NAMED} looks for the report's name. */
    private static final int NAME_REACH = 20;
    private static final Pattern OPENS_WITH_YEAR = Pattern.compile("(?m)^\\s*(20\\d{2})\\s*年度?(?![0-9一二三四五六七八九十]{1,2}月)");
    private static final Pattern REPORTED_HERE = Pattern.compile("(?:现将|(?<![\\u4e00-\\u9fa5])现(?=[^。]{0,60}?报告如下))[^。]{0,20}?(20\\d{2})\\s*年度?");
    private static final int FREQUENCY_CHARS = 3000;
    /** How far into the opening "X年以来" is the report's own year, not a span the body counts over. */
    private static final int SINCE_REACH = 200;
    /**
     * A breadcrumb that ends in the year's column under the reports' column ("首页> 政务公开> 法治政府建设年度报告 >
     * 2021年度"): the site files the report under the year it covers.
     */
    private static final Pattern BREADCRUMB_YEAR = Pattern.compile(
            "(?m)^[^\\n]{0,80}?[>›»][^\\n]{0,80}?(?:报告|法治政府|依法行政)[^\\n>›»]{0,20}[>›»]\\s*(20\\d{2})\\s*年度?\\s*$");
    private static final int BREADCRUMB_CHARS = 600;
    /** How far into the text the year's plan is looked for (its first part, where a report says what it made or followed). */
    private static final int PLAN_CHARS = 800;
    /** A year's plan cited by its title: 《2025年全县法治政府建设工作要点》, 《2020年水政执法工作计划》. */
    private static final Pattern PLAN_OF_THE_YEAR = Pattern.compile(
            "《[^《》]{0,20}?(?<![—–\\-~至到])(20\\d{2})\\s*年度?[^《》]{0,40}?(?:工作要点|要点|工作计划|计划|任务清单|工作安排|实施方案|工作方案)》");

    /** The same plan named without 《》 where the report says it drew it up: 研究确定2024年人社法治工作重点, 制定2023年普法工作要点. */
    private static final Pattern PLAN_DRAWN_UP = Pattern.compile(
            "(?:制定|印发|确定|出台|下发)了?(20\\d{2})\\s*年度?[^,。;;,《》\\d]{0,16}?(?:工作要点|工作重点|工作计划|任务清单|工作安排)");

    private ReportYearFinder() {
    }

    public static Integer find(String title, String text, String publishedAt) {
        return find(title, text, publishedAt, 0);
    }

    /** With where the body's opening starts: "X年以来" names the report's year there only. */
    public static Integer find(String title, String text, String publishedAt, int openingStart) {
        if (title != null) {
            Matcher m = YEAR.matcher(title);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        for (Pattern statement : new Pattern[] {FIRST_PART, YEAR_OF_WORK, OPENS_WITH_YEAR, REPORTED_HERE}) {
            Matcher m = statement.matcher(text);
            while (m.find()) {
                if (statement == YEAR_OF_WORK && reportItReviewed(text, m)) {
                    continue;
                }
                if (statement != YEAR_OF_WORK || m.start() < openingStart + SINCE_REACH || !m.group().endsWith("以来")) {
                    return Integer.valueOf(m.group(1));
                } // "2021年以来新提任…" deep in a 2024 report is a span of years, not the report's
            }
        }
        Matcher crumb = BREADCRUMB_YEAR.matcher(text.substring(0, Math.min(text.length(), BREADCRUMB_CHARS)));
        if (crumb.find() && (publishedAt == null || Integer.parseInt(crumb.group(1)) < Integer.parseInt(publishedAt.substring(0, 4)))) {
            return Integer.valueOf(crumb.group(1)); // a column of the year published (>2024年 over a 2024-02 date) is not the year covered
        }
        if (publishedAt != null) {
            return Integer.parseInt(publishedAt.substring(0, 4)) - 1;
        }
        Matcher plan = PLAN_OF_THE_YEAR.matcher(text.substring(0, Math.min(text.length(), PLAN_CHARS)));
        if (plan.find()) {
            return Integer.valueOf(plan.group(1)); // the year's plan its opening follows: the year the report covers
        }
        Matcher drawnUp = PLAN_DRAWN_UP.matcher(text.substring(0, Math.min(text.length(), PLAN_CHARS)));
        if (drawnUp.find()) {
            return Integer.valueOf(drawnUp.group(1));
        }
        return mostNamed(text);
    }

    /** Whether the year at {@code m} names a report that a meeting reviewed or a site made public ({@link #EARLIER_REPORT}). */
    private static boolean reportItReviewed(String text, Matcher m) {
        return REPORT_NAMED.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + NAME_REACH))).find()
                && EARLIER_REPORT.matcher(text.substring(Math.max(0, m.start() - VERB_REACH), m.start())).find();
    }

    private static Integer mostNamed(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher m = YEAR.matcher(text.substring(0, Math.min(text.length(), FREQUENCY_CHARS)));
        while (m.find()) {
            if (!TitleMarks.inside(text, m.start(), m.start())) {
                counts.merge(Integer.valueOf(m.group(1)), 1, Integer::sum);
            }
        }
        Integer best = null;
        int bestCount = 1;
        boolean tie = false;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
                tie = false;
            } else if (e.getValue() == bestCount && best != null) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
