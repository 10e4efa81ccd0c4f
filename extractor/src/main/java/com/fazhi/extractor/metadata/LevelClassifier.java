package com.fazhi.extractor.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fazhi.extractor.text.Runs;
import com.fazhi.reference.lexicon.GuardedPattern;
import com.fazhi.reference.lexicon.Lexicon;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The administrative level of the issuer: from the authority's name where there is one, else from how the text
 * names its own jurisdiction (全县/我区/全市 …), whichever it names most.
 */
public final class LevelClassifier {


    private LevelClassifier() {
    }

    /**
     * A body's other names in brackets after its name, optional: "(编译局)", "(水务局、海洋局、绿化和市容管理局)" (merged
     * bureaus), a page's space before them. One fragment for every pattern that reads a body's name.
     */
    public static final String OTHER_NAMES = "(?:\\s?[((][\\u4e00-\\u9fa5、]{2,30}[))])?";

    /**
     * What follows a bureau that is the subject of a sentence: 永嘉县司法局在…, 江北区司法局深学笃用…, 州应急管理局高度重视…
     * (levels.json bureauVerbStarts).
     */
    private static final List<String> BUREAU_VERB_STARTS = Lexicon.strings(
            Lexicon.get().levels().required("bureauVerbStarts"));
    private static final int OPENING_CHARS = 800;
    /** A preamble before the body's first part (一、) at least this long is the opening a speaker names itself in. */
    private static final int PREAMBLE_CHARS = 40;
    /**
     * A place as a sentence's subject: ",2020年,闵行区在市委…", or a government by its tier word ("…领导下,县政府深入贯彻…");
     * "。全县坚持…" is not one (no name).
     */
    private static final Pattern PLACE_AS_SUBJECT = Pattern.compile(
            "(?:^|[,,。;;\\s])(?>20\\d{2}年度?(?:以来)?[,,]?)?(?:(?![全我本各该])[\\u4e00-\\u9fa5]{1,8}(?:省|市|区|县|旗|州|盟|镇|乡|街道)(?:人民政府|政府)?"
                    + "|(?:省|市|区|县|旗|州|盟|镇|乡)(?:人民)?政府)"
                    + "(?:" + String.join("|", Lexicon.strings(
                            Lexicon.get().levels().required("placeVerbStarts"))) + ")");

    /** Where the body's first part (一、) starts as a heading, at the start or after a break; not 统一、规范. */
    private static int firstPartAt(String opening) {
        for (int at = opening.indexOf("一、"); at >= 0; at = opening.indexOf("一、", at + 1)) {
            if (at == 0 || Character.isWhitespace(opening.charAt(at - 1)) || opening.charAt(at - 1) == '。') {
                return at;
            }
        }
        return -1;
    }

    public static String classify(String authority, String text) {
        return classify(authority, text, 0, null);
    }

    /**
     * With the level of the unit the report named itself by in its title or opening (null when none): an authority's
     * name decides; else a bureau speaking of itself; else that self-named unit; else how the text refers to itself.
     */
    public static String classify(String authority, String text, int openingStart, String selfNamedLevel) {
        return decide(authority, Speaker.of(text, openingStart), selfNamedLevel);
    }

    /**
     * How the text speaks of itself, read once: as a bureau (我局, X局 as the subject), through its opening sentence's
     * subject, or by how it names its own jurisdiction (全县/我区 …); the later ones only where the earlier say nothing.
     * {@code bureauInText}: the text itself speaks as a bureau (我局, X局 as a sentence's subject), whatever its title
     * says; the authority stage reads it too, so it is worked out once.
     */
    public record Speaker(boolean department, String openingSubject, String selfReference, boolean bureauInText) {

        /**
         * For a bureau, the tier of the government it answers to, by how it names its jurisdiction (全区, 我区,
         * → county; 全市 → city), else by the tier word it names itself with (区司法局 → county): where a bureau that
         * names no place of its own sits. Null for a government's report.
         */
        public String governmentTier() {
            return department ? selfReference : null;
        }

        public static Speaker of(String text, int openingStart) {
            return of(text, openingStart, null);
        }

        /** With the report's title: a title whose issuer is a bureau ("西藏自治区藏语委办(编译局)2025年度…") speaks as one. */
        public static Speaker of(String text, int openingStart, String title) {
            boolean bureauInText = speaksAsDepartment(text, openingStart);
            if (title != null && (DEPARTMENT_TITLE.matcher(title).find() || titledAsZone(title))
                    || bureauInText || reportsAsZone(text, openingStart)) {
                String tier = fromSelfReference(text, -1);
                return new Speaker(true, null, tier != null ? tier : tierWordOfTheBureau(text, openingStart, title), bureauInText);
            }
            // a report sent to its superior ("自治区人民政府:") speaks from below it
            int above = Addressee.rank(text, openingStart);
            int bodyStart = openingStart + Addressee.length(text, openingStart);
            while (bodyStart < text.length() && Character.isWhitespace(text.charAt(bodyStart))) {
                bodyStart++;
            }
            String subject = fromOpeningSubject(text, bodyStart);
            if (subject != null && rankOf(subject) <= above) {
                subject = null;
            }
            return new Speaker(false, subject, subject != null ? null : fromSelfReference(text, above), false);
        }

