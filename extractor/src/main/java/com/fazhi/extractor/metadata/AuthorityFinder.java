package com.fazhi.extractor.metadata;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fazhi.reference.lexicon.Lexicon;
import com.fazhi.extractor.pipeline.Layout;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuing body: the title's prefix when it names one, else the page's 发布机构/来源 line when it names a
 * government (not a bureau that uploaded the page) or a bureau the text speaks as (我局, X局 as the subject), else the
 * signature line at the end.
 */
public final class AuthorityFinder {

    private static final JsonNode WORDS = Lexicon.get().metadata();
    private static final String BODY = Lexicon.alternation(WORDS.path("bodies"));
    private static final String GOVERNMENTS = Lexicon.alternation(WORDS.path("governments"));
    /**
     * A joint title's party issuer before the government or, set apart by a space, before the body of government it
     * leads: 中共嘉兴市委 嘉兴市人民政府关于…, 中共重庆市荣昌区委教育工作委员会 重庆市荣昌区教育委员会关于…,
     * 沙坪坝街道党工委、沙坪坝街道办事处关于…
     */
    private static final Pattern PARTY_ISSUER = Pattern.compile("^(?:中共(?:(?!关于)\\S){2,30}?委(?:员会)?|(?:(?!关于)[^\\s、]){2,30}?(?:党工委|党委))"
            + "(?:\\s*、?\\s*(?=\\S{2,40}?" + GOVERNMENTS + ")|\\s+(?=\\S{2,40}?" + BODY + "))");
    /** A government's name alone on a header line (a bullet or table cell under the title). */
    private static final Pattern HEADER_GOVERNMENT = Pattern.compile("^[•·\\s|]*([\\u4e00-\\u9fa5]{2,40}?(?:人民政府|行政公署|街道办事处))[\\s|]*$");
    /** The body a title opens with (after its year, if any), with its other name in brackets kept: "桑日县藏语委办(编译局)2024年…", "2024年度浦东新区川沙新镇人民政府法治政府建设…", "平江县交通运输局:2022年度…", "宁波市教育局法治宁波(法治政府)建设2019年度工作总结". */
    private static final Pattern TITLE_PREFIX = Pattern.compile("^(?:关于)?(?:20\\d{2}年度?)?((?:(?!年度?法治)[^\\s\\d０-９]){2,40}?" + BODY
            + LevelClassifier.OTHER_NAMES + ")(?:关于|公布|20\\d{2}|\\s|法治(?!督察|调研|局|处|科|办)|依法行政|[:：](?:关于|20\\d{2}))");
    private static final Pattern SIGNATURE = Pattern.compile("^([^\\s,。;:!?,、()()《》\\d]{3,40}" + BODY + ")$");

    private AuthorityFinder() {
    }

    /** The place a title opens with, before its year or 关于: "碧土乡2024年…报告" opens with 碧土乡. */
    private static final Pattern TITLE_PLACE = Pattern.compile(
            "^(?:关于)?(?!关于|法治|依法)([\\u4e00-\\u9fa5]{2,20}?)" + LevelClassifier.OTHER_NAMES + "(?:关于|20\\d{2}|年度|法治)");

    /**
     * A government alone on a header line is the site's banner, not the issuer, when the title opens with a place that
     * government's name does not hold ("左贡县人民政府" over "碧土乡2024年法治政府建设情况报告").
     */
    private static boolean titleNamesAnotherPlace(String title, String government) {
        if (title == null) {
            return false;
        }
        Matcher place = TITLE_PLACE.matcher(title);
        if (!place.find()) {
            return false;
        }
        com.fazhi.reference.region.RegionUnit titled = lowestUnit(place.group(1));
        com.fazhi.reference.region.RegionUnit governing = lowestUnit(government);
        if (titled != null && governing != null) {
            // 大同市云冈区 over 云冈区人民政府 is one place; 南昌市 over 东湖区人民政府 another (the district's site reposts)
            return titled != governing;
        }
        // a place the division table does not hold (a new township): its name and its level word
        return titled == null && NEW_PLACE_NAME.matcher(place.group(1)).find() && !government.contains(place.group(1));
    }

