package com.fazhi.extractor.clean;

import java.util.BitSet;
import java.util.regex.Pattern;

import com.fazhi.extractor.structure.SectionParser;

/**
 * Paragraphs a page ran together with spaces (the text of an HTML page taken with its blocks joined by a space, as
 * jsoup's {@code text()} does) put back on their own lines. Chinese prose has no space between sentences, so spaces
 * after a sentence's stop (…成效。 (二)…, …报告如下: 一、…) or before a heading's numbering
 * (…主要举措和成效 (一)坚持…, …法治思想 一是…) or before the full date under a signature (…街道办事处 2025年1月14日) are
 * where a paragraph ended. A space elsewhere (达到 100%, 中共X镇委员会 X镇人民政府, a
 * date and its time) stays; so does a space after a colon that a value follows (来源: 司法局).
 */
public final class ParagraphSplitter {

    private static final BitSet STOPS = charsOf("。!?;");
    /**
     * A full date alone between spaces or line ends after a name: the date under a signature (…街道办事处 2025年1月14日
     * 打印本页); a label's (今天是: 2018年9月10日 星期一) stays on its line.
     */
    private static final Pattern SIGNED_DATE = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日(?= |\\n|$)");
    private static final BitSet CLOSING_MARKS = charsOf("”’」』))】》\"'");

    private ParagraphSplitter() {
    }

    public static String split(String text) {
        if (text.indexOf(' ') < 0) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int lineStart = 0; // where the line being read starts, a split counted
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i)) {
            int end = i;
            while (end < text.length() && text.charAt(end) == ' ') {
                end++;
            }
            lineStart = Math.max(lineStart, text.lastIndexOf('\n', i) + 1);
            if (i > lineStart && end < text.length() && text.charAt(end) != '\n'
                    && (afterAStop(text, i) || beforeANumbering(text, i, end) || Character.isIdeographic(text.charAt(i - 1)) && signedDate(text, end, text.length())
                            || signedDate(text, lineStart, i))) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i).append('\n');
                copied = end;
                lineStart = end;
            }
            i = end;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** A signature's date runs from {@code from}, up to {@code to} when it follows one (a line of its own). */
    private static boolean signedDate(String text, int from, int to) {
        var date = SIGNED_DATE.matcher(text).region(from, to);
        return date.lookingAt() && (to == text.length() || date.end() == to);
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
