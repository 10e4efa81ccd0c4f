package com.fazhi.extractor.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.fazhi.extractor.structure.SectionParser;
import com.fazhi.extractor.text.Runs;

/**
 * A text broken into lines of one width (a pdf's text layer, a page copied from a fixed-width view) is joined back
 * into its paragraphs: a reader sees that most lines are as long as each other and stop inside a sentence, and reads
 * across the break. A full line that does not end a sentence runs on into the next when it is prose (a comma, an
 * enumeration comma, a semicolon or a stop in it, or a quotation over a full line; a heading only with the sentence it
 * runs into) or already the run-on of a paragraph, and the next goes on the paragraph: a full line too, or its last,
 * ending a sentence (or the text), never a heading, a table's row or an addressee. The page numbers between a wrapped text's pages go.
 * A text whose lines are its paragraphs, as most pages are, is left as it is: it has no common width, or lines far
 * longer than it (a header's short lines may share a length; the paragraphs under them do not).
 */
public final class LineUnwrapper {

    /** Lines shorter than this are headers, headings or paragraph ends: they never set the width. */
    private static final int MIN_WIDTH = 16;
    /** How many lines of the common width (within WIDTH_SLACK characters) a wrapped text has, at least. */
    private static final int MIN_WRAPPED_LINES = 8;
    /** And what share of its lines of at least MIN_WIDTH characters they make. */
    private static final double MIN_WRAPPED_SHARE = 0.4;
    /** And what share of them stop inside a sentence: a wrapped line ends where the page does, not where a sentence does. */
    private static final double MIN_RUN_ON_SHARE = 0.6;
    /** Digits and Latin letters are narrower than Han: a full line of a pdf holds a few characters more or less. */
    private static final int WIDTH_SLACK = 3;
    /** A line half as long again as the width is a paragraph on a line: a wrapped text has at most a few (its title). */
    private static final double MAX_OVERLONG_SHARE = 0.1;
    /** A paragraph's first line is indented (two ideographic spaces, or four plain ones) and the normaliser trims that. */
    private static final int PARAGRAPH_INDENT = 4;
    private static final String CLAUSE_PUNCTUATION = ",,、;;。";
    private static final String QUOTING = "《》“”";
    /** A pdf's page number on a line of its own: "— 3 —", "- 3 -", "第3页", "3/10", "第 3 页 共 10 页". */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—–－\\s]*(?:第\\s*)?\\d{1,3}(?:\\s*页)?(?:\\s*(?:/|共)\\s*\\d{1,3}\\s*页?)?[-—–－\\s]*$");
    /** Cells of a table row: a tab, a bar or a run of spaces. */
    private static final Pattern CELL_BREAK = Pattern.compile("\\t|\\||\\s{2,}");

    private LineUnwrapper() {
    }

    public static String unwrap(String text) {
        String[] split = text.split("\n", -1);
        int width = commonWidth(split);
        if (width < 0) {
            return text;
        }
        List<String> lines = new ArrayList<>(split.length);
        for (String line : split) {
            if (!PAGE_NUMBER.matcher(line).matches() || line.isBlank()) {
                lines.add(line);
            }
        }
        int lastLine = lines.size() - 1;
        while (lastLine > 0 && lines.get(lastLine).isBlank()) {
            lastLine--;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean inParagraph = false; // the line before ran on into this one
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            out.append(line);
            if (i == lines.size() - 1) {
                break;
            }
            String next = lines.get(i + 1);
            boolean runsOn = full(line, width, inParagraph ? 0 : PARAGRAPH_INDENT) && !Runs.endsASentence(line.strip())
                    && (inParagraph || prose(line, full(next, width, 0))) && continues(next, width, inParagraph || i + 1 == lastLine);
            if (!runsOn) {
                out.append('\n');
            } else if (isLatin(line.charAt(line.length() - 1)) && !next.isEmpty() && isLatin(next.charAt(0))) {
                out.append(' '); // "Law" / "Enforcement" were two words
            }
            inParagraph = runsOn;
        }
        return out.toString();
    }

    /** As long as the text's width (less its indent, if it opens a paragraph), and not a table's row. */
    private static boolean full(String line, int width, int indent) {
        String stripped = line.strip();
        return stripped.length() >= width - WIDTH_SLACK - indent && stripped.length() <= width + WIDTH_SLACK
                && !CELL_BREAK.matcher(stripped).find();
    }

    /**
     * Whether a line reads as prose: a paragraph's first line has a comma or a stop in it, or a cited title or a quotation
     * when a full line follows (出台《…规则》《…措施》《通州 / 区灾害天气“叫应”制度…; a title over its addressee has
     * none after it); a header's full-width row (a breadcrumb, a metadata row) has none; a heading runs on only when its
     * sentence goes on after it ("(一)深入学习贯彻习近平法治思想。县政府常务会议…"), not a heading alone (一、坚持党的领导,
     * whose 、 is its number's).
     */
    private static boolean prose(String line, boolean fullLineNext) {
        String stripped = line.strip();
        if (SectionParser.opensASection(stripped)) {
            int stop = stripped.indexOf('。');
            return stop >= 0 && stop < stripped.length() - 1;
        }
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (CLAUSE_PUNCTUATION.indexOf(c) >= 0 || fullLineNext && QUOTING.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line can go on a paragraph: not a heading or a table's row, and a full line itself or the paragraph's
     * last, which ends a sentence (a colon ends an addressee's line, 县委、县政府:, which no title runs into); inside a
     * paragraph already run on ({@code anyEnd}), or at the end of the text (an excerpt cut short), its last line may
     * end anyhow.
     */
    private static boolean continues(String next, int width, boolean anyEnd) {
        String stripped = next.strip();
        if (stripped.isEmpty() || SectionParser.opensASection(stripped) || CELL_BREAK.matcher(stripped).find()) {
            return false;
        }
        if (anyEnd || full(stripped, width, 0)) {
            return true;
        }
        char last = stripped.charAt(stripped.length() - 1);
        return Runs.endsASentence(stripped) && last != ':' && last != ':';
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetter(c);
    }

    /**
     * The width most long lines share, or -1 when too few do for the text to be wrapped: the length that has the most
     * lines within WIDTH_SLACK below it, found in one pass over the sorted lengths.
     */
    static int commonWidth(String[] lines) {
        int[] lengths = Arrays.stream(lines).mapToInt(l -> l.strip().length()).filter(n -> n >= MIN_WIDTH).sorted().toArray();
        if (lengths.length < MIN_WRAPPED_LINES) {
            return -1;
        }
        int bestStart = 0;
        int bestCount = 0;
        for (int i = 0, j = 0; i < lengths.length; i++) {
            while (j < lengths.length && lengths[j] <= lengths[i] + WIDTH_SLACK) {
                j++;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                bestStart = i;
            }
        }
        int width = lengths[bestStart] + WIDTH_SLACK;
        long overlong = Arrays.stream(lengths).filter(n -> n > width * 3 / 2).count();
        long runOn = Arrays.stream(lines).map(String::strip)
                .filter(l -> l.length() >= width - WIDTH_SLACK && l.length() <= width && !Runs.endsASentence(l)).count();
        boolean wrapped = bestCount >= MIN_WRAPPED_LINES && bestCount >= MIN_WRAPPED_SHARE * lengths.length
                && overlong <= Math.max(1, MAX_OVERLONG_SHARE * lengths.length) && runOn >= MIN_RUN_ON_SHARE * bestCount;
        return wrapped ? width : -1;
    }
}