    /** The end of a township's or a county's name: a title's place the division table may not list. */
    private static final Pattern NEW_PLACE_NAME = Pattern.compile("^(?![我全本])[\\u4e00-\\u9fa5]{1,8}(?:乡|镇|街道|苏木)$");

    /** The lowest unit a name holds (full names only), or null when it holds none or a name several places share. */
    private static com.fazhi.reference.region.RegionUnit lowestUnit(String name) {
        com.fazhi.reference.region.RegionUnit lowest = null;
        for (var m : com.fazhi.reference.region.RegionTable.get().mentions(name)) {
            if (m.shortForm()) {
                continue;
            }
            if (m.units().size() != 1) {
                return null;
            }
            lowest = m.units().get(0);
        }
        return lowest;
    }

    private static final Pattern GOVERNMENT = Pattern.compile("^\\S{2,40}?" + GOVERNMENTS + "$");
    /** A bureau's full name on a 发布机构 line: a place and a department word ("南县退役军人事务局"). */
    private static final String BUREAU_NAME = "[\\u4e00-\\u9fa5]{1,20}?[省市县区旗州盟][\\u4e00-\\u9fa5]{1,16}(?:局|厅|委员会|办公室)";
    private static final Pattern BUREAU = Pattern.compile("^" + BUREAU_NAME + "$");

    /** A bureau named by its level word alone: 市水务局, 省司法厅, 区教委. */
    private static final Pattern LEVEL_WORD_FIRST = Pattern.compile("^[省市县区州旗盟]\\S");

    /**
     * A title's issuer named by its level word alone ("市水务局2025年度…") is the full name the page's header or
     * 发布机构 line gives it ("2026-01-20 17:01 | 武汉市水务局", "发布机构 | 湖北省司法厅"), when one does; one named
     * under its place's short name ("宁夏司法厅") likewise ({@link #placeInFull}).
     */
    private static String fullNameInHeader(String issuer, String metadataLine, List<String> header) {
        List<String> lines = new java.util.ArrayList<>(header);
        if (metadataLine != null) {
            lines.add(0, metadataLine);
        }
        if (!LEVEL_WORD_FIRST.matcher(issuer).find()) {
            String inFull = placeInFull(issuer, lines);
            inFull = inFull.equals(issuer) ? underThePlaceAbove(issuer, lines) : inFull;
            return inFull.equals(issuer) ? unabbreviated(issuer, lines) : inFull;
        }
        for (String line : lines) {
            for (int at = line.indexOf(issuer); at >= 0; at = line.indexOf(issuer, at + 1)) {
                int start = at;
                while (start > 0 && Character.isIdeographic(line.charAt(start - 1))) {
                    start--;
                }
                boolean alone = at + issuer.length() == line.length()
                        || !Character.isIdeographic(line.charAt(at + issuer.length()));
                if (at - start >= 2 && alone) {
                    return line.substring(start, at + issuer.length());
                }
            }
        }
        return unabbreviated(issuer, lines); // 市住房城乡建设委 under "来源: 天津市住房和城乡建设委员会"
    }

    /** A header line that is a body's name alone, its bullet aside: "  • 发布机构" / "    绿春县林业和草原局". */
    private static final Pattern NAME_ALONE = Pattern.compile("^[•·\\s|]*([\\u4e00-\\u9fa5]{4,40})[\\s|]*$");

    /** The full name the publisher line or a header line gives the issuer ({@link #unabbreviates}), else the issuer. */
    private static String unabbreviated(String issuer, List<String> lines) {
        for (String line : lines) {
            Matcher m = NAME_ALONE.matcher(line);
            if (m.matches() && unabbreviates(m.group(1), issuer)) {
                return m.group(1);
            }
        }
        return issuer;
    }

