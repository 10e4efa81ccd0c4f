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

    /** A document number before the title: 荣府发〔2024〕5号, 京政发[2024]3号. */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("^[\\u4e00-\\u9fa5]{1,8}[〔\\[(【]\\d{4}[〕\\])】]\\d{1,4}号\\s*");
    /** The first line of a title split in two: the issuing body alone. */
    private static final Pattern ISSUER_LINE = Pattern.compile("^[\\u4e00-\\u9fa5]{2,30}(?:人民政府|政府|办事处|局|委员会)$");

    public static String find(List<String> lines) {
        for (int i = 0; i < Math.min(HEADER_LINES, lines.size()); i++) {
            String line = DOCUMENT_NUMBER.matcher(lines.get(i)).replaceFirst("");
            Matcher m = TITLE.matcher(line);
            if (m.find()) {
                String title = m.group(1).strip();
                if (title.startsWith("关于") && i > 0 && ISSUER_LINE.matcher(lines.get(i - 1)).matches()) {
                    return lines.get(i - 1) + title;
                }
                return title;
            }
        }
        return null;
    }
}
