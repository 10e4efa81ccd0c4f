package com.fazhi.extractor.metadata;

import java.util.List;

import com.fazhi.extractor.pipeline.Layout;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuing body: the title's prefix when it names one, else the page's 发布机构/来源 line when it names a
 * government (not a bureau that uploaded the page), else the signature line at the end.
 */
public final class AuthorityFinder {

    private static final String BODY = "(?:人民政府|政府|行政公署|办事处|司法局|局|委员会|办公室|办公厅|厅|管委会|管理委员会|部|总署|署)";
    /** A joint title's party issuer before the government: 中共嘉兴市委 嘉兴市人民政府关于… */
    private static final Pattern PARTY_ISSUER = Pattern.compile("^中共[^\\s关]{2,30}?委(?:员会)?\\s*(?=\\S{2,40}?(?:人民政府|政府|办事处))");
    /** A government's name alone on a header line (a bullet or table cell under the title). */
    private static final Pattern HEADER_GOVERNMENT = Pattern.compile("^[•·\\s|]*([\\u4e00-\\u9fa5]{2,40}?(?:人民政府|行政公署|街道办事处))[\\s|]*$");
    private static final Pattern TITLE_PREFIX = Pattern.compile("^(\\S{2,40}?" + BODY + ")(?:关于|20\\d{2}|\\s)");
    private static final Pattern SIGNATURE = Pattern.compile("^([^\\s,。;:!?,、()()《》\\d]{3,40}" + BODY + ")$");

    private AuthorityFinder() {
    }

    private static final Pattern GOVERNMENT = Pattern.compile("^\\S{2,40}?(?:人民政府|政府|办事处)$");

    public static String find(String title, String metadataLine, List<String> lines) {
        return find(title, metadataLine, Layout.of(String.join("\n", lines)));
    }

    public static String find(String title, String metadataLine, Layout layout) {
        List<String> signature = layout.signature();
        if (title != null) {
            Matcher m = TITLE_PREFIX.matcher(PARTY_ISSUER.matcher(title).replaceFirst(""));
            if (m.find()) {
                return m.group(1);
            }
        }
        if (metadataLine != null && GOVERNMENT.matcher(metadataLine).matches()) {
            return metadataLine;
        }
        for (String line : layout.header()) {
            Matcher m = HEADER_GOVERNMENT.matcher(line);
            if (m.matches() && line.length() < 50) {
                return m.group(1);
            }
        }
        for (int i = signature.size() - 1; i >= 0; i--) {
            Matcher m = SIGNATURE.matcher(signature.get(i));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