    /**
     * A publisher or header line names the title's issuer in full where the issuer is its abbreviation: a shorter name whose
     * characters it holds in order, with the same place and the same last word ("河西区市场监管局" in "天津市河西区市场监督管理局",
     * "绿春县林草局" in "绿春县林业和草原局", "市住房城乡建设委" in "天津市住房和城乡建设委员会"), the way bodies' names are
     * shortened. The full name ends where the short one does: "上海市宝山区人民政府关于法治政府" (a title's first line) is
     * no full name of 上海市宝山区人民政府.
     */
    static boolean unabbreviates(String full, String issuer) {
        if (full == null || !full.chars().allMatch(Character::isIdeographic) || full.contains("关于")
                || full.startsWith("中共") && !issuer.startsWith("中共")) { // the party's committee beside the bureau is another body
            return false;
        }
        // a commission's 委 is its 委员会 written short: compare the full name without 员会
        String compared = issuer.endsWith("委") && full.endsWith("委员会") ? full.substring(0, full.length() - 2) : full;
        if (compared.equals(issuer)) {
            return full.length() > issuer.length(); // 广东省卫生健康委 under "来源:广东省卫生健康委员会": 委 written out
        }
        if (compared.startsWith(issuer)) {
            return false; // a line that goes on after the whole name (a title's first line)
        }
        if (compared.length() <= issuer.length() || compared.charAt(compared.length() - 1) != issuer.charAt(issuer.length() - 1)
                || !compared.contains(issuer.substring(0, 2))) {
            return false;
        }
        int at = compared.indexOf(issuer.substring(0, 2));
        int[] positions = new int[issuer.length()];
        for (int i = 0; i < issuer.length() - 1; i++) {
            int next = compared.indexOf(issuer.charAt(i), at);
            if (next < 0) {
                return false;
            }
            positions[i] = next;
            at = next + 1;
        }
        positions[issuer.length() - 1] = compared.length() - 1; // the last word is the name's last
        int whole = compared.indexOf(issuer.charAt(issuer.length() - 1), at);
        // not a body under the issuer: 郑州市公安局交通管理局 holds 市公安局 whole before its own 局
        return at <= compared.length() - 1 && whole == compared.length() - 1 && !insertsAWord(positions);
    }

    /** Characters in a row that make a word of their own (新闻出版) where a name keeps whole words on both sides of them. */
    private static final int INSERTED_WORD = 4;

    /**
     * Whether the full name holds a whole word more between two whole words the short one keeps (文化广电 + 新闻出版 +
     * 旅游局): another name of the body, not its full form. An abbreviation keeps single characters around what it drops
     * (人社局 from 人力资源和社会保障局, 住建局 from 住房和城乡建设局).
     */
    private static boolean insertsAWord(int[] positions) {
        for (int i = 1; i < positions.length; i++) {
            if (positions[i] - positions[i - 1] - 1 >= INSERTED_WORD && runEndingAt(positions, i - 1) >= 2
                    && runStartingAt(positions, i) >= 2) {
                return true;
            }
        }
        return false;
    }

    private static int runEndingAt(int[] positions, int i) {
        int run = 1;
        while (i - run >= 0 && positions[i - run] == positions[i - run + 1] - 1) {
            run++;
        }
        return run;
    }

    private static int runStartingAt(int[] positions, int i) {
        int run = 1;
        while (i + run < positions.length && positions[i + run] == positions[i + run - 1] + 1) {
            run++;
        }
        return run;
    }

    /** The words a place's short name leaves off: 宁夏 for 宁夏回族自治区, 大理 for 大理白族自治州, 杭州 for 杭州市. */
    private static final Pattern PLACE_WORD = Pattern.compile("省|市|[\\u4e00-\\u9fa5]{0,6}自治[区州县旗]|地区|盟");