        /** The level the text speaks as, for the region's search: department, else the subject's, else its self-reference. */
        public String level() {
            return department ? "department" : openingSubject != null ? openingSubject : selfReference;
        }
    }

    /** An authority's name decides; else how the text speaks; else the unit it named itself by; else its self-reference. */
    public static String decide(String authority, Speaker speaker, String selfNamedLevel) {
        if (authority != null) {
            String level = fromAuthority(authority);
            if (level != null) {
                return level;
            }
        }
        if (speaker.department()) {
            return "department";
        }
        if (speaker.openingSubject() != null) {
            return speaker.openingSubject();
        }
        return selfNamedLevel != null ? selfNamedLevel : speaker.selfReference();
    }

    private static final JsonNode LEVELS = Lexicon.get().levels();
    /** The verbs a sentence's subject is followed by, as one alternation (levels.json verbStarts). */
    public static final String VERB_START_ALTERNATION = String.join("|", Lexicon.strings(LEVELS.path("verbStarts")));
    /**
     * The opening sentence's subject: "2025年,银杏大街街道在…", "2023年,司法部党组深入…", "2024年,我市认真…", with its joint
     * leadership ("巴州党委、政府坚持…") or the short name it gives itself after it ("…管理委员会(简称经开区管委会)坚持…").
     */
    private static final Pattern OPENING_SUBJECT = Pattern.compile(
            LEVELS.path("openers").asText() + "([\\u4e00-\\u9fa5]{2,24}?(?:、(?:人民)?政府|、管委会)?)(?:[((](?:以下)?简称[^()()]{1,12}[))])?[,,]?(?:"
                    + VERB_START_ALTERNATION + ")");
    private static final List<String> VERB_STARTS = Lexicon.strings(LEVELS.path("verbStarts"));
    /** A sentence's verb starts at {@code at} ({@code levels.json} verbStarts: 按照, 坚持 …). */
    private static boolean verbAt(String text, int at) {
        return startsWithAny(text, at, VERB_STARTS);
    }

