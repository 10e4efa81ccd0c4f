package com.fazhi.extractor.clean;

import java.util.Arrays;

import com.fazhi.extractor.structure.SectionParser;

/**
 * A text broken into lines of one width (a pdf's text layer, a page copied from a fixed-width view) is joined back
 * into its paragraphs: a reader sees that most lines are as long as each other and end inside a sentence, and reads
 * across the break. A line as long as the text's width that does not end a sentence is joined to the next when it
 * is prose (a comma or a stop in it) or already the run-on of a paragraph (a header's full-width row is neither), and
 * the next goes on the paragraph: a full line too, or its last, ending a sentence (or the text), and no section's opening (一、, (一),
 * 1., 一是). A text whose lines are its paragraphs, as most pages are, is left as
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
    /** A paragraph's first line is indented (two ideographic spaces, or four plain ones) and the normaliser trims that. */
    private static final int PARAGRAPH_INDENT = 4;
    private static final String SENTENCE_ENDS = "。!?;:!?;:";
    private static final String CLOSING_MARKS = "”’」』))】》\"'";
    private static final String CLAUSE_PUNCTUATION = ",,、;;。《》“”";

    private LineUnwrapper() {
    }

    public static String unwrap(String text) {
        String[] lines = text.split("\n", -1);
        int width = commonWidth(lines);
        if (width < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int lastLine = lines.length - 1;
        while (lastLine > 0 && lines[lastLine].isBlank()) {
            lastLine--;
        }
        boolean inParagraph = false; // the line before ran on into this one
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            out.append(line);
            if (i == lines.length - 1) {
                break;
            }
            boolean runsOn = wrapped(line, width, inParagraph ? 0 : PARAGRAPH_INDENT) && (inParagraph || hasClausePunctuation(line))
                    && continues(lines[i + 1], width, inParagraph || i + 1 == lastLine);
            if (!runsOn) {
                out.append('\n');
            }
            inParagraph = runsOn;
        }
        return out.toString();
    }

    /**
     * Whether a line can go on a paragraph: it does not open a section, and it is a full line itself or the paragraph's
     * last, which ends a sentence (a page's breadcrumb under a full-width notice is neither); inside a paragraph already
     * run on ({@code anyEnd}), or at the end of the text (an excerpt cut short), its last line may end anyhow.
     */
    private static boolean continues(String next, int width, boolean anyEnd) {
        String stripped = next.strip();
        if (stripped.isEmpty() || SectionParser.opensASection(stripped)) {
            return false;
        }
        int end = stripped.length();
        while (end > 1 && CLOSING_MARKS.indexOf(stripped.charAt(end - 1)) >= 0) {
            end--; // …。” and …。) end their sentence too
        }
        return anyEnd || stripped.length() >= width - WIDTH_SLACK || SENTENCE_ENDS.indexOf(stripped.charAt(end - 1)) >= 0;
    }

    /** A full line of the text's width (less its indent, if it opens a paragraph) that ends inside a sentence. */
    private static boolean wrapped(String line, int width, int indent) {
        String stripped = line.strip();
        return stripped.length() >= width - WIDTH_SLACK - indent && stripped.length() <= width + WIDTH_SLACK
                && SENTENCE_ENDS.indexOf(stripped.charAt(stripped.length() - 1)) < 0;
    }

    /**
     * Whether a line reads as prose: a paragraph's first line has a comma, a stop or a quotation in it, a header's full-width line
     * (a breadcrumb, a metadata row) has none, and is not run on into the title under it.
     */
    private static boolean hasClausePunctuation(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (CLAUSE_PUNCTUATION.indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
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
