package com.fazhi.extractor.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fazhi.extractor.indicators.ChineseNumerals;
import com.fazhi.reference.lexicon.Lexicon;
import com.fazhi.extractor.pipeline.Layout;

/**
 * When the report was published: the page's date line (发布日期/发布时间, 日期, 发文日期) first, else the signature
 * date at the end. A date that is not a real calendar date (a garbled "202421") is not used.
 */
public final class PublicationDateFinder {

    private static final int HEADER_CHARS = 1500;
    private static final String DATE = "(\\d{4})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})";
    /** Between a label and its date: spaces, colons, table bars, brackets, bullets, a line break. */
    private static final String SEP = "[\\s::|\\[\\]【】()()•·]*";
    private static final Pattern DATE_PATTERN = Pattern.compile(DATE);
    /**
     * What stands before a date, by how surely it gives the publication date: the page's publication labels first,
     * then a bare 日期/时间 (not 成文日期), then the document's issue date (发文日期: a disclosure table's
     * 发文日期 may be the day before its 发布日期), then (rank 3) a date alone on its line (under the title, "2023-02-15
     * 14:49"), then the signing date the page states (成文日期/印发日期, used when it is the only one); the signature
     * after all of them. Each is matched on the few characters before a date, so the header is scanned once, for dates.
     */
    private static final JsonNode LABELS = Lexicon.get().metadata().path("dateLabels");
    private static final List<Pattern> LABELS_BEFORE = java.util.Arrays.asList(
            Pattern.compile(Lexicon.spacedAlternation(LABELS.path("publication")) + SEP + "$"),
            Pattern.compile("(?<![" + LABELS.path("notPlainAfter").asText() + "])" + Lexicon.alternation(LABELS.path("plain")) + SEP + "$"),
            Pattern.compile(Lexicon.spacedAlternation(LABELS.path("issue")) + SEP + "$"),
            null,
            Pattern.compile(Lexicon.spacedAlternation(LABELS.path("signing")) + SEP + "$"));
    private static final Pattern ALONE_BEFORE = Pattern.compile("(?:^|\\n)[ \\t•·]*$");
    /** After a date alone on its line: a time, then the line's end or the page's own furniture (来源, 浏览, 阅读人数, 字号 …), spaced or not ("10:50来源:"). */
    private static final Pattern ALONE_AFTER = Pattern.compile("^日?(?:[ \\t]*[))])?(?:[ \\t]+\\d{1,2}[:时]\\d{1,2}(?:[:分]\\d{1,2}秒?)?分?)?[ \\t]*"
            + "(?:\\n|$|[ \\t]*(?:来源|作者|浏览|阅读|点击|访问|字号|字体|【|\\[|\\|))");
    /**
     * What may stand before a date that closes its line: a source or a title, then a space or an opening bracket; or a
     * source line the date is glued to ("来源:岳阳市司法局2023-03-10 11:29").
     */
    private static final Pattern CLOSING_BEFORE = Pattern.compile("[^\\n]*(?:[ \\t]|[ \\t]?[((])$|^[ \\t]*(?:信息)?来源[::][^\\n]*$");
    /** A page that boxes the year apart from the day: "2023" on one line, "04/19" (then the time) on the next. */
    private static final Pattern SPLIT_DATE = Pattern.compile("(?:^|\\n)[ \\t]*(20\\d{2})[ \\t]*\\n[ \\t]*(\\d{1,2})/(\\d{1,2})[ \\t]*(?=\\n|$)");
    private static final int LABEL_REACH = 24;
    private static final Pattern SIGNATURE_DATE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");

    private PublicationDateFinder() {
    }

    /** Lines of a cleaned text (tests, the command line): laid out as the pipeline lays them out. */
    public static String find(List<String> lines) {
        return find(Layout.of(String.join("\n", lines)));
    }

    public static String find(Layout layout) {
        List<String> lines = layout.signature();
        String header = String.join("\n", layout.header());
        header = header.substring(0, Math.min(header.length(), HEADER_CHARS));
        LocalDate best = null;
        int bestRank = Integer.MAX_VALUE;
        Matcher m = DATE_PATTERN.matcher(header);
        while (m.find()) {
            int rank = rank(header, m.start(), m.end());
            if (rank < bestRank) {
                LocalDate date = date(m);
                if (date != null) {
                    best = date;
                    bestRank = rank;
                }
            }
        }
        // a repost site's day-first date alone on its line under the title ("13.04.2018  13:14")
        for (Matcher d = DAY_FIRST.matcher(header); bestRank > ALONE_RANK && d.find();) {
            if (rank(header, d.start(), d.end()) <= ALONE_RANK) { // labelled (发布时间:13.04.2018) or alone on its line
                LocalDate date = dayFirst(d);
                if (date != null) {
                    best = date;
                    bestRank = rank(header, d.start(), d.end());
                }
            }
        }
        if (bestRank > ALONE_RANK) {
            Matcher split = SPLIT_DATE.matcher(header);
            if (split.find()) {
                LocalDate date = date(split);
                if (date != null) {
                    best = date;
                }
            }
        }
        if (best != null) {
            return best.toString();
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher s = SIGNATURE_DATE.matcher(lines.get(i));
            if (s.find()) {
                LocalDate date = date(s);
                if (date != null) {
                    return date.toString();
                }
            }
            Matcher c = CHINESE_SIGNATURE_DATE.matcher(lines.get(i));
            if (c.find()) {
                LocalDate date = chineseDate(c);
                if (date != null) {
                    return date.toString();
                }
            }
        }
        return null;
    }

    /** The rank of the date at [start, end) of the header by what stands around it; MAX_VALUE when nothing does. */
    private static int rank(String header, int start, int end) {
        String before = header.substring(Math.max(0, start - LABEL_REACH), start);
        for (int rank = 0; rank < LABELS_BEFORE.size(); rank++) {
            Pattern label = LABELS_BEFORE.get(rank);
            if (label == null) {
                boolean endsItsLine = ALONE_AFTER.matcher(header.substring(end, Math.min(header.length(), end + 24))).find();
                String lineBefore = header.substring(header.lastIndexOf('\n', start - 1) + 1, start); // a long source line whole
                if (endsItsLine && (ALONE_BEFORE.matcher(start < LABEL_REACH ? header.substring(0, start) : before).find()
                        || CLOSING_BEFORE.matcher(lineBefore).matches())) {
                    return rank; // alone on its line, or closing a title or source line after a space or in brackets
                }
            } else if (label.matcher(before).find()) {
                return rank;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** 二〇二四年三月一日, as official documents sign. */
    private static final Pattern CHINESE_SIGNATURE_DATE = Pattern.compile(
            "^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$");

    private static LocalDate chineseDate(Matcher m) {
        StringBuilder year = new StringBuilder();
        for (char c : m.group(1).toCharArray()) {
            year.append(c == '零' ? 0 : (int) ChineseNumerals.parse(String.valueOf(c)));
        }
        try {
            return LocalDate.of(Integer.parseInt(year.toString()), (int) ChineseNumerals.parse(m.group(2)),
                    (int) ChineseNumerals.parse(m.group(3)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The rank of a date alone on its line (the null entry of {@link #LABELS_BEFORE}). */
    private static final int ALONE_RANK = LABELS_BEFORE.indexOf(null);
    private static final Pattern DAY_FIRST = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.])");

    private static LocalDate dayFirst(Matcher m) {
        try {
            int year = Integer.parseInt(m.group(3));
            return year < 2000 || year > 2100 ? null
                    : LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(Matcher m) {
        try {
            int year = Integer.parseInt(m.group(1));
            if (year < 2000 || year > 2100) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
