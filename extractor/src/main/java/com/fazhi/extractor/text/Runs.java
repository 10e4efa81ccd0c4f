package com.fazhi.extractor.text;

import java.util.BitSet;

/**
 * Where a clause or a sentence that ends at a position starts: the last of a set of break characters before it, looked
 * for a bounded distance back. One search for every stage that reads a figure's or a sentence's words.
 */
public final class Runs {

    /** What ends a clause: commas, semicolons, colons, full stops and line breaks. */
    public static final BitSet CLAUSE_BREAKS = charsOf(",,;;。::!!??\n");
    /** What ends a sentence or one of its semicolon-separated items. */
    public static final BitSet SENTENCE_BREAKS = charsOf("。;;!!??\n");
    /** Where a full sentence ends: a semicolon only separates the items of one. */
    public static final BitSet FULL_STOPS = charsOf("。!!??\n");

    /** What ends a sentence at the end of a line, and the closing marks that may follow it (…。” …。)). */
    private static final BitSet LINE_SENTENCE_ENDS = charsOf("。;;::!!??");
    /** The marks that close a quotation, a bracket or a title: quotes, brackets of every width, 》〉」』】〕. */
    private static final BitSet CLOSING_MARKS = charsOf("”’」』)）】》〉〕\"'>]");

    private Runs() {
    }

    /** Whether {@code c} closes a quotation, a bracket or a title. */
    public static boolean isClosingMark(char c) {
        return CLOSING_MARKS.get(c);
    }

    /** Where the text before {@code end} ends once its closing marks (”」)) are set aside. */
    public static int beforeClosingMarks(CharSequence text, int end) {
        int k = end;
        while (k > 0 && CLOSING_MARKS.get(text.charAt(k - 1))) {
            k--;
        }
        return k;
    }

    /** Whether a line ends a sentence: its last character, past any closing marks, is a stop, semicolon or colon. */
    public static boolean endsASentence(String line) {
        int end = beforeClosingMarks(line, line.length());
        return end > 0 && LINE_SENTENCE_ENDS.get(line.charAt(end - 1));
    }

    /**
     * Where the sentence before the one starting at {@code sentenceStart} ends: before the stops, closing marks and
     * spaces or line break between them ("…学法。\n" then "全年…12次": a page that puts each sentence on a line of its
     * own keeps the sentence before as the sentence before); 0 at the text's start.
     */
    public static int endOfTheSentenceBefore(String text, int sentenceStart) {
        int end = Math.min(sentenceStart, text.length());
        while (end > 0 && (SENTENCE_BREAKS.get(text.charAt(end - 1)) || Character.isWhitespace(text.charAt(end - 1))
                || CLOSING_MARKS.get(text.charAt(end - 1)))) {
            end--;
        }
        return end;
    }

    /** Where the run ending at {@code from} starts: after the last of {@code breaks}, looking back {@code reach} at most. */
    public static int back(String text, int from, BitSet breaks, int reach) {
        int limit = Math.max(0, from - reach);
        for (int i = from - 1; i >= limit; i--) {
            if (breaks.get(text.charAt(i))) {
                return i + 1;
            }
        }
        return limit;
    }

    /** A set of characters, for the break and mark sets the text stages test against. */
    public static BitSet charsOf(String chars) {
        BitSet set = new BitSet();
        chars.chars().forEach(set::set);
        return set;
    }
}
