package com.fazhi.extractor.clean;

import java.util.BitSet;
import java.util.regex.Pattern;

import com.fazhi.extractor.structure.SectionParser;
import com.fazhi.extractor.text.Runs;
import com.fazhi.reference.lexicon.Lexicon;

/**
 * Paragraphs a page ran together with spaces (the text of an HTML page taken with its blocks joined by a space, as
 * jsoup's {@code text()} does) put back on their own lines. Chinese prose has no space between sentences, so a space
 * is where a paragraph ended when it stands
 * <ul>
 * <li>after a sentence's stop: …成效。 (二)…;</li>
 * <li>before a heading's numbering: …主要举措和成效 (一)坚持…, …报告如下: 一、…, …法治思想 一是…;</li>
 * <li>around the full date under a signature, after a body's name: …街道办事处 2025年1月14日 打印本页.</li>
 * </ul>
 * A space elsewhere stays (a page's labels too: splitting 某县人民政府 发布时间: 2026-03-03 makes the site's publisher
 * a line that reads as the report's issuer): 达到 100%, 合格率 99. 1%, 中共X镇委员会 X镇人民政府, 来源: 司法局 (a colon and its value),
 * 发布时间 2023年03月30日 09:24 (a date and its time), 会议于 2024年3月1日 召开.
 */
public final class ParagraphSplitter {

    /** What ends a sentence before a space; not a colon, which a page's label ends with too. */
    private static final BitSet STOPS = Runs.charsOf("。!?;");
    /** A full date, spaced or not (2025年1月14日, 2025 年 1 月 14 日). */
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4} ?年 ?\\d{1,2} ?月 ?\\d{1,2} ?日");
    /** A signature's date stands alone: no time or weekday after it, nor the rest of a sentence. */
    private static final Pattern DATE_ALONE_AFTER = Pattern.compile("(?:$|\\n| +(?!\\d{1,2}[::]|星期|周[一二三四五六日天]))");
    /** The last word of a signature: a body's (人民政府, 办事处, 司法局, 委员会 …; lexicon/metadata.json). */
    private static final Pattern ENDS_WITH_A_BODY = Pattern.compile("(?:" + Lexicon.alternation(Lexicon.get().metadata().path("bodies")) + ")$");
    /** How far back a signature's body name is looked for. */
    private static final int BODY_REACH = 8;

    private ParagraphSplitter() {
    }

    public static String split(String text) {
        if (text.indexOf(' ') < 0) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int lineStart = 0; // where the line being read starts, a split counted
        int newlinesFrom = 0; // the text before this has been searched for line breaks
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i)) {
            int end = i;
            while (end < text.length() && text.charAt(end) == ' ') {
                end++;
            }
            for (int nl = text.indexOf('\n', newlinesFrom); nl >= 0 && nl < i; nl = text.indexOf('\n', newlinesFrom)) {
                lineStart = Math.max(lineStart, nl + 1);
                newlinesFrom = nl + 1;
            }
            newlinesFrom = Math.max(newlinesFrom, i);
            if (i > lineStart && end < text.length() && text.charAt(end) != '\n' && endsAParagraph(text, lineStart, i, end)) {
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

    /** Whether the spaces from {@code space} to {@code next} end the paragraph that runs from {@code lineStart}. */
    private static boolean endsAParagraph(String text, int lineStart, int space, int next) {
        int beforeMarks = Runs.beforeClosingMarks(text, space);
        if (beforeMarks > lineStart && STOPS.get(text.charAt(beforeMarks - 1))) {
            return true;
        }
        char before = text.charAt(space - 1);
        boolean afterAWord = Character.isIdeographic(before) || !Character.isLetterOrDigit(before);
        return afterAWord && SectionParser.numberingAt(text, next)
                || Character.isDigit(text.charAt(next)) && signedDateAt(text, next) && ENDS_WITH_A_BODY.matcher(text).region(Math.max(lineStart, space - BODY_REACH), space).find()
                || signedDateBetween(text, lineStart, space);
    }

    /** A signature's date starts at {@code at} and stands alone. */
    private static boolean signedDateAt(String text, int at) {
        var date = FULL_DATE.matcher(text).region(at, text.length());
        return date.lookingAt() && DATE_ALONE_AFTER.matcher(text).region(date.end(), text.length()).lookingAt();
    }

    /** The line so far is a full date, split off a signature before it. */
    private static boolean signedDateBetween(String text, int lineStart, int space) {
        return lineStart > 0 && text.charAt(lineStart - 1) != '\n' && Character.isDigit(text.charAt(lineStart))
                && FULL_DATE.matcher(text).region(lineStart, space).matches()
                && DATE_ALONE_AFTER.matcher(text).region(space, text.length()).lookingAt();
    }
}
