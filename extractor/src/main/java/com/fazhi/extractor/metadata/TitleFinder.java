package com.fazhi.extractor.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fazhi.reference.lexicon.Lexicon;
import com.fazhi.reference.region.RegionTable;
import com.fazhi.reference.region.RegionUnit;

/**
 * The report's own title: a header line (or a table cell: 标题 | …) that names the rule-of-law report, joined with
 * the next line when the title is split over two ("关于X区2025年度法治政府" / "建设情况的报告", or the issuing body alone
 * on the first line). Breadcrumbs and numbered headings are not titles. Null when the text shows none.
 */
public final class TitleFinder {

    private static final int HEADER_LINES = 25;
    private static final int MAX_TITLE = 90;
    /** Where a title's 报告 can stand at the latest: the pattern below reads at most this far into a line. */
    private static final int REPORT_TITLE_REACH = 3 + 60 + 6 + 40;
    private static final String SUBJECT = Lexicon.alternation(Lexicon.get().metadata().path("titleSubjects"));
    /** What a title may add after its report: "…报告暨2025年工作计划", "…工作总结和2016年法治建设年度规划". */
    private static final String PLANS = "(?:" + Lexicon.alternation(Lexicon.get().metadata().path("titlePlans")) + ")";
    /**
     * A title that ends in 报告 (and perhaps "暨2025年工作计划") may have page text after it on the same line, but not the
     * rest of a sentence: a meeting that heard or reviewed a report (听取, 召开, 审议), or a report's system, its next
     * item, clause or stop (…年度报告制度, 宣讲报告会, 情况报告、, 情况报告,推动…, 述职报告。) is the body's sentence, on a line
     * of its own on a page that puts each sentence on one.
     */
    private static final Pattern REPORT_TITLE = Pattern.compile(
            "^(?![^,。;:!?]*?(?:听取|召开|审议))(?:\\d{1,3}、)?([^,。;:!?《》]{2,60}?" + SUBJECT + "[^,。;:!?《》]{0,40}?报告"
                    + "(?:[和及与暨][^,。;:!?《》\\s]{0,20}?" + PLANS + ")?)(?!制度|会|[,,、。;;])");
    /**
     * One that ends in 工作总结 / 工作情况 / 情况 / 总结 / 工作汇报 (and perhaps "和2025年工作计划") must be the whole line: else it is a
     * sentence of the body. It may name the document it carries out (贯彻落实《法治政府建设实施纲要》的情况) and be dated
     * after it in brackets; the date is no part of the title.
     */
    private static final Pattern SUMMARY_TITLE = Pattern.compile(
            "^(?![^,。;:!?]*(?:听取|召开))([^,。;:!?]{2,60}?" + SUBJECT + "[^,。;:!?]{0,40}?(?:总结|情况|(?:工作|情况)汇报)"
                    + "(?:[和及与暨][^,。;:!?《》]{0,20}?" + PLANS + ")?)"
                    + "(?:[((]20\\d{2}年\\d{1,2}月\\d{1,2}日[))])?$"); // 贯彻落实《纲要》的情况(2019年5月21日)
    /** A document number before the title: 荣府发〔2024〕5号, 京政发[2024]3号. */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("^[\\u4e00-\\u9fa5]{1,8}[〔\\[(【]\\d{4}[〕\\])】]\\d{1,4}号\\s*");
    /**
     * A site's tag, its name before a browser title (set off by a dash, a bar or a space), or a signing date before a
     * title: 【权威发布】, [权威发布], "长沙市政府门户网站-", "环球国际(中国)官方网站 ", 2024年1月29日.
     */
    private static final Pattern SITE_TAG = Pattern.compile(
            "^(?:【[^】]{1,10}】|\\[[^\\]]{1,10}\\]|[\\u4e00-\\u9fa5()()]{2,24}?(?:网站|门户网|政府网|政务网|信息网|新闻网)(?:\\s*[-—_|]|\\s)\\s*|20\\d{2}年\\d{1,2}月\\d{1,2}日)\\s*");
    /** A table cell's or a line's label: 标题: / 名称: */
    private static final Pattern LABEL = Pattern.compile("^" + Lexicon.alternation(Lexicon.get().metadata().path("titleLabels")) + "\\s*[::]?\\s*");
    /**
     * Numbered headings (一、 (一) 1.) and the body's enumerations (二是…) are not titles, nor are breadcrumbs (首页 > …).
     * Not SectionParser's numbering: "1、" opens a document page's first line ("1、2023年度法治政府建设工作报告…", see
     * REPORT_TITLE), so here it is no heading.
     */
    private static final Pattern HEADING = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))]|\\d{1,2}\\.|[一二三四五六七八九十]{1,2}是)");
    /** A title is read from a line's first characters only: a paragraph after it changes nothing. */
    private static final int LINE_REACH = 240;

    private TitleFinder() {
    }

    public static String find(List<String> lines) {
        return withoutFeedProvince(titleOf(lines));
    }

    /**
     * A repost feed's province before the issuer's full name ("山东青岛市农业农村局2025年…报告"): the province's short
     * form, then a city of it named in full, is the feed's label, not the title's (an issuer's name never puts its
     * province before it without 省). A name that carries its province (湖南湘江新区, 天津滨海高新区) has no city's own name after it.
     */
    static String withoutFeedProvince(String title) {
        if (title == null || title.length() < 6) {
            return title;
        }
        List<RegionTable.Mention> places = RegionTable.get().mentions(title.substring(0, Math.min(title.length(), 12)));
        RegionTable.Mention province = places.stream().filter(m -> m.start() == 0).findFirst().orElse(null);
        if (province == null || !province.shortForm() || province.units().size() != 1
                || province.units().get(0).level() != RegionUnit.Level.PROVINCE) {
            return title;
        }
        RegionUnit provinceUnit = province.units().get(0);
        boolean cityOfIt = places.stream().anyMatch(m -> m.start() == province.end() && !m.shortForm()
                && m.units().stream().anyMatch(u -> u.level() == RegionUnit.Level.CITY && u.isWithin(provinceUnit) && u.name().equals(m.name())));
        return cityOfIt ? title.substring(province.end()) : title;
    }

    private static String titleOf(List<String> lines) {
        List<String> candidates = candidates(lines);
        for (int i = 0; i < candidates.size(); i++) {
            String line = candidates.get(i);
            Matcher cover = COVER_LETTER.matcher(line);
            if (cover.matches()) {
                // "关于报送《浦东新区…2021年度法治政府建设情况报告》的报告": the report it sends; one it names without 《》 and
                // without its issuer is the sender's ("湖南省交通运输厅关于报送2019年…自查报告的函")
                return cover.group(2) != null ? cover.group(2) : (cover.group(1) == null ? "" : cover.group(1)) + cover.group(3);
            }
            String title = match(line);
            if (title == null && FRAGMENT.matcher(line).find() && line.length() < 40) {
                String joined = joinedTitle(candidates, i, i);
                if (joined != null) {
                    return joined; // "关于X区2025年度法治政府" + "建设情况的报告"
                }
            }
            if (title == null) {
                String issued = issuerLedTitle(candidates, i);
                if (issued != null) {
                    return issued;
                }
            }
            if (title != null) {
                String alone = aloneBelow(title, candidates, i + 1);
                if (alone != null) {
                    return alone;
                }
                if (datedTitleBelow(title, candidates, i + 1)) {
                    continue; // the column's yearless name: the dated title below goes through every test a title does
                }
                String agreeing = headingOfTheBodysYear(title, candidates, i + 1);
                if (agreeing != null) {
                    return agreeing;
                }
                String full = issuerLedBelow(title, candidates, i + 1);
                if (full == null) {
                    full = headingUnderItsNumber(title, candidates, i + 1);
                }
                if (full == null) {
                    full = namedHeadingOfItsYear(title, candidates, i + 1);
                }
                return full != null ? full : named(title, candidates, i + 1);
            }
        }
        for (String line : lines.subList(0, Math.min(HEADER_LINES, lines.size()))) {
            Matcher cited = CITED_TITLE.matcher(line);
            if (cited.find()) {
                return cited.group(1); // a page with no title line: "现将《临沧市文化和旅游局…报告》予以公布"
            }
        }
        return null;
    }

    /** The shortest title {@link #aloneBelow} takes. */
    private static final int MIN_ALONE = 10;
    /** A body's name at the end of what stands before a title: a joint title's first issuer ("中共X镇委员会 X镇人民政府关于…"). */
    private static final Pattern ENDS_IN_A_BODY = Pattern.compile("(?:" + Lexicon.alternation(Lexicon.get().metadata().path("bodies"))
            + "|党委|党工委)$");

    /**
     * The title's last part alone on a line a little below, where the line found first runs the site's and column's
     * names before it ("梅州市人民政府门户网站 梅州市司法局 公示公告 梅州市司法局2022年法治政府建设年度报告" over the breadcrumb,
     * then "梅州市司法局2022年法治政府建设年度报告"); not when the part alone names no issuer (an issuer, a space, then
     * "关于…" is one title) or the part before it ends in a body's name (a joint title); null when none.
     */
    private static String aloneBelow(String title, List<String> candidates, int from) {
        for (int j = from; j < Math.min(candidates.size(), from + HEADING_REACH); j++) {
            String below = candidates.get(j).strip();
            int at = title.length() - below.length();
            if (below.length() >= MIN_ALONE && at > 0 && title.endsWith(below) && Character.isWhitespace(title.charAt(at - 1))
                    && !UNNAMED_START.matcher(below).find() // "琼海市人民政府 关于2023年度…" keeps its issuer
                    && !jointIssuer(title.substring(0, at).strip(), below)) {
                return below;
            }
        }
        return null;
    }

    /**
     * Whether what stands before a title's part on its line is a first issuer of a joint title: it ends in a body's name
     * that is not the name the part itself opens with (a site's banner "… 梅州市司法局 公示公告 梅州市司法局2022年…" repeats it).
     */
    private static boolean jointIssuer(String before, String title) {
        Matcher body = ENDS_IN_A_BODY.matcher(before);
        if (!body.find()) {
            return false;
        }
        int nameStart = before.lastIndexOf(' ') + 1;
        return !title.startsWith(before.substring(nameStart));
    }

    /**
     * Whether a heading that names no year stands right over a report's dated title ("镇街法治政府建设报告", the column's
     * name the breadcrumb ends with, over "广州市南沙区人民政府珠江街道办事处关于2024年度法治政府建设情况的报告").
     */
    private static boolean datedTitleBelow(String title, List<String> candidates, int from) {
        if (YEAR.matcher(title).find() || from >= candidates.size()) {
            return false;
        }
        String below = match(candidates.get(from));
        return below != null && YEAR.matcher(below).find();
    }

    /** How far below a page's title its document heading may repeat it with the issuer (past the date and source lines). */
    private static final int HEADING_REACH = 6;
    /** How far below a place's headline its joint heading (中共X县委X县人民政府关于…) is looked for: past a metadata table. */
    private static final int JOINT_HEADING_REACH = 14;

    /** The place's party committee and its government issuing one heading: 中共冠县县委冠县人民政府关于, 中共X区委员会X区人民政府关于. */
    private static Pattern jointHeadingOf(String place) {
        String name = Pattern.quote(place);
        return Pattern.compile("中共" + name + "[\\u4e00-\\u9fa5]{0,2}?委(?:员会)?\\s?、?\\s?" + name + "(?:人民)?政府关于");
    }

    /**
     * The same title led by its issuer a few lines below ("关于2022年度…的报告" on the page, then the document's heading
     * "湖南省交通运输厅" / "关于2022年度…建设" / "工作情况的报告" under the date line), or led by the issuer's full name
     * where the page's headline shortened it ("…两路街道关于…" on the page, "…两路街道办事处" / "关于…" below); null when
     * none.
     */
    private static String issuerLedBelow(String title, List<String> candidates, int from) {
        String shortest = null; // a metadata cell above the heading ("房镇镇人民政府") is not part of its issuer
        String joint = null; // but the party committee that issues it jointly is ("中共X工作委员会" / "X管理委员会" / "关于…"), under a headline that names no issuer
        int about = title.indexOf("关于");
        String shortIssuer = about > 0 ? title.substring(0, about) : null; // the headline's issuer, if it names one
        for (int j = from; j < Math.min(candidates.size(), from + HEADING_REACH); j++) {
            String full = issuerLedTitle(candidates, j);
            boolean fuller = full != null && (full.endsWith(title) || shortIssuer != null && full.length() > title.length()
                    && full.startsWith(shortIssuer) && full.endsWith(title.substring(about)));
            if (fuller && (shortest == null || full.length() < shortest.length())) {
                shortest = full;
            }
            // a headline that names its issuer already ("X镇人民政府关于…") is the page's title as it stands
            if (full != null && full.endsWith(title) && candidates.get(j).startsWith("中共") && shortIssuer == null) {
                joint = candidates.get(j).replace(" ", "");
            }
        }
        // the two issuers apart, as a joint title on one line writes them ("中共X工作委员会 X管理委员会关于…")
        return joint != null && shortest != null && !shortest.startsWith(joint) ? joint + " " + shortest : shortest;
    }

    /**
     * The document's own heading under its number a few lines below the page's headline ("…情况的工作报告" on the page,
     * then "漳应急〔2023〕92号" and "漳州市应急管理局关于" / "2023年度法治政府建设情况的报告"): the document names itself; it
     * must be of the headline's year. Null when there is none.
     */
    private static String headingUnderItsNumber(String title, List<String> candidates, int from) {
        for (int j = from; j < Math.min(candidates.size() - 1, from + HEADING_REACH); j++) {
            if (DOCUMENT_NUMBER.matcher(candidates.get(j).strip()).matches()) { // a document number alone on its line
                String heading = joinedTitle(candidates, j + 1, j + 1);
                if (heading == null) {
                    heading = issuerLedTitle(candidates, j + 1);
                }
                Matcher year = YEAR.matcher(title);
                return heading != null && year.find() && heading.contains(year.group()) ? heading : null;
            }
        }
        return null;
    }

    private static final Pattern YEAR = Pattern.compile("20\\d{2}");

    /**
     * A headline that names no body gives way to the document's heading led by its issuer a few lines below, of the
     * headline's year ("2024年法治政府建设工作开展情况的报告" on the page, then "重庆市开州区交通运输委员会" /
     * "关于2024年法治政府建设情况的报告"): the document names itself. Null when there is none.
     */
    private static String namedHeadingOfItsYear(String title, List<String> candidates, int from) {
        Matcher year = YEAR.matcher(title);
        if (!UNNAMED_START.matcher(title).find() || !year.find()) {
            return null;
        }
        for (int j = from; j < Math.min(candidates.size(), from + HEADING_REACH); j++) {
            String heading = issuerLedTitle(candidates, j);
            if (heading != null && heading.contains(year.group())) {
                return heading;
            }
        }
        return null;
    }

    /**
     * The same title a few lines below the first but for its year, which the body's opening agrees with ("县 2022 年…总结"
     * on a copy site's page, then the document's "县2019年…总结" and "2019年,我县…"): the site's headline is wrong, the
     * document's heading is its own. Null when there is none.
     */
    private static String withoutYear(String title) {
        return YEAR.matcher(title.replace(" ", "")).replaceAll("");
    }

    private static String headingOfTheBodysYear(String title, List<String> candidates, int from) {
        Matcher year = YEAR.matcher(title);
        if (!year.find()) {
            return null;
        }
        for (int j = from; j < Math.min(candidates.size(), from + HEADING_REACH); j++) {
            String other = match(candidates.get(j));
            Matcher otherYear = other == null ? null : YEAR.matcher(other);
            if (otherYear != null && otherYear.find() && !otherYear.group().equals(year.group())
                    && withoutYear(other).equals(withoutYear(title))) { // the same title but for its year
                String opening = j + 1 < candidates.size() ? candidates.get(j + 1).replace(" ", "") : "";
                return opening.startsWith(otherYear.group() + "年") ? other : null;
            }
        }
        return null;
    }

    /**
     * A title that opens with its year or 关于 ("2023年法治政府建设年度报告", a site's column heading) gives way to the title
     * a few lines below that opens otherwise, with its body, on one line or split over two ("重庆市綦江区城市管理局2023年
     * 法治政府建设情况报告"; "山东省交通运输厅关于2019年度" / "法治建设情况的报告" under the date line): the document's own
     * heading; it must hold the first one's year where that one has a year.
     */
    private static String named(String title, List<String> candidates, int next) {
        if (!UNNAMED_START.matcher(title).find()) {
            String heading = headingOfItsPlace(title, candidates, next);
            return heading != null ? heading : title;
        }
        Matcher year = YEAR.matcher(title);
        String titleYear = year.find() ? year.group() : null;
        for (int j = next; j < Math.min(candidates.size(), next + HEADING_REACH); j++) {
            String line = candidates.get(j);
            // a line that is a title alone, or a heading's first line that names its body before 关于
            String following = line.indexOf("关于") > 0 && line.length() < 40 ? joinedTitle(candidates, j, j) : match(line);
            if (following != null && !UNNAMED_START.matcher(following).find()) {
                return titleYear == null || following.contains(titleYear) ? following : title;
            }
        }
        return title;
    }

    /** A page headline that names a place, not its body, before the year: "津南区2021年法治政府建设情况报告", "冠县2023年度…". */
    private static final Pattern PLACE_BEFORE_YEAR = Pattern.compile("^([\\u4e00-\\u9fa5]{1,12}?[省市区县旗州盟镇乡])(20\\d{2})年");

    /**
     * A page headline that names only a place before its year gives way to the document's heading a few lines below that
     * names the place's body and the same year ("津南区2021年法治政府建设情况报告" on the page, then "津南区人民政府关于" /
     * "2021年法治政府建设情况的报告"), or the place's party committee and its government jointly ("中共冠县县委冠县人民政府
     * 关于2023年…的报告", under the page's metadata table, which may take a dozen lines): the document names itself in
     * full. Null when there is none.
     */
    private static String headingOfItsPlace(String title, List<String> candidates, int next) {
        Matcher place = PLACE_BEFORE_YEAR.matcher(title);
        if (!place.find()) {
            return null;
        }
        Pattern joint = jointHeadingOf(place.group(1));
        for (int j = next; j < Math.min(candidates.size(), next + JOINT_HEADING_REACH); j++) {
            String line = candidates.get(j);
            int about = line.indexOf("关于");
            String heading = about > place.group(1).length() && line.length() < 40 ? joinedTitle(candidates, j, j) : null;
            if (heading != null && heading.contains(place.group(2)) && (j < next + HEADING_REACH && heading.startsWith(place.group(1))
                    || joint.matcher(heading).lookingAt())) {
                return heading;
            }
            if (j >= next + HEADING_REACH) {
                continue; // further down only the joint heading is looked for
            }
            // or its issuer alone on a line above the rest ("秀山土家族苗族自治县人民政府" / "关于2020年度…的报告")
            String issued = issuerLedTitle(candidates, j);
            if (issued != null && issued.startsWith(place.group(1)) && issued.contains(place.group(2))) {
                return issued;
            }
        }
        return null;
    }

    /**
     * A title whose issuer stands alone on the line(s) from {@code i} and whose rest does not name it: "苏州市交通运输局" +
     * "2023年度法治政府建设工作报告"; "中共华容县委" + "华容县人民政府" + "关于…的" + "报 告". Null when line i is no issuer.
     * A page's short title followed by this fuller form of it gives way to it.
     */
    private static String issuerLedTitle(List<String> candidates, int i) {
        if (i >= candidates.size() || !ISSUER_LINE.matcher(candidates.get(i)).matches()) {
            return null;
        }
        int firstTitleLine = i;
        while (firstTitleLine < candidates.size() && firstTitleLine - i < 3
                && ISSUER_LINE.matcher(candidates.get(firstTitleLine)).matches()) {
            firstTitleLine++;
        }
        String rest = joinedTitle(candidates, firstTitleLine, firstTitleLine);
        if (rest != null && UNNAMED_START.matcher(rest).find()) {
            return String.join("", candidates.subList(i, firstTitleLine)).replace(" ", "") + rest;
        }
        return null;
    }

    /**
     * A cover letter's title, which names the report it sends up (metadata.json coverLetter): 关于报送《…报告》的报告, or
     * the sender's 湖南省交通运输厅关于报送2019年…自查报告的函 (the report is then the sender's: 湖南省交通运输厅2019年…自查报告).
     */
    private static final Pattern COVER_LETTER = Pattern.compile("^\\s*(?:([\\u4e00-\\u9fa5]{2,30}?)(?=关于))?关于(?:"
            + Lexicon.alternation(Lexicon.get().metadata().path("coverLetter").path("verbs")) + ")(?:《([^《》]{4,80}?" + SUBJECT
            + "[^《》]{0,40}?(?:报告|总结|情况))》|(20\\d{2}年[^《》]{0,60}?" + SUBJECT + "[^《》]{0,40}?(?:报告|总结)))的(?:"
            + Lexicon.alternation(Lexicon.get().metadata().path("coverLetter").path("kinds")) + ")\\s*$");
    /** The report's own title as its opening cites it. */
    private static final Pattern CITED_TITLE = Pattern.compile("现将《([^《》]{4,80}?" + SUBJECT + "[^《》]{0,40}?报告)》");

    /**
     * A title that starts at line {@code from}, on it alone or joined with up to two more short lines (spaces inside a
     * title carry no meaning: "报 告"); null when none makes a title.
     */
    private static String joinedTitle(List<String> candidates, int from, int start) {
        StringBuilder joined = new StringBuilder();
        for (int k = from; k < Math.min(candidates.size(), from + 3); k++) {
            if (k > from && (candidates.get(k - 1).length() >= 40
                    || match(candidates.get(k)) != null && !endsUnfinished(candidates.get(k - 1)))) {
                break; // a line that is a title on its own is not the end of this one, unless this one is cut mid-phrase
            }
            joined.append(candidates.get(k).replace(" ", ""));
            String title = match(joined.toString());
            if (title != null) {
                return title;
            }
        }
        return null;
    }

    /** "关于2025年法治政府建设情况及2026年" + "推进…工作要点的报告": a line that stops at 年, 及, 和, 的 or 关于 goes on. */
    private static boolean endsUnfinished(String line) {
        return !line.isEmpty() && ("年及和与暨的、".indexOf(line.charAt(line.length() - 1)) >= 0 || line.endsWith("关于"));
    }

    /** A metadata table's other rows (组配分类 法治政府建设年度报告): a category, not a title. */
    private static final Pattern ROW_LABEL = Pattern.compile("^" + Lexicon.alternation(Lexicon.get().metadata().path("rowLabels")));

    /**
     * The first line of a split title: it opens with 关于 or a year, or names the subject, or is the issuer and its
     * 关于 ("长春市人民政府关于" / "2023年度法治政府建设情况的报告"), but is not a title yet.
     */
    private static final Pattern FRAGMENT = Pattern.compile("^关于|20\\d{2}年|法治|依法行政|^[\\u4e00-\\u9fa5]{2,30}关于$");
    /** The issuing body alone on its line. */
    private static final Pattern ISSUER_LINE = Pattern.compile(
            "^[\\u4e00-\\u9fa5 ]{2,50}(?:人民政府|政府|办事处|局|委员会|厅|委|部|办公室|管委会|街道|镇|乡|苏木)(?:党组)?$");
    /** A page headline that names its issuer before a colon and then a title naming no body. */
    private static final Pattern ISSUER_COLON = Pattern.compile(
            "^([\\u4e00-\\u9fa5]{2,30}?(?:人民政府|政府|办事处|局|委员会|厅|委|办公室|管委会))[:：]\\s*((?:关于|20\\d{2})[^,。;:!?《》]{2,60})$");
    /** A title that does not name its body: it starts with the year or 关于. */
    private static final Pattern UNNAMED_START = Pattern.compile("^(?:关于|20\\d{2}|年度)");

    /** A site's column name before the title (furniture.json columnLabels): "法治政府建设年报" + "八街街道办事处2021年度…报告", "济南市人民政府 通知公告 济南市2020年…报告". */
    private static final Pattern COLUMN_LABEL = Pattern.compile("^[^,。]{2,12}?(?:(?:"
            + Lexicon.alternation(Lexicon.get().furniture().path("columnLabelsGlued")) + ")\\s*|(?:"
            + Lexicon.alternation(Lexicon.get().furniture().path("columnLabels")) + ")\\s+)(.{6,})$");

    private static String withoutColumnLabel(String title) {
        Matcher m = COLUMN_LABEL.matcher(title);
        if (m.matches()) {
            Matcher rest = REPORT_TITLE.matcher(m.group(1));
            if (rest.find()) {
                return rest.group(1).strip();
            }
        }
        return title;
    }

    /**
     * A body's annual work report, a whole line that need not name 法治: "芷江侗族自治县司法局关于2025年工作情况及2026年
     * 工作计划的报告" (a bureau reports its rule-of-law tasks in its annual report).
     */
    private static final Pattern ANNUAL_WORK_TITLE = Pattern.compile("^([\\u4e00-\\u9fa5()()]{2,40}?"
            + "(?:局|厅|委|办公室|人民政府|政府|办事处)关于20\\d{2}年度?工作(?:情况|总结)[^,。;:!?《》]{0,30}?报告)$");

    /** The same as a dated summary, a whole line: "2020年闵行区司法局行政工作总结", "2019年井研县司法局工作总结". */
    private static final Pattern ANNUAL_SUMMARY_TITLE = Pattern.compile("^(20\\d{2}年度?[\\u4e00-\\u9fa5()()]{2,40}?"
            + "(?:局|厅|委|办公室|人民政府|政府|办事处)(?:司法行政|行政)?工作总结)$");

    private static String match(String line) {
        if (line.length() <= MAX_TITLE && line.contains("工作")) { // cheap tests first
            Matcher annual = line.contains("关于") ? ANNUAL_WORK_TITLE.matcher(line.strip()) : ANNUAL_SUMMARY_TITLE.matcher(line.strip());
            if (annual.find()) {
                return annual.group(1);
            }
        }
        if (line.indexOf('法') < 0 && !line.contains("依法行政")) {
            return null; // every other title names 法治 or 依法行政: a cheap test before the regexes
        }
        String cleaned = SITE_TAG.matcher(DOCUMENT_NUMBER.matcher(line).replaceFirst("")).replaceFirst("");
        int report = cleaned.indexOf("报告");
        Matcher colon = report > 0 ? ISSUER_COLON.matcher(cleaned) : null;
        if (colon != null && colon.matches()) {
            Matcher rest = REPORT_TITLE.matcher(colon.group(2));
            if (rest.find() && rest.group(1).strip().equals(colon.group(2).strip())) {
                return cleaned.strip(); // "平江县交通运输局:2022年度法治政府部门建设报告": the issuer, a colon, the title
            }
        }
        if (report >= 0 && report <= REPORT_TITLE_REACH) {
            Matcher title = REPORT_TITLE.matcher(cleaned);
            if (title.find()) {
                return withoutColumnLabel(title.group(1).strip());
            }
        }
        if (cleaned.length() > MAX_TITLE) {
            return null;
        }
        Matcher summary = SUMMARY_TITLE.matcher(cleaned);
        return summary.find() && summary.group(1).length() <= MAX_TITLE ? summary.group(1).strip() : null;
    }

    /** A list bullet before a header cell ("• 黑龙江省司法厅关于…的报告"). */
    private static final Pattern BULLET = Pattern.compile("^[•·●▪■◆\\-]\\s*");
    /** The body's sentence that announces the report ("现将我局2023年…情况报告如下"): not a title. */
    private static final Pattern BODY_SENTENCE = Pattern.compile("^(?:现将|现就|特此|根据)");
    /** A news item's headline over a report it carries ("应急管理部发布2023年法治政府建设年度报告"): not the report's title. */
    private static final Pattern NEWS_HEADLINE = Pattern.compile("^(?!关于)[\\u4e00-\\u9fa5]{2,30}?发布了?20\\d{2}年");

    private static boolean isBreadcrumb(String cell) {
        return cell.indexOf('>') >= 0 || cell.indexOf('›') >= 0 || cell.indexOf('»') >= 0;
    }

    /** The last item of a "首页 / 政务公开 / … / 标题" path: a title a site put at the end of its path line. */
    private static String lastPathItem(String cell) {
        int slash = cell.lastIndexOf(" / ");
        return cell.startsWith("首页") && slash > 0 ? cell.substring(slash + 3).strip() : cell;
    }

    /** The header's non-empty lines and table cells, trimmed, without breadcrumbs and headings. */
    /**
     * A bulleted line among bulleted lines with no label of their own ("• 开题报告" / "• [山东省政府发布…报告] 对…的思考"):
     * a site's list of links to other pages, not this page's title (a metadata block's bulleted rows carry labels).
     */
    private static boolean inALinkList(List<String> lines, int i) {
        if (!isUnlabelledBullet(lines.get(i))) {
            return false;
        }
        return i > 0 && isUnlabelledBullet(lines.get(i - 1)) || i + 1 < lines.size() && isUnlabelledBullet(lines.get(i + 1));
    }

    private static boolean isUnlabelledBullet(String line) {
        Matcher bullet = BULLET.matcher(line.strip());
        if (!bullet.lookingAt()) {
            return false;
        }
        String rest = line.strip().substring(bullet.end());
        return !LABEL.matcher(rest).lookingAt() && rest.indexOf(':') < 0 && rest.indexOf('：') < 0;
    }

    /**
     * A body sentence that announces the report's parts: "…具体情况报告如下:". A portal's preamble ("现将我区…公布如下:") may
     * stand above the title too, so only a numbered heading after it opens the body.
     */
    private static boolean announcesTheBody(String line) {
        String l = line.strip();
        return l.length() > 20 && l.lastIndexOf("如下") >= l.length() - 3;
    }

    private static List<String> candidates(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean announced = false;
        for (int i = 0; i < Math.min(HEADER_LINES, lines.size()); i++) {
            String line = lines.get(i);
            if (inALinkList(lines, i)) {
                continue;
            }
            if (announcesTheBody(line)) {
                announced = true;
            } else if (announced && i > 0 && HEADING.matcher(lines.get(i - 1).strip()).lookingAt()) {
                break; // "…具体情况报告如下:" and then "一、…" opened the body: no title follows them
            }
            for (String cell : line.substring(0, Math.min(line.length(), LINE_REACH)).split("\\|")) {
                String c = lastPathItem(LABEL.matcher(BULLET.matcher(cell.strip()).replaceFirst("")).replaceFirst("").strip());
                if (!c.isEmpty() && !isBreadcrumb(c) && !HEADING.matcher(c).lookingAt() && !ROW_LABEL.matcher(c).lookingAt()
                        && !BODY_SENTENCE.matcher(c).lookingAt() && !NEWS_HEADLINE.matcher(c).lookingAt()) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