    /**
     * A title's issuer under its place's short name ("宁夏司法厅2020年度…") is the full name a header line gives
     * ("来源:宁夏回族自治区司法厅"): the same place (its first two or three characters) and body, the place word between.
     */
    private static String placeInFull(String issuer, List<String> lines) {
        for (int place = 2; place <= 3 && issuer.length() - place >= 2; place++) {
            String body = issuer.substring(place);
            for (String line : lines) {
                for (int at = line.indexOf(body); at >= 0; at = line.indexOf(body, at + 1)) {
                    int start = at;
                    while (start > 0 && Character.isIdeographic(line.charAt(start - 1))) {
                        start--;
                    }
                    int end = at + body.length();
                    if (at - start > place && (end == line.length() || !Character.isIdeographic(line.charAt(end)))
                            && line.startsWith(issuer.substring(0, place), start)
                            && PLACE_WORD.matcher(line.substring(start + place, at)).matches()) {
                        return line.substring(start, end);
                    }
                }
            }
        }
        return issuer;
    }

    /** Where a place's name ends: the place above a county's bureau (上海市 before 闵行区司法局). */
    private static final Pattern PLACE_ABOVE = Pattern.compile("^[\\u4e00-\\u9fa5]{1,8}(?:省|市|自治区|自治州|州|盟|地区)$");

    /**
     * A title's issuer named under its own place ("闵行区司法局") is the fuller name a header line gives with the place
     * above it ("来源:上海市闵行区司法局 发布时间:…"): the place's name, then the issuer, no Han character after it.
     */
    private static String underThePlaceAbove(String issuer, List<String> lines) {
        for (String line : lines) {
            for (int at = line.indexOf(issuer); at >= 0; at = line.indexOf(issuer, at + 1)) {
                int start = at;
                while (start > 0 && Character.isIdeographic(line.charAt(start - 1))) {
                    start--;
                }
                int end = at + issuer.length();
                if (at > start && (end == line.length() || !Character.isIdeographic(line.charAt(end)))
                        && PLACE_ABOVE.matcher(line.substring(start, at)).matches()) {
                    return line.substring(start, end);
                }
            }
        }
        return issuer;
    }

    /**
     * A bureau's full name alone on a line above the opening ("杭州市应急管理局" over "时间:2021-02-25 来源:…",
     * "□ 高邮市司法局"): the page heads the bureau's own report with its name.
     */
    private static final Pattern HEADER_BUREAU = Pattern.compile("^[•·□■◆▪\\s|]*(" + BUREAU_NAME + ")[\\s|]*$");

    /** The bureau named alone on a line above the opening, when the text speaks as a bureau; null otherwise. */
    private static String bureauAboveTheOpening(Layout layout, boolean speaksAsBureau) {
        for (Layout.Line line : layout.lines()) {
            if (line.start() >= layout.openingStart()) {
                break;
            }
            Matcher m = HEADER_BUREAU.matcher(line.text());
            if (m.matches() && speaksAsBureau) {
                return m.group(1);
            }
        }
        return null;
    }

    public static String find(String title, String metadataLine, List<String> lines) {
        return find(title, metadataLine, Layout.of(String.join("\n", lines)));
    }

