package com.fazhi.extractor.clean;

import java.util.BitSet;

import com.fazhi.extractor.structure.SectionParser;

/**
 * Paragraphs a page ran together with spaces (the text of an HTML page taken with its blocks joined by a space, as
 * jsoup's {@code text()} does) put back on their own lines. Chinese prose has no space between sentences, so spaces
 * after a sentence's stop (…成效。 (二)…, …报告如下: 一、…) or before a heading's numbering
 * (…主要举措和成效 (一)坚持…) are where a paragraph ended. A space elsewhere (达到 100%, 中共X镇委员会 X镇人民政府, a
 * date and its time) stays; so does a space after a colon that a value follows (来源: 司法局).
 */
public final class ParagraphSplitter {

    private static final BitSet STOPS = charsOf("。!?;");
    private static final BitSet CLOSING_MARKS = charsOf("”’」』))】》\"'");

    private ParagraphSplitter() {
    }

    public static String split(String text) {
        if (text.indexOf(' ') < 0) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i)) {
            int end = i;
            while (end < text.length() && text.charAt(end) == ' ') {
                end++;
            }
            if (i > 0 && end < text.length() && text.charAt(i - 1) != '\n' && text.charAt(end) != '\n'
                    && (afterAStop(text, i) || beforeANumbering(text, i, end))) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i).append('\n');
                copied = end;
            }
            i = end;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** The space follows a sentence's stop, past its closing marks: 。 ;” ?) */
    private static boolean afterAStop(String text, int space) {
        int k = space;
        while (k > 0 && CLOSING_MARKS.get(text.charAt(k - 1))) {
            k--;
        }
        return k > 0 && STOPS.get(text.charAt(k - 1));
    }

    /** A heading's numbering follows the space, and no figure stands before it (a figure's digits may be spaced: 共 1.5万). */
    private static boolean beforeANumbering(String text, int space, int next) {
        char before = text.charAt(space - 1);
        return (Character.isIdeographic(before) || !Character.isLetterOrDigit(before)) && SectionParser.numberingAt(text, next);
    }

    private static BitSet charsOf(String chars) {
        BitSet set = new BitSet();
        chars.chars().forEach(set::set);
        return set;
    }
}