    /** One of {@code words} starts at {@code at}. */
    private static boolean startsWithAny(String text, int at, List<String> words) {
        for (String word : words) {
            if (text.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> AMBIGUOUS = Lexicon.strings(LEVELS.path("ambiguous"));
    private static final List<String> TRAILERS = Lexicon.strings(LEVELS.path("trailers"));
    private static final List<String> NOT_DEPARTMENT = Lexicon.strings(LEVELS.path("notDepartment"));

    /** The places before a township's name: its province, city and county, each maybe with 人民政府 (重庆市垫江县, 垫江县人民政府). */
    private static final String PLACES_ABOVE_A_TOWNSHIP = "(?:[\\u4e00-\\u9fa5]{1,12}?(?:省|自治区|市|区|县|旗)(?:人民政府)?){0,3}";

    /** A township or street as the subject of a sentence near the opening: "2024年,巨野河街道以习近平…", "。建筑新村街道坚持…". */
    private static final Pattern TOWNSHIP_SUBJECT = Pattern.compile(
            "(?:^|[。;;\\n]|20\\d{2}年度?(?:以来)?[,,])\\s*" + PLACES_ABOVE_A_TOWNSHIP + "([\\u4e00-\\u9fa5]{2,8}?(?:街道|镇|乡|苏木))"
                    + "(?:党工委|党委|办事处|人民政府)?[,,]?(?:"
                    + VERB_START_ALTERNATION + ")");
    /** How far into the body a township's name as a sentence subject is looked for. */
    private static final int TOWNSHIP_SUBJECT_REACH = 600;

    /**
     * A title issued by a township or a street: its name, after its county's, before the year or 关于; or after the
     * year, before the drive ("2023年度包场镇法治政府建设工作报告").
     */
    private static final Pattern TOWNSHIP_ISSUING = Pattern.compile(
            "^" + PLACES_ABOVE_A_TOWNSHIP + "([\\u4e00-\\u9fa5]{2,8}?(?:街道|镇|乡|苏木))(?:党工委|党委|办事处|人民政府)?(?:20\\d{2}|关于)"
                    + "|^20\\d{2}年度?" + PLACES_ABOVE_A_TOWNSHIP + "([\\u4e00-\\u9fa5]{2,8}?(?:街道|镇|乡|苏木))(?:党工委|党委|办事处|人民政府)?(?:法治|依法)");

    /** The township or street that issues the title ("垫江县桂东街道2025年…工作报告"); null if none does. */
    public static String townshipIssuing(String title) {
        Matcher m = TOWNSHIP_ISSUING.matcher(title);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        return aTownshipsName(name) ? name : null;
    }

    /** The township or street the body speaks as, by its name as a sentence's subject near the opening; null if none. */
    public static String townshipSubject(String text, int openingStart) {
        int from = Math.max(0, openingStart);
        Matcher m = TOWNSHIP_SUBJECT.matcher(text).region(from, Math.min(text.length(), from + TOWNSHIP_SUBJECT_REACH));
        while (m.find()) {
            if (aTownshipsName(m.group(1))) {
                return m.group(1);
            }
        }
        return null;
    }

    /** Whether a name read before 镇/乡/街道 can be one township's: no verb, no 全镇/我镇, not 乡镇 (levels.json notInATownshipName). */
    private static boolean aTownshipsName(String name) {
        return NOT_IN_A_TOWNSHIP_NAME.stream().noneMatch(name::contains);
    }

    /** Words no township's name holds (充分发挥镇党委…: levels.json notInATownshipName). */
    private static final List<String> NOT_IN_A_TOWNSHIP_NAME = Lexicon.strings(
            Lexicon.get().levels().required("notInATownshipName"));

    /**
     * The level the opening sentence's subject names: the body that reports speaks of itself first. Null when the
     * opening has no such subject or its last word names no level.
     */
    public static String fromOpeningSubject(String text, int openingStart) {
        int end = text.indexOf('\n', openingStart);
        String opening = text.substring(openingStart, end < 0 ? Math.min(text.length(), openingStart + 300) : end);
        Matcher m = OPENING_SUBJECT.matcher(opening);
        if (!m.find()) {
            return null;
        }
        String subject = withoutTrailers(m.group(1));
        if (AMBIGUOUS.contains(subject)) {
            return null; // 我区 is a district's or an autonomous region's word for itself
        }
        if (namesAZone(subject) || namesAZone(withoutZoneCommittee(subject))) {
            return "department"; // "郑州高新区以习近平…": a zone's 管委会 is an office of its city's government
        }
        for (JsonNode pair : LEVELS.path("suffixes")) {
            String suffix = pair.get(0).asText();
            String level = pair.get(1).asText();
            if (subject.endsWith(suffix)) {
                if (level.equals("department") && NOT_DEPARTMENT.stream().anyMatch(subject::endsWith)) {
                    return null;
                }
                return level;
            }
        }
        return null;
    }

    /**
     * Where the opening sentence's subject stands ("2023年,株洲深入贯彻…" → 株洲), as {start, end} in the text, or null
     * when the opening has no such subject.
     */
    public static int[] openingSubjectSpan(String text, int openingStart) {
        int end = text.indexOf('\n', openingStart);
        String opening = text.substring(openingStart, end < 0 ? Math.min(text.length(), openingStart + 300) : end);
        Matcher m = OPENING_SUBJECT.matcher(opening);
        return m.find() ? new int[] {openingStart + m.start(1), openingStart + m.start(1) + withoutTrailers(m.group(1)).length()} : null;
    }

    /** The subject without the words after its name that do not change it: 巴州党委、政府 → 巴州, 全市上下 → 全市. */
    private static String withoutTrailers(String subject) {
        for (boolean trimmed = true; trimmed;) {
            trimmed = false;
            for (String trailer : TRAILERS) {
                if (subject.endsWith(trailer) && subject.length() > trailer.length()) {
                    subject = subject.substring(0, subject.length() - trailer.length());
                    trimmed = true;
                }
            }
        }
        return subject;
    }

    private static final Pattern CENTRAL_BODY = Pattern.compile(LEVELS.path("centralBody").asText());
    /** A central body as the opening sentence's subject: "2024年,在党中央、国务院的坚强领导下,海关总署坚持…". */
    private static final Pattern CENTRAL_SUBJECT = Pattern.compile(
            "(?:^|(?<=[。\\n]))" + LEVELS.path("openers").asText().replaceFirst("^\\^", "") + "((?:中华人民共和国)?[\\u4e00-\\u9fa5]{2,16}?(?:部|总署|审计署|局|委员会|中国人民银行))(?:党组|党委)?(?:"
                    + String.join("|", Lexicon.strings(LEVELS.path("verbStarts")).stream()
                            .filter(verb -> verb.length() > 1).toList()) + ")"); // not 在/以: "水利部在我县召开现场会"
    /** How far into the opening a central body is looked for as a subject. */
    private static final int CENTRAL_SUBJECT_REACH = 200;

    /** A ministry's or a central agency's name (司法部, 海关总署, 国家知识产权局; {@code levels.json} centralBody). */
    public static boolean isCentralBody(String name) {
        return name != null && CENTRAL_BODY.matcher(name).matches()
                && com.fazhi.reference.region.RegionTable.get().mentions(name).isEmpty(); // 国家税务总局深圳市税务局: a city's branch
    }

    /** Whether the report is a ministry's or a central agency's: its issuer's name, or its opening sentence's subject. */
    public static boolean speaksAsCentralBody(String authority, String text, int openingStart) {
        if (authority != null) {
            return isCentralBody(authority);
        }
        int from = Math.max(0, openingStart);
        Matcher m = CENTRAL_SUBJECT.matcher(text).region(from, Math.min(text.length(), from + CENTRAL_SUBJECT_REACH));
        while (m.find()) { // a sentence's own subject near the opening ("2021年,水利部坚持…"), not a ministry named inside one
            if (isCentralBody(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * How a bureau, a commission or a provincial department calls itself: 我局, 本局, 我委 (卫健委), 我厅, 局党组/局党委, 局机关,
     * 局领导班子 or 厅党组 without a name before it (纳入局党组理论学习中心组, 经局党委研究, 纳入局年度工作考核, an enumeration's
     * 二是局党组严格落实…), 市局 as a clause's subject ("。市局获2022年度…"), and the
     * 法治政府部门 it builds (a department's word for its own rule-of-law drive).
     */
    private static final GuardedPattern SELF_AS_BUREAU = GuardedPattern.compile(
            "[我本](?:局|委(?![员会])|厅)|" + ownOrgansOf("[局厅]")
                    + "|[省市县区](?<=[。;;\\n][省市县区])局(?=[\\u4e00-\\u9fa5])|法治(?:政府)?部门建设");
    /**
     * A body's own organs named after its word with no name before it (局党组, 召开厅党组会, 局长办公会; levels.json
     * ownOrgansLead and ownOrgans), for the body word {@code body} (a regex: [局厅], 厅).
     */
    public static String ownOrgansOf(String body) {
        return body + LEVELS.path("ownOrgansLead").asText().replace("{body}", body) + LEVELS.path("ownOrgans").asText();
    }

    /**
     * The line of work a bureau leads, named in the opening sentence ("在市委市政府的领导下,全市市场监管系统…", 全市系统):
     * the bureau speaks for it. Not 全市政府系统, and not a line named later in passing (全省司法行政系统仅此一家).
     */
    private static final Pattern LEADS_A_LINE_OF_WORK = Pattern.compile(
            "^[^。;;\\n]*?全[省市县区州旗盟](?!政府)[\\u4e00-\\u9fa5]{0,8}(?<!政府)系统(?!观念|思维|推进|谋划|集成|治理|施策|性|化)");
    /**
     * A commission's 委 (国资委, 卫健委, 民宗委), not a party committee's (县委, 市委, 党委, 党工委, 盟委, 地委) nor a
     * residents' or villagers' committee's (居委, 村委).
     */
    private static final String COMMISSION = "(?<!党工|居|村)(?<![党市县区省州旗盟镇乡地])委";
    /**
     * A title whose issuer, before its year or 关于, ends in a bureau's word (局, 厅, 委, 办, 办公室, a bracketed second
     * name): "湖南省交通运输厅2019年…", "西藏自治区藏语委办(编译局)2025年度…". Not 委员会 (a party committee's
     * joint title names a government after it) and not a government.
     */
    private static final Pattern DEPARTMENT_TITLE = Pattern.compile(
            "^(?!中共)[\\u4e00-\\u9fa5]{2,30}?(?:局|厅|" + COMMISSION + "|委办|办公室)" + OTHER_NAMES + "\\s?(?:关于|20\\d{2}年)");

    /**
     * A bureau speaking of itself near the start (我局, or 永嘉县司法局 as the subject of a sentence), or naming its own head
     * as the 第一责任人 in its first parts ({@link #headIsFirstResponsible}).
     */
    public static boolean speaksAsDepartment(String text, int openingStart) {
        String opening = text.substring(openingStart, Math.min(text.length(), openingStart + OPENING_CHARS));
        // 我局 may stand above the opening paragraph too, in a short first line ("现将我局2023年…报告如下。")
        int upToOpening = Math.min(text.length(), openingStart + OPENING_CHARS);
        // searched from the text's start, so the look-behinds see nothing a region would hide (transparent bounds)
        if (SELF_AS_BUREAU.find(text, 0, upToOpening, true) != null || REPORTS_AS_BUREAU.find(text, 0, upToOpening) != null
                || LEADS_A_LINE_OF_WORK.matcher(opening).find() || makesItsOwnPlan(text, Math.max(0, openingStart), upToOpening)
                || headIsFirstResponsible(text, Math.max(0, openingStart))) {
            return true;
        }
        int firstPart = firstPartAt(opening);
        if (firstPart >= PREAMBLE_CHARS && PLACE_AS_SUBJECT.matcher(opening).region(0, firstPart).find()) {
            // a place that speaks in the preamble (2020年,闵行区在…): a bureau its first part names (区市场局以…) is its unit
            opening = opening.substring(0, firstPart);
        } else if (firstPart < 0) {
            // no part begins in the opening: a place that speaks first (一年来,梅县区坚持…) is the speaker, and the
            // bureaus its long sentence names after it (区市场监督管理局发出全市首张…) are its units
            Matcher place = PLACE_AS_SUBJECT.matcher(opening);
            if (place.find()) {
                opening = opening.substring(0, place.start());
            }
        }
        for (int i = opening.indexOf('局'); i >= 0; i = opening.indexOf('局', i + 1)) {
            if (subjectAt(opening, i, i + 1)) {
                return true;
            }
        }
        for (int i = opening.indexOf("委员会"); i >= 0; i = opening.indexOf("委员会", i + 1)) {
            if (subjectAt(opening, i, i + 3)) {
                return true;
            }
        }
        for (int i = opening.indexOf('处'); i >= 0; i = opening.indexOf('处', i + 1)) {
            // "地区司法处坚持…": an office named 处 (a prefecture's), not a street's 办事处
            if (i >= 2 && !opening.startsWith("办事", i - 2) && subjectAt(opening, i, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** How far into the opening the tier-word bureau is looked for: a practical limit past the openers' usual clauses. */
    private static final int TIER_WORD_REACH = 300;
    /**
     * A bureau named by its government's tier word alone, as the opening's subject (after what an opening starts with,
     * levels.json openers) or the title's issuer: "2023年,区司法局坚持…", "2023年,在市委、市政府的正确领导下,市科技局以…",
     * "区司法局2021年法治政府建设情况报告" (its government is a district's; 市 a city's, 省 a province's).
     */
    private static final Pattern TIER_WORD_BUREAU = Pattern.compile(
            LEVELS.path("openers").asText() + "([省市州县区旗])(?!"
                    + Lexicon.alternation(LEVELS.path("tierWordInAWord")) + "|[中北南东西]区)[\\u4e00-\\u9fa5]{1,10}?(?:局|委员会)(?:党组)?(?=20\\d{2}|关于|[\\u4e00-\\u9fa5]{0,4}(?:"
                    + VERB_START_ALTERNATION + "))");

    static String tierWordOfTheBureau(String text, int openingStart, String title) {
        Matcher m = title != null ? TIER_WORD_BUREAU.matcher(title) : null;
        if (m == null || !m.find()) {
            int from = Math.max(0, openingStart);
            m = TIER_WORD_BUREAU.matcher(text).region(from, Math.min(text.length(), from + TIER_WORD_REACH));
            if (!m.find()) {
                return null;
            }
        }
        return switch (m.group(1)) {
            case "省" -> "province";
            case "市", "州" -> "city";
            default -> "county";
        };
    }

    /**
     * A bureau that draws up its own year's plan: "制定出台《余杭区农业农村局2020年法治工作要点》" (a government issues its
     * own plans, not a bureau's).
     */
    private static final GuardedPattern MAKES_ITS_OWN_PLAN = GuardedPattern.compile(
            "(?:制定|出台|印发)(?:出台|印发)?了?《[\\u4e00-\\u9fa5]{2,24}?(?:局|厅)20\\d{2}年度?[^《》]{0,16}(?:工作要点|实施方案|工作计划|工作方案)》");

    /** The bureau's own plan, its verb opening a clause ("。制定出台《…局2020年…工作要点》", "二是印发《…》"), not a body's before it. */
    private static boolean makesItsOwnPlan(String text, int from, int to) {
        for (java.util.regex.MatchResult m = MAKES_ITS_OWN_PLAN.find(text, from, to); m != null;
                m = MAKES_ITS_OWN_PLAN.find(text, m.end(), to)) {
            int before = m.start();
            while (before > from && Character.isWhitespace(text.charAt(before - 1))) {
                before--;
            }
            if (before >= from + 2 && text.charAt(before - 1) == '是' && "一二三四五六七八九十".indexOf(text.charAt(before - 2)) >= 0) {
                before -= 2; // 二是印发《…》
            }
            if (before <= from || "。;;,,\n".indexOf(text.charAt(before - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence that names a bureau's head as the one fulfilling the 第一责任人 duties (区教育局党政主要负责人切实履行推进法治建设
     * 第一责任人职责; levels.json headAsFirstResponsible): the genre's responsibility paragraph speaks of the reporting
     * body's own head, so the text is a bureau's. Read in the first parts, where that paragraph stands.
     */
    private static final Pattern HEAD_AS_FIRST_RESPONSIBLE = Pattern.compile(
            LEVELS.required("headAsFirstResponsible").asText());
    private static final String FIRST_RESPONSIBLE = "第一责任人";
    /** How far into the text the responsibility paragraph is looked for: the opening and the first parts. */
    private static final int FIRST_PARTS_CHARS = 2_000;
    /** The longest sentence start read before 第一责任人: a name, the head's title and a verb phrase. */
    private static final int HEAD_SENTENCE_REACH = 80;

    static boolean headIsFirstResponsible(String text, int openingStart) {
        int end = Math.min(text.length(), openingStart + FIRST_PARTS_CHARS);
        for (int at = text.indexOf(FIRST_RESPONSIBLE, openingStart); at >= 0 && at < end;
                at = text.indexOf(FIRST_RESPONSIBLE, at + 1)) {
            int start = Math.max(openingStart, Runs.back(text, at, Runs.SENTENCE_BREAKS, HEAD_SENTENCE_REACH));
            if (HEAD_AS_FIRST_RESPONSIBLE.matcher(text).region(start, at + FIRST_RESPONSIBLE.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The report announced as a bureau's, a commission's or an office's: "现将市政府办公室2022年度法治政府建设情况报告如下",
     * "现将2023年度枣庄市教育局法治…", "现将市信访办2021年度…" (not a street's 街道办, nor a party committee's 县委).
     */
    private static final GuardedPattern REPORTS_AS_BUREAU = GuardedPattern.compile(
            "现将(?:20\\d{2}年度?)?[\\u4e00-\\u9fa5]{0,16}?(?:办公室|(?<!街道)办|局|厅|委员会|" + COMMISSION + ")(?:20\\d{2}|关于|法治|依法行政)");

    private static final List<String> ZONES = Lexicon.strings(LEVELS.path("zones"));
    private static final String ZONE_NAME = "([\\u4e00-\\u9fa5]{2,20}?(?:" + String.join("|", ZONES) + "))";
    /** A title issued by a zone: "郑州经济技术开发区管委会2023年…", "宁河经济开发区关于…", "2025年天津经济技术开发区法治政府…". */
    private static final Pattern ZONE_TITLE = Pattern.compile(
            "^(?:20\\d{2}年度?)?(?!中共)" + ZONE_NAME + "(?:管委会|管理委员会|党工委)?(?:关于|20\\d{2}年|法治|依法行政)");
    /** The report announced as a zone's: "现将高新区2025年度法治政府建设情况报告如下". */
    private static final Pattern REPORTS_AS_ZONE = Pattern.compile(
            "现将" + ZONE_NAME + "(?:管委会|管理委员会)?(?:20\\d{2}|关于|法治|依法行政)");

    /**
     * A development zone's or a new area's name (郑州高新区, 宁河经济开发区, 西咸新区, 泾河新城, {@code levels.json} zones) that
     * the division table does not list as a district (滨海新区 and 浦东新区 are districts): its 管委会 is an office of its
     * city's or province's government, so a report that names itself by it is a department's. Labellers split on new
     * areas (dev20 WC08, dev22 YB21 and dev14 KD08 county; dev26 CC12, dev29 FB04–FB18 and holdout6 MA02 department): the
     * 管委会 is a commission, so the spec's department.
     */
    static boolean namesAZone(String name) {
        if (ZONES.stream().noneMatch(name::endsWith)) {
            return false;
        }
        return com.fazhi.reference.region.RegionTable.get().mentions(name).stream()
                .noneMatch(m -> m.end() == name.length() && !m.shortForm()
                        && m.units().stream().anyMatch(u -> u.level() == com.fazhi.reference.region.RegionUnit.Level.COUNTY));
    }

    /** A zone's name without its committee's word after it: "天津经济技术开发区管理委员会" → "天津经济技术开发区". */
    private static String withoutZoneCommittee(String subject) {
        for (String committee : new String[] {"管理委员会", "管委会"}) {
            if (subject.endsWith(committee)) {
                return subject.substring(0, subject.length() - committee.length());
            }
        }
        return subject;
    }

    /** The words that end a development zone's name ({@code levels.json} zones). */
    public static List<String> zoneWords() {
        return ZONES;
    }

    static boolean titledAsZone(String title) {
        Matcher m = ZONE_TITLE.matcher(title);
        return m.find() && namesAZone(m.group(1));
    }

    /**
     * A zone's own leadership as a sentence's subject: "区党工委、管委会主要领导认真履行…", "。党工委、管委会坚持…". A district has
     * 区委、区政府 and a street 党工委、办事处: a 党工委 beside a 管委会 is a zone's. Not "在高新区党工委、管委会的领导下"
     * (a street or a county under the zone) nor "向示范区党工委、管委会…汇报".
     */
    private static final Pattern ZONE_COMMITTEES_SPEAK = Pattern.compile(
            "(?:^|[。;;,,\\n])\\s*(?:(?![在向对各])[\\u4e00-\\u9fa5]{0,16}?区)?党工委[、和]?管委会(?:主要(?:领导|负责)|["
                    + LEVELS.required("zoneCommitteeVerbFirsts").asText() + "])");

    /** "现将高新区2025年度…报告如下" in the opening (or a short line above it), or the zone's committees as its subject. */
    static boolean reportsAsZone(String text, int openingStart) {
        int end = Math.min(text.length(), openingStart + OPENING_CHARS);
        Matcher m = REPORTS_AS_ZONE.matcher(text).region(0, end);
        if (m.find() && namesAZone(m.group(1))) {
            return true;
        }
        int committee = text.indexOf("管委会"); // rare: the regex runs only where a 管委会 stands in the opening
        return committee >= 0 && committee < end && ZONE_COMMITTEES_SPEAK.matcher(text).region(0, end).find();
    }

    /**
     * What may stand between a bureau's name and its verb: its other names in brackets ("市数据局(市营商环境建设局、市行政
     * 审批局)在…"), its topic ("元谋县交通运输局法治政府建设工作在…").
     */
    private static final Pattern SUBJECT_TOPIC = Pattern.compile(
            "^" + OTHER_NAMES + "(?:(?:法治政府建设|法治建设|依法行政)(?:工作)?)?");

    private static boolean subjectAt(String text, int nameEnd, int after) {
        Matcher topic = SUBJECT_TOPIC.matcher(text).region(Math.min(after, text.length()), text.length());
        if (topic.lookingAt()) {
            after = topic.end();
        }
        if (text.startsWith("党组", after) && nameEnd >= 2 && !inEnumeration(text, nameEnd)
                && Character.isIdeographic(text.charAt(nameEnd - 1)) && Character.isIdeographic(text.charAt(nameEnd - 2))) {
            if (startsWithAny(text, after + 2, PARTY_GROUP_VERBS)) {
                return true; // "生态环境局党组集中学习…": the bureau's party group, the bureau speaking (not 党组组长)
            }
        }
        // 委员会全体会议: a meeting, not a subject; 中共X区委员会全面依法治区委员会: one committee's name
        return nameEnd >= 2 && !inEnumeration(text, nameEnd) && !text.startsWith("全体", after) && !text.startsWith("全面依法治", after) && after < text.length() && startsWithAny(text, after, BUREAU_VERB_STARTS)
                && Character.isIdeographic(text.charAt(nameEnd - 1)) && Character.isIdeographic(text.charAt(nameEnd - 2));
    }

    /** How far back a bureau's name may start: "区司法局", "市交通运输综合行政执法支队" … */
    private static final int NAME_REACH = 12;

    /** The name is an item of a list of bodies ("区检察院、区司法局围绕…"): they are the subject together, not the speaker. */
    private static boolean inEnumeration(String text, int nameEnd) {
        for (int i = nameEnd - 1; i >= Math.max(0, nameEnd - NAME_REACH); i--) {
            char c = text.charAt(i);
            if (c == '、') {
                // not one bureau's committee and the bureau itself ("区城市管理局委员会、区城市管理局坚持…"): it speaks
                String item = text.substring(i + 1, nameEnd);
                int before = i;
                while (before > 0 && Character.isIdeographic(text.charAt(before - 1)) && i - before < 2 * NAME_REACH) {
                    before--;
                }
                return item.length() < 2 || !text.substring(before, i).contains(item);
            }
            if (!Character.isIdeographic(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean governmentFollows(String text, int at) {
        int end = text.startsWith("政府", at) ? at + 2 : text.startsWith("人民政府", at) ? at + 4 : -1;
        return end > 0 && (end >= text.length() || text.charAt(end) != '的' && text.charAt(end) != '正');
    }

    private static int rankOf(String level) {
        return switch (level) {
            case "province" -> 0;
            case "city" -> 1;
            case "county" -> 2;
            case "township" -> 3;
            default -> 4;
        };
    }

    private static final List<String> RANKINGS = Lexicon.strings(LEVELS.path("rankings"));
    private static final List<String> PARTY_GROUP_VERBS = Lexicon.strings(LEVELS.path("partyGroupVerbs"));

    private static boolean ranksAmongPeers(String text, int at) {
        return startsWithAny(text, at, RANKINGS);
    }

    private static void count(int[] counts, char unit) {
        switch (unit) {
            case '省' -> counts[0]++;
            case '市', '州', '盟' -> counts[1]++;
            case '区', '县', '旗' -> counts[2]++;
            case '镇', '乡' -> counts[3]++;
            default -> {
            }
        }
    }


    /** A party committee's name: 中共重庆市铜梁区永嘉镇委员会, 中共南安市委柳城街道工作委员会. */
    private static final Pattern PARTY_COMMITTEE = Pattern.compile("^中共(.{2,40}?)(?:工作)?委员会$");

    /** A township's own body: 乡/镇 before its government, party committee or committee. */
    private static final Pattern TOWNSHIP_BODY = Pattern.compile("[乡镇](?:人民政府|政府|党委|委员会)$");
    /** A government's name without 人民政府/政府: the unit it governs. */
    private static final Pattern GOVERNMENT_SUFFIX = Pattern.compile("(?:人民)?政府$");
    private static final Pattern MUNICIPALITY = Pattern.compile("(?:北京|上海|天津|重庆)市");

    static String fromAuthority(String authority) {
        if (authority.endsWith("街道办事处") || TOWNSHIP_BODY.matcher(authority).find()) {
            return "township";
        }
        Matcher party = PARTY_COMMITTEE.matcher(authority);
        if (party.matches()) { // a party committee reports at its place's level, like the government beside it
            String level = fromAuthority(party.group(1) + "人民政府");
            if (level != null) {
                return level;
            }
        }
        if (authority.endsWith("行政公署")) {
            return "city"; // 地区/盟 administrations are prefecture-level
        }
        if (!authority.endsWith("政府")) {
            return "department";
        }
        String unit = GOVERNMENT_SUFFIX.matcher(authority).replaceFirst("");
        if (unit.endsWith("省") || unit.endsWith("自治区")) {
            return "province";
        }
        if (unit.endsWith("地区")) {
            return "city"; // a prefecture-level 地区 (阿里地区), not a district
        }
        if (unit.endsWith("区") || unit.endsWith("县") || unit.endsWith("旗")) {
            return "county";
        }
        if (unit.endsWith("市") || unit.endsWith("州") || unit.endsWith("盟") || unit.endsWith("地区")) {
            return MUNICIPALITY.matcher(unit).matches() ? "province" : "city";
        }
        return null;
    }

    /**
     * Counts how the text names its own jurisdiction: 全县/我区/本镇, 县政府/区人民政府 (not after 委、: "区委、区政府"
     * names the leadership above as often as itself), and 自治区党委/政府 (a region, whatever 我区 suggests).
     */
    public static String fromSelfReference(String text) {
        return fromSelfReference(text, -1);
    }

    /**
     * What before 区政府/县政府 says the government is not the speaker's own: 区委、区政府 (the leadership above as
     * often as itself), 自治区政府, and the quantifiers over the units below (各区政府, 多数区政府, 部分县政府, 有关区政府).
     */
    private static final String NOT_OWN_GOVERNMENT_BEFORE = "委、治各数分关些";

    /** The same, for a report whose own unit ranks below {@code above} (0 province … 2 county; -1: no bound). */
    static String fromSelfReference(String text, int above) {
        int[] counts = new int[4];
        int length = text.length();
        for (int i = 0; i < length - 1; i++) {
            char c = text.charAt(i);
            if ((c == '全' || c == '我' || c == '本')) {
                if (text.startsWith("自治区", i + 1)) {
                    counts[0]++;
                } else if (text.startsWith("街道", i + 1) || text.startsWith("街", i + 1) && (c == '我' || c == '本'
                        || i + 2 < length && "区巷面头市".indexOf(text.charAt(i + 2)) < 0)) { // 全街 (not 全街区, 全街巷)
                    counts[3]++;
                } else if (c == '全' && ranksAmongPeers(text, i + 2)) {
                    // 全市首个, 在全市率先: the place above the speaker, where it ranks, not its own jurisdiction
                } else {
                    count(counts, text.charAt(i + 1));
                    if (c == '我' && text.charAt(i + 1) != '区') { // 我市 names the speaker three times as surely as 全省,
                        // which often ranks it (全省第一); not 本 (资本市场) and not 我区 (a district's or an autonomous region's)
                        count(counts, text.charAt(i + 1));
                        count(counts, text.charAt(i + 1));
                    }
                }
            } else if (c == '自' && text.startsWith("自治区", i) && (text.startsWith("党委", i + 3)
                    || text.startsWith("政府", i + 3) || text.startsWith("人民政府", i + 3))) {
                counts[0] += 2;
            } else if ((c == '镇' || c == '乡') && text.startsWith("党委", i + 1) && (i == 0 || !Character.isIdeographic(text.charAt(i - 1)))) {
                counts[3]++; // "。乡党委、政府高度重视": a township's own committee, named by its level word alone
            } else if (c == '街' && (text.startsWith("街道党工委", i) || text.startsWith("街道办事处", i))
                    && (i == 0 || "。;\n".indexOf(text.charAt(i - 1)) >= 0)) {
                counts[3]++; // "。街道党工委、办事处持续推进": a street's own committee or office, named by its level word alone, as a sentence's subject
            } else if (c == '街' && text.startsWith("街道", i) && (i == 0 || ",,。;;\n".indexOf(text.charAt(i - 1)) >= 0)
                    && verbAt(text, i + 2)) {
                counts[3] += 2; // ",街道按照《奉节县…方案》": the street itself as a clause's subject, the surest word a street has for itself
            } else if (c == '行' && text.startsWith("行署", i) && (i == 0 || text.charAt(i - 1) == '、' || !Character.isIdeographic(text.charAt(i - 1)))) {
                counts[1]++; // "盟委、行署主要领导": a league's (or prefecture's) administrative office
            } else if ((c == '省' || c == '区' || c == '县' || c == '镇' || c == '乡') && governmentFollows(text, i + 1)
                    && (i == 0 || NOT_OWN_GOVERNMENT_BEFORE.indexOf(text.charAt(i - 1)) < 0)) {
                count(counts, c);
            }
        }
        int best = -1;
        for (int i = above + 1; i < counts.length; i++) {
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best])) {
                best = i;
            }
        }
        return best < 0 ? null : new String[] {"province", "city", "county", "township"}[best];
    }
}
