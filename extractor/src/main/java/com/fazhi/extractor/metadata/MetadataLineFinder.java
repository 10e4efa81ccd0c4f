package com.fazhi.extractor.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fazhi.extractor.lexicon.Lexicon;

/** The page's 发布机构/来源 line in the header: who published the page (a government, or a bureau that uploaded it). */
public final class MetadataLineFinder {

    private static final int HEADER_LINES = 40;
    private static final String LABELS = Lexicon.alternation(Lexicon.get().metadata().path("publisherLabels"));
    private static final List<String> LABEL_WORDS = Lexicon.strings(Lexicon.get().metadata().path("publisherLabels"));
    private static final Pattern LABEL_ALONE = Pattern.compile(LABELS + "\\s*[::]?");
    private static final Pattern PUBLISHER = Pattern.compile(LABELS + "[\\s::|\\[\\]【】]*([^\\s::|,,。\\[\\]【】]{2,40})");

    private MetadataLineFinder() {
    }

    public static String find(List<String> lines) {
        for (int i = 0; i < Math.min(HEADER_LINES, lines.size()); i++) {
            String line = lines.get(i);
            if (LABEL_WORDS.stream().noneMatch(line::contains)) {
                continue;
            }
            Matcher m = PUBLISHER.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
            // the label alone on its line, the value on the next
            if (LABEL_ALONE.matcher(lines.get(i)).matches() && i + 1 < lines.size()) {
                return lines.get(i + 1).strip();
            }
        }
        return null;
    }
}
