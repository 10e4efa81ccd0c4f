package com.fazhi.extractor.clean;

import java.util.Arrays;

import com.fazhi.extractor.structure.SectionParser;

/**
 * A text broken into lines of one width (a pdf's text layer, a page copied from a fixed-width view) is joined back
 * into its paragraphs: a reader sees that most lines are as long as each other and end inside a sentence, and reads
 * across the break. A line as long as the text's width that does not end a sentence is joined to the next, unless
 * the next opens a section (一、, (一), 1., 一是). A text whose lines are its paragraphs, as most pages are, is left as
 * it is: it has no common width, or lines far longer than it (a header's short lines may share a length; the
 * paragraphs under them do not).
 */
public final class LineUnwrapper {

    /** Lines shorter than this are headers, headings or paragraph ends: they never set the width. */
    private static final int MIN_WIDTH = 16;
    /** How many lines of the common width (± WIDTH_SLACK characters) a wrapped text has, at least. */
    private static final int MIN_WRAPPED_LINES = 4;
    /** And what share of its lines of at least MIN_WIDTH characters they make. */
    private static final double MIN_WRAPPED_SHARE = 0.4;
    /** Digits and Latin letters are narrower than Han: a full line of a pdf holds a few characters more or less. */
    private static final int WIDTH_SLACK = 3;
    /** A line half as long again as the width is a paragraph on a line: a wrapped text has at most a few (its title). */
    private static final double MAX_OVERLONG_SHARE = 0.1;
    private static final String SENTENCE_ENDS = "。!?;:!?;:";

    private LineUnwrapper() {
    }

    public static String unwrap(String text) {
        String[] lines = text.split("\n", -1);
        int width = commonWidth(lines);
        if (width < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            out.append(line);
            if (i == lines.length - 1) {
                break;
            }
            if (!wrapped(line, width) || lines[i + 1].isBlank() || SectionParser.opensASection(lines[i + 1])) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static boolean wrapped(String line, int width) {
        String stripped = line.strip();
        return stripped.length() >= width - WIDTH_SLACK && stripped.length() <= width * 3 / 2
                && SENTENCE_ENDS.indexOf(stripped.charAt(stripped.length() - 1)) < 0;
    }

    /**
     * The width most long lines share, or -1 when too few do for the text to be wrapped: the length that has the most
     * lines within WIDTH_SLACK below it.
     */
    static int commonWidth(String[] lines) {
        int[] lengths = Arrays.stream(lines).mapToInt(l -> l.strip().length()).filter(n -> n >= MIN_WIDTH).sorted().toArray();
        if (lengths.length < MIN_WRAPPED_LINES) {
            return -1;
        }
        int best = -1;
        int bestCount = 0;
        for (int i = 0; i < lengths.length; i++) {
            int count = 0;
            for (int j = i; j < lengths.length && lengths[j] <= lengths[i] + WIDTH_SLACK; j++) {
                count++;
            }
            if (count > bestCount) {
                bestCount = count;
                best = lengths[i] + WIDTH_SLACK;
            }
        }
        int width = best;
        long overlong = Arrays.stream(lengths).filter(n -> n > width * 3 / 2).count();
        boolean wrapped = bestCount >= MIN_WRAPPED_LINES && bestCount >= MIN_WRAPPED_SHARE * lengths.length
                && overlong <= Math.max(1, MAX_OVERLONG_SHARE * lengths.length);
        return wrapped ? width : -1;
    }
}
