package com.fazhi.extractor.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The page's 发布机构/来源 line in the header: who published the page (a government, or a bureau that uploaded it). */
public final class MetadataLineFinder {

    private static final int HEADER_LINES = 40;
    private static final Pattern PUBLISHER = Pattern.compile("(?:发布机构|发文机关|信息来源|来源)[\\s::|\\[\\]【】]*([^\\s::|,,。\\[\\]【】]{2,40})");

    private MetadataLineFinder() {
    }

    public static String find(List<String> lines) {
        for (int i = 0; i < Math.min(HEADER_LINES, lines.size()); i++) {
            String line = lines.get(i);
            if (!line.contains("来源") && !line.contains("发布机构") && !line.contains("发文机关")) {
                continue;
            }
            Matcher m = PUBLISHER.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
            // the label alone on its line, the value on the next
            if (lines.get(i).matches("(?:发布机构|发文机关|来源)\\s*[::]?") && i + 1 < lines.size()) {
                return lines.get(i + 1).strip();
            }
        }
        return null;
    }
}