    public static String find(String title, String metadataLine, Layout layout) {
        return find(title, metadataLine, layout,
                LevelClassifier.speaksAsDepartment(String.join("\n", layout.texts()), layout.openingStart()));
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s");

    /** With whether the text speaks as a bureau ({@link LevelClassifier.Speaker#bureauInText}), worked out once per report. */
    public static String find(String title, String metadataLine, Layout layout, boolean speaksAsBureau) {
        List<String> signature = layout.signature();
        if (title != null) {
            Matcher m = TITLE_PREFIX.matcher(PARTY_ISSUER.matcher(title).replaceFirst(""));
            if (m.find()) {
                String body = WHITESPACE.matcher(m.group(1)).replaceAll(""); // "…生态环境局 (水务局、海洋局…)": a page's spacing
                // a ministry's name is whole as its title gives it (司法部 under the banner 中华人民共和国司法部)
                return LevelClassifier.isCentralBody(body) ? body : fullNameInHeader(body, metadataLine, layout.header());
            }
        }
        if (metadataLine != null && GOVERNMENT.matcher(metadataLine).matches() && !titleNamesAnotherPlace(title, metadataLine)) {
            return metadataLine; // not 东湖区人民政府 over "关于南昌市2020年度…的报告": the district's site reposts its city's report
        }
        if (metadataLine != null && BUREAU.matcher(metadataLine).matches()
                && speaksAsBureau) {
            return metadataLine; // a bureau's page whose title (if any) names no one and whose text speaks as that bureau
        }
        List<String> headerLines = layout.header();
        for (int i = 0; i < headerLines.size(); i++) {
            String line = headerLines.get(i);
            Matcher m = HEADER_GOVERNMENT.matcher(line);
            if (i == 0 && line.strip().equals(line) && headerLines.size() > 1
                    && !(title == null && Layout.isMetadataLine(headerLines.get(1)))) {
                // the page's first line, a bare name: the site's banner names the site's owner, not the issuer (unless the
                // page has no title and its date line follows the name: the name stands in the title's place)
                continue;
            }
            if (m.matches() && line.length() < 50 && !titleNamesAnotherPlace(title, m.group(1))) {
                return m.group(1);
            }
        }
        int titleLine = lineOf(title, layout.texts());
        String byline = bylineUnder(titleLine, layout);
        if (byline != null) {
            return byline;
        }
        for (int i = signature.size() - 1; i >= 0; i--) {
            if (layout.signatureFirstLine() + i < titleLine) {
                break; // a covering letter's signature, above the report's own title (请示 … 司法局 / 日期 / title)
            }
            if (isProse(signature.get(i))) {
                break; // a signature ends the report: a line above prose is a subhead ("服务发展大局"), not the signer
            }
            Matcher m = SIGNATURE.matcher(signature.get(i));
            if (m.find()) {
                return m.group(1);
            }
        }
        // after the signature: a bureau's name on a page's first line may be the site's banner (a city bureau's site
        // carrying its district branch's report, which the report's signature names)
        return title == null ? bureauAboveTheOpening(layout, speaksAsBureau) : null;
    }

    /** A body's full name alone on its line: "中共重庆市铜梁区永嘉镇委员会", "紫金县司法局". */
    private static final Pattern BYLINE = Pattern.compile("^\\s*((?:中共)?[\\u4e00-\\u9fa5]{2,40}?(?:委员会|人民政府|办事处|局|厅|办公室))\\s*$");

    /**
     * The issuer printed under the title, before the text ("永嘉镇2019年法治政府建设工作报告" / "中共重庆市铜梁区永嘉镇委员会"):
     * the first non-blank line within the two after the title's first line, when it is a body's full name alone; null
     * otherwise (a title split over two lines has its second half there, which is no name).
     */
    private static String bylineUnder(int titleLine, Layout layout) {
        if (titleLine < 0) {
            return null;
        }
        List<String> texts = layout.texts();
        for (int i = titleLine + 1; i < Math.min(texts.size(), titleLine + 3); i++) {
            if (texts.get(i).isBlank()) {
                continue;
            }
            Matcher m = BYLINE.matcher(texts.get(i));
            return m.matches() && !LEVEL_WORD_FIRST.matcher(m.group(1)).find() ? m.group(1) : null;
        }
        return null;
    }

    /** A line of running text: long, with the commas or stops of a sentence (a page's footer has neither). */
    private static boolean isProse(String line) {
        String s = line.strip();
        if (s.length() < 30) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '，' || c == ',' || c == '。' || c == '；' || c == '、') {
                return true;
            }
        }
        return false;
    }

    /** The first line that opens with the title (a title may be split over lines); -1 without a title. */
    private static int lineOf(String title, List<String> lines) {
        if (title == null) {
            return -1;
        }
        String opening = title.substring(0, Math.min(title.length(), 8));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(opening)) {
                return i;
            }
        }
        return -1;
    }
}
