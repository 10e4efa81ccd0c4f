package com.fazhi.extractor.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fazhi.reference.lexicon.Lexicon;

/**
 * Finds every figure in a text: Arabic numerals (with thousands separators: 2,600) or Chinese numerals, an optional 万/千 multiplier, 余/多 (the stated number
 * counts: "30余份" is 30), an optional parenthetical ("30(去年转结案件5件)件"), and a unit, or, for a written count of
 * officials that leaves 名/人 out, the official's noun (5万余国家工作人员: unit 人, the noun left to the words after).
 */
public final class FigureScanner {

    /** The measure words of lexicon/units.json, as one alternation (longest first, as the list gives them). */
    static final String UNITS = Lexicon.get().unitAlternation();
    private static final Map<String, Integer> MULTIPLIERS = new java.util.HashMap<>();
    static {
        Lexicon.get().units().path("multipliers").fields().forEachRemaining(e -> MULTIPLIERS.put(e.getKey(), e.getValue().asInt()));
    }
    private static final String CHINESE_NUMERALS = "零〇一二两三四五六七八九十百千";
    /** One Chinese numeral character, as a regex class. */
    static final String CHINESE_NUMERAL = "[" + CHINESE_NUMERALS + "]";
    /** The multipliers (万, 千) and the approximations (余, 多) of units.json, each as a regex alternation. */
    static final String MULTIPLIER = String.join("|", MULTIPLIERS.keySet());
    static final String APPROXIMATELY = String.join("|", Lexicon.strings(Lexicon.get().units().path("approximately")));
    /** Every character a number's words can end with besides a digit: the Chinese numerals, 万/千 and 余/多. */
    static final String NUMBER_WORD_CHARS = CHINESE_NUMERALS + String.join("", MULTIPLIERS.keySet())
            + String.join("", Lexicon.strings(Lexicon.get().units().path("approximately")));
    /** CHINESE_NUMERALS as a lookup table: every character of a text is tested. */
    private static final boolean[] IS_CHINESE_NUMERAL = new boolean[Character.MAX_VALUE + 1];
    static {
        CHINESE_NUMERALS.chars().forEach(c -> IS_CHINESE_NUMERAL[c] = true);
    }
    private static final int MAX_FIGURE_CHARS = 48;
    /**
     * units.json's peopleNouns: an official's noun right after an Arabic count, with nothing between them, is its measure
     * word (5万余国家工作人员, 47公职人员); a decimal is no headcount unless 万/千 follows it (1.1领导干部带头学法 is a
     * section's number).
     */
    private static final JsonNode PEOPLE_NOUNS = Lexicon.get().units().path("peopleNouns");
    private static final String PEOPLE_UNIT = PEOPLE_NOUNS.path("unit").asText();
    private static final List<String> PEOPLE = Lexicon.strings(PEOPLE_NOUNS.path("words"));
    private static final Pattern FIGURE = Pattern.compile(
            "(?<num>\\d{1,3}(?:,\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|" + CHINESE_NUMERAL + "+万" + CHINESE_NUMERAL + "+|" + CHINESE_NUMERAL
                    + "+)\\s*(?<mult>" + MULTIPLIER + ")?\\s*(?<approx>" + APPROXIMATELY + ")?"
                    + "\\s*(?<paren>[((][^()()\\n]{0,20}[))])?\\s*(?:(?<unit>" + UNITS + ")|(?=(?<people>"
                    + Lexicon.quotedAlternation(PEOPLE) + ")))");

    private FigureScanner() {
    }

