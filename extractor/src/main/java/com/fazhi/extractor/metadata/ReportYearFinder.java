package com.fazhi.extractor.metadata;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The year the report covers: the title's year, else the year the text reports on, else the year before publication. */
public final class ReportYearFinder {

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern YEAR_OF_WORK = Pattern.compile("(20\\d{2})\\s*年度?(?:法治政府建设|法治建设|依法行政|以来|,|,)");

    private ReportYearFinder() {
    }

    public static Integer find(String title, String text, String publishedAt) {
        if (title != null) {
            Matcher m = YEAR.matcher(title);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        Matcher m = YEAR_OF_WORK.matcher(text);
        if (m.find()) {
            return Integer.valueOf(m.group(1));
        }
        if (publishedAt != null) {
            return Integer.parseInt(publishedAt.substring(0, 4)) - 1;
        }
        return null;
    }
}
