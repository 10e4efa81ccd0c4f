package com.fazhi.extractor.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuing body: the title's prefix when it names one, else the page's 发布机构/来源 line when it names a
 * government (not a bureau that uploaded the page), else the signature line at the end.
 */
public final class AuthorityFinder {

    private static final String BODY = "(?:人民政府|政府|行政公署|办事处|司法局|局|委员会|办公室|办公厅|厅|管委会|管理委员会)";
    private static final Pattern TITLE_PREFIX = Pattern.compile("^(\\S{2,40}?" + BODY + ")(?:关于|20\\d{2}|\\s)");
    private static final Pattern SIGNATURE = Pattern.compile("^([^\\s,。;:!?,、()()《》\\d]{3,40}" + BODY + ")$");
    private static final int SIGNATURE_LINES = 12;

    private AuthorityFinder() {
    }

    private static final Pattern GOVERNMENT = Pattern.compile("^\\S{2,40}?(?:人民政府|政府|办事处)$");

    public static String find(String title, String metadataLine, List<String> lines) {
        if (title != null) {
            Matcher m = TITLE_PREFIX.matcher(title);
            if (m.find()) {
                return m.group(1);
            }
        }
        if (metadataLine != null && GOVERNMENT.matcher(metadataLine).matches()) {
            return metadataLine;
        }
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - SIGNATURE_LINES); i--) {
            Matcher m = SIGNATURE.matcher(lines.get(i));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
