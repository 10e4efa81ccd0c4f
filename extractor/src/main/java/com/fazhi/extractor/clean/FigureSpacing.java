package com.fazhi.extractor.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fazhi.reference.lexicon.Lexicon;

/**
 * Mends figures that a page's layout split: a space (or a thin or no-break space) as the thousands separator
 * ("2 318件"), before a percent sign ("98.3 %") or after a decimal point ("99. 1%"), and a line break between a number
 * and its unit ("412\n件"), inside a decimal ("11.\n2%") or between a clause and the figure that ends it
 * ("集体学法\n6次;"); a space between a number and its unit or a date's word ("10 余期", "2025 年 03 月 19 日 09 时") or between a
 * Chinese word and the number after it ("办公室 2022 年"). Each is the same figure written across a gap; nothing else is joined. The text is walked once;
 * a pattern is only tried where a gap touches a digit, a percent sign or a Chinese character.
 */
public final class FigureSpacing {

    private static final String SPACES = " \u2009\u202f\u00a0\u3000";
    private static final String SPACE = "[" + SPACES + "]";
    private static final Pattern THOUSANDS = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:" + SPACE + "\\d{3})+(?!\\d)");
    /** A measure word of lexicon/units.json (as the figure scanner reads them), or a percent sign. */
    private static final String UNIT = "(?:余|多)?(?:" + Lexicon.get().unitAlternation() + "|%)";
    private static final Pattern UNIT_AHEAD = Pattern.compile(UNIT);
    /** A full date, spaced or not: the date under a signature or after a label keeps its space before it. */
    private static final Pattern FULL_DATE_AHEAD = Pattern.compile("\\d{4}" + SPACE + "*年" + SPACE + "*\\d{1,2}" + SPACE + "*月");
    /** A number and its unit or its date's word, spaced or not: 2022 年, 12 个, 30余份. */
    private static final Pattern FIGURE_AHEAD = Pattern.compile("\\d+(?:\\.\\d+)?" + SPACE + "*(?:" + UNIT + "|[年月])");
    /** A date's and a time's words in their order: each number is followed by its word (see datesWordFits). */
    private static final String DATE_WORDS = "年月日时分";
    /**
     * The next part of a date or a time after its word and a space: 2025年 03 月, 3月 19 日, 09时 07 分; a time stays
     * apart from its date (2023年02月13日 14时23分: the date finders read the date's end there).
     */
    private static final java.util.Map<Character, Pattern> DATE_PART_AHEAD = datePartsAhead();

    private static java.util.Map<Character, Pattern> datePartsAhead() {
        java.util.Map<Character, Pattern> ahead = new java.util.HashMap<>();
        for (int w = 0; w + 1 < DATE_WORDS.length(); w++) {
            if (DATE_WORDS.charAt(w) == '日') {
                continue;
            }
            ahead.put(DATE_WORDS.charAt(w), Pattern.compile("\\d{1,2}" + SPACE + "*" + DATE_WORDS.charAt(w + 1)));
        }
        return java.util.Map.copyOf(ahead);
    }

    private static final Pattern DECIMALS_AHEAD = Pattern.compile("\\d{1,3}" + UNIT);
    private static final Pattern FIGURE_ENDING_A_CLAUSE = Pattern.compile("\\d[\\d,.]{0,12}" + UNIT + "[,,;;。、]");
    private static final int LOOK_AHEAD = 32;

    private FigureSpacing() {
    }

    public static String mend(String text) {
        int length = text.length();
        StringBuilder out = null;
        int firstDigitSpaceDigit = -1; // where in the mended text a space first stands between two digits
        for (int i = 1; i < length - 1; i++) {
            char c = text.charAt(i);
            char before = text.charAt(i - 1);
            boolean drop = false;
            if (c == '\n') {
                char after = text.charAt(i + 1);
                drop = isDigit(before) && lookingAt(UNIT_AHEAD, text, i + 1)
                        || before == '.' && i >= 2 && isDigit(text.charAt(i - 2)) && isDigit(after) && lookingAt(DECIMALS_AHEAD, text, i + 1)
                        || isHan(before) && isDigit(after) && lookingAt(FIGURE_ENDING_A_CLAUSE, text, i + 1);
            } else if (isSpace(c) && (isDigit(before) || before == '.' || before == '%' || isHan(before))) {
                int next = i + 1;
                while (next < length && isSpace(text.charAt(next))) {
                    next++;
                }
                char after = next < length ? text.charAt(next) : ' ';
                drop = isDigit(before) && (lookingAt(UNIT_AHEAD, text, next) || datesWordFits(text, i, after))
                        || before == '.' && i >= 2 && isDigit(text.charAt(i - 2)) && isDigit(after) && lookingAt(DECIMALS_AHEAD, text, next)
                        || isDateWord(before) && numberEndsAt(text, i - 1) && lookingAt(DATE_PART_AHEAD.get(before), text, next)
                        // 武定县人民政府办公室 2022 年: a figure is no word to set apart (a date is: 日期 2022-01-24, 某县人民政府 2024 年 3 月 1 日)
                        || before == '%' && i >= 2 && isDigit(text.charAt(i - 2)) && isHan(after) // 负责人 100% 出庭应诉: the concept after its rate
                        || isHan(before) && !isDateWord(before) && isDigit(after) && lookingAt(FIGURE_AHEAD, text, next)
                                && !lookingAt(FULL_DATE_AHEAD, text, next);
                if (firstDigitSpaceDigit < 0 && isDigit(before) && isDigit(after)) {
                    firstDigitSpaceDigit = out == null ? i : out.length();
                }
                if (drop) { // the whole run of spaces goes
                    if (out == null) {
                        out = new StringBuilder(length).append(text, 0, i);
                    }
                    i = next - 1;
                    continue;
                }
            }
            if (drop) {
                if (out == null) {
                    out = new StringBuilder(length).append(text, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        String mended = out == null ? text : out.append(text.charAt(length - 1)).toString();
        return firstDigitSpaceDigit < 0 ? mended : withoutThousandsSpaces(mended, firstDigitSpaceDigit);
    }

    /**
     * "2 318" -> "2318": the thousands pattern is tried at the start of the digits before each space that follows a
     * digit, from the first space between digits on (a search of the whole text enters the regex at every position).
     */
    private static String withoutThousandsSpaces(String text, int firstDigitSpaceDigit) {
        Matcher thousands = THOUSANDS.matcher(text).useTransparentBounds(true);
        StringBuilder out = null;
        int copied = 0;
        for (int p = Math.max(1, firstDigitSpaceDigit); p < text.length() - 1; p++) {
            if (!isSpace(text.charAt(p)) || !isDigit(text.charAt(p - 1))) {
                continue;
            }
            int start = p - 1;
            while (start > copied && isDigit(text.charAt(start - 1))) {
                start--;
            }
            if (thousands.region(start, text.length()).lookingAt()) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, thousands.start());
                for (int k = thousands.start(); k < thousands.end(); k++) {
                    if (!isSpace(text.charAt(k))) {
                        out.append(text.charAt(k));
                    }
                }
                copied = thousands.end();
                p = copied - 1;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00a0' || c == '\u2009' || c == '\u202f';
    }

    private static boolean lookingAt(Pattern pattern, String text, int at) {
        return pattern.matcher(text).region(at, Math.min(text.length(), at + LOOK_AHEAD)).lookingAt();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The space at {@code space} stands between a date's number and its word: a year's digits (or a span's: 连续 3 年) and 年, a month's one
     * or two after 年 and 月, a day's after 月 and 日, an hour's after 日 and 时, a minute's after 时 and 分 (浏览次数: 123
     * 分享 is no date).
     */
    private static boolean datesWordFits(String text, int space, char word) {
        int start = space;
        while (start > 0 && isDigit(text.charAt(start - 1))) {
            start--;
        }
        int digits = space - start;
        int k = start;
        while (k > 0 && isSpace(text.charAt(k - 1))) {
            k--;
        }
        char previous = k > 0 ? text.charAt(k - 1) : ' ';
        int at = DATE_WORDS.indexOf(word);
        // a year (2023 年) or a span of years (连续 3 年) takes any number; a later part one or two digits after the word before it
        return at == 0 || at > 0 && digits <= 2 && previous == DATE_WORDS.charAt(at - 1);
    }

    /** A number (spaces aside) ends where the word at {@code word} starts: 2025 年, 2025年. */
    private static boolean numberEndsAt(String text, int word) {
        int k = word - 1;
        while (k >= 0 && isSpace(text.charAt(k))) {
            k--;
        }
        return k >= 0 && isDigit(text.charAt(k));
    }

    private static boolean isDateWord(char c) {
        return DATE_PART_AHEAD.containsKey(c);
    }

    private static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fa5';
    }
}