    public static List<Figure> scan(String text) {
        List<Figure> figures = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit && !IS_CHINESE_NUMERAL[c] || i > 0 && isNumberChar(text.charAt(i - 1), digit)
                    || digit && isThousandsGroup(text, i)) {
                i++;
                continue;
            }
            int runEnd = skipNumeral(text, i, digit);
            if (i > 0 && (text.charAt(i - 1) == '第' || text.charAt(i - 1) == '届' && !digit && runEnd < length && text.charAt(runEnd) == '次'
                    || continuesAnOrdinalList(text, i))) {
                i = runEnd; // 第14次, 九届十一次全会, 第34次、40次: an ordinal, not a count (新一届12名, 新一届十二名 count)
                continue;
            }
            if (!unitMayFollow(text, runEnd)) {
                i = runEnd;
                continue;
            }
            m.region(i, Math.min(length, i + MAX_FIGURE_CHARS));
            if (!m.lookingAt()) {
                i = runEnd;
                continue;
            }
            i = m.end();
            String num = m.group("num");
            boolean chinese = !Character.isDigit(num.charAt(0));
            if (m.group("people") != null && !countsOfficials(text, m, chinese)) {
                continue;
            }
            if (chinese && (m.group("paren") != null || isWordNumeral(text, m.start(), m.end(), num, m.group("approx") != null))) {
                continue;
            }
            if (insideQuotedName(text, m.start(), m.end())) {
                continue; // “百名法学家百场报告会”宣讲团: a number inside a quoted name names it, it counts nothing
            }
            double value = chinese ? ChineseNumerals.parse(num) : Double.parseDouble(num.replace(",", ""));
            if (value < 0) {
                continue;
            }
            if (m.group("mult") != null) {
                value *= MULTIPLIERS.get(m.group("mult"));
            }
            String unit = m.group("people") != null ? PEOPLE_UNIT : m.group("unit");
            figures.add(new Figure(Math.round(value * 1000) / 1000.0, unit, m.start(), m.end()));
        }
        if (text.contains("百分之")) {
            addPercentWords(text, figures);
        }
        return figures;
    }

    /**
     * The text with every figure's Chinese numeral, its 万 included, written as as many 0s (三次 → 0次, 二十四期 → 000期,
     * 三万五千人次 → 0000人次; a rate in words stays): the rules read any figure as a number, whichever script it is
     * written in, and their gaps stop at it, while the offsets stay those of the text.
     */
    public static String withNumeralsAsDigits(String text, List<Figure> figures) {
        char[] chars = null;
        for (Figure figure : figures) {
            for (int k = figure.start(); k < figure.end() && (IS_CHINESE_NUMERAL[text.charAt(k)] || MULTIPLIERS.containsKey(String.valueOf(text.charAt(k))))
                    && !text.startsWith("百分之", k); k++) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[k] = '0';
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** A rate in words, as older reports write it: 百分之十四点六 (14.6 %), 百分之九十八, 百分之95.2. */
    private static final Pattern PERCENT_WORDS = Pattern.compile(
            "百分之(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百]+)(?:点([零〇一二三四五六七八九]+))?");

    private static void addPercentWords(String text, List<Figure> figures) {
        Matcher m = PERCENT_WORDS.matcher(text);
        boolean added = false;
        while (m.find()) {
            String whole = m.group(1);
            double value = Character.isDigit(whole.charAt(0)) ? Double.parseDouble(whole) : ChineseNumerals.parse(whole);
            if (value < 0 || value > 100) {
                continue;
            }
            if (m.group(2) != null) {
                StringBuilder decimals = new StringBuilder();
                for (char c : m.group(2).toCharArray()) {
                    decimals.append((long) ChineseNumerals.parse(String.valueOf(c)));
                }
                value += Double.parseDouble("0." + decimals);
            }
            figures.add(new Figure(Math.round(value * 1000) / 1000.0, "%", m.start(), m.end()));
            added = true;
        }
        if (added) {
            figures.sort(java.util.Comparator.comparingInt(Figure::start));
        }
    }

    /** A figure starts where a numeral run starts: not inside 123 or 1.5, nor inside 二十. */
    private static boolean isNumberChar(char previous, boolean digit) {
        return digit ? previous >= '0' && previous <= '9' || previous == '.' : IS_CHINESE_NUMERAL[previous];
    }

    /** Cheap test before the regex: a figure's numeral is followed by a multiplier, 余, a parenthesis or a unit. */
    private static boolean unitMayFollow(String text, int at) {
        int k = at;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k < text.length() && AFTER_NUMERAL.indexOf(text.charAt(k)) >= 0;
    }

    /**
     * Whether a number before an official's noun counts them: written in digits, the noun right after it (2 领导干部
     * numbers a list), whole unless 万/千 follows (1.1领导干部 numbers a section), no parenthetical between. A Chinese
     * numeral before such a noun is a word's (庆七一党员干部), so 千余干部 is not read either.
     */
    private static boolean countsOfficials(String text, Matcher m, boolean chinese) {
        return !chinese && m.group("paren") == null && !Character.isWhitespace(text.charAt(m.start("people") - 1))
                && (m.group("num").indexOf('.') < 0 || m.group("mult") != null);
    }

    /** What may follow a figure's numeral: a multiplier, 余/多, a parenthesis, a unit's or an official's noun's first character. */
    private static final String AFTER_NUMERAL = String.join("", MULTIPLIERS.keySet())
            + String.join("", Lexicon.strings(Lexicon.get().units().path("approximately"))) + "((%" + Lexicon.get().unitStarts()
            + Lexicon.firstChars(PEOPLE);

    /** "600" in "2,600": three digits after a comma that follows a digit are the rest of a number, not a figure. */
    private static boolean isThousandsGroup(String text, int i) {
        return i >= 2 && text.charAt(i - 1) == ',' && Character.isDigit(text.charAt(i - 2))
                && i + 3 <= text.length() && isDigits(text, i, i + 3) && (i + 3 == text.length() || !Character.isDigit(text.charAt(i + 3)));
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static int skipNumeral(String text, int i, boolean digit) {
        int j = i + 1;
        while (j < text.length() && (digit ? Character.isDigit(text.charAt(j)) || text.charAt(j) == '.'
                || text.charAt(j) == ',' && isThousandsGroup(text, j + 1) : IS_CHINESE_NUMERAL[text.charAt(j)])) {
            j++;
        }
        return j;
    }

    /** How far a quoted name reaches on either side of a figure inside it. */
    private static final int QUOTED_NAME_REACH = 16;

    /** A figure between “ and ” with no clause break in between: part of a campaign's or a slogan's name. */
    static boolean insideQuotedName(String text, int start, int end) {
        int open = -1;
        for (int k = start - 1; k >= Math.max(0, start - QUOTED_NAME_REACH); k--) {
            char c = text.charAt(k);
            if (c == '“') {
                open = k;
                break;
            }
            if (c == '”' || QUOTE_STOPS.indexOf(c) >= 0) {
                return false;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int k = end; k < Math.min(text.length(), end + QUOTED_NAME_REACH); k++) {
            char c = text.charAt(k);
            if (c == '”') {
                return true;
            }
            if (c == '“' || QUOTE_STOPS.indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    /** A list whose first item is an ordinal, up to the figure at its end: "第34次、40次、" (the 40 is the 40th). */
    private static final JsonNode ORDINALS = Lexicon.get().units().path("ordinals");
    private static final String ORDINAL_JOINERS = String.join("", Lexicon.strings(ORDINALS.path("joiners")));
    private static final Pattern ORDINAL_LIST;
    static {
        String numeral = "[\\d零〇一二三四五六七八九十]+[" + String.join("", Lexicon.strings(ORDINALS.path("measures"))) + "]?";
        String joiner = "[" + ORDINAL_JOINERS + "]";
        ORDINAL_LIST = Pattern.compile("第" + numeral + "(?:" + joiner + numeral + ")*" + joiner + "$");
    }
    private static final int ORDINAL_LIST_REACH = 30;

    private static boolean continuesAnOrdinalList(String text, int at) {
        if (at == 0 || ORDINAL_JOINERS.indexOf(text.charAt(at - 1)) < 0) {
            return false;
        }
        return ORDINAL_LIST.matcher(text).region(Math.max(0, at - ORDINAL_LIST_REACH), at).find();
    }

    private static final String QUOTE_STOPS = "。,,;;::!!??\n";

    /**
     * 一 in 一次性, 统一, 第一, 一是: a numeral that is part of a word, not a count; 百余人次, 千余人 count (about); so does a
     * 一 after a verb of holding or appointing or a total's word (units.json oneCountsAfter: 开展一次, 聘请一名, 共一场) or
     * one whose measure word ends its clause (配备法律顾问一名,).
     */
    private static boolean isWordNumeral(String text, int start, int end, String num, boolean approximate) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (before == '第' || before == '统' || before == '唯' || before == '之' || before == '每' || before == '逐') {
                return true;
            }
        }
        if (num.length() == 1 && (num.charAt(0) == '百' || num.charAt(0) == '千') && !approximate) {
            return true; // 百名法学家百场报告会, 千名干部: a round word names a programme, a report counts in digits
        }
        return num.length() == 1 && num.charAt(0) == '一' && start > 0 && Character.isIdeographic(text.charAt(start - 1))
                && ONE_COUNTS_AFTER.stream().noneMatch(verb -> text.startsWith(verb, start - verb.length()))
                && (end == text.length() || CLAUSE_ENDS.indexOf(text.charAt(end)) < 0);
    }

    private static final List<String> ONE_COUNTS_AFTER = Lexicon.strings(Lexicon.get().units().path("oneCountsAfter").path("words"));
    private static final String CLAUSE_ENDS = "。,,;;、))\n";
}
