package com.fazhi.extractor.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The report's own title: an early line that names the rule-of-law report. Null when the text shows none. */
public final class TitleFinder {

    private static final int HEADER_LINES = 25;
    /** An optional docx page marker ("1、"), then a clause without sentence punctuation that ends in 报告. */
    private static final Pattern TITLE = Pattern.compile(
            "^(?:\\d{1,3}、)?([^,。;:!?《》]{2,60}?(?:法治政府建设|法治建设|依法行政)[^,。;:!?《》]{0,30}?报告)");

    private TitleFinder() {
    }

    public static String find(List<String> lines) {
        for (int i = 0; i < Math.min(HEADER_LINES, lines.size()); i++) {
            Matcher m = TITLE.matcher(lines.get(i));
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return null;
    }
}
