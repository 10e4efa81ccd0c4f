package com.fazhi.extractor.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fazhi.reference.lexicon.Lexicon;

/** The page's 发布机构/来源 line in the header: who published the page (a government, or a bureau that uploaded it). */
public final class MetadataLineFinder {

    private static final int HEADER_LINES = 40;
    private static final String LABELS = Lexicon.spacedAlternation(Lexicon.get().metadata().path("publisherLabels"));
    private static final List<String> LABEL_WORDS = Lexicon.strings(Lexicon.get().metadata().path("publisherLabels"));
    private static final Pattern LABEL_ALONE = Pattern.compile(LABELS + "\\s*[::]?");
    private static final Pattern PUBLISHER = Pattern.compile(LABELS + "[\\s::|\\[\\]【】]*([^\\s::|,,。\\[\\]【】]{2,40})");

    /** A metadata row's label and colon: "发布日期:", "文 号:". */
    private static final Pattern ANOTHER_ROW = Pattern.compile("^\\s*[\\u4e00-\\u9fa5][\\u4e00-\\u9fa5 ]{0,6}\\s*[::]");

    private MetadataLineFinder() {
    }

    private static final Pattern NEXT_TOKEN = Pattern.compile("^[ \\t\u3000]+([^\\s::|,,。\\[\\]【】]{2,40})");
    private static final List<String> BODIES = Lexicon.strings(Lexicon.get().metadata().path("bodies"));

    /**
     * A joint issuer names the party committee first and the government after it ("中共南安市委柳城街道工作委员会
     * 南安市柳城街道办事处"): the report is the government's, so its name is taken.
     */
    private static String governmentOfAJointIssuer(String first, String rest) {
        if (!first.startsWith("中共")) {
            return first;
        }
        Matcher next = NEXT_TOKEN.matcher(rest);
        if (next.find() && BODIES.stream().anyMatch(next.group(1)::endsWith)) {
            return next.group(1);
        }
        return first;
    }

    /** The next label glued to the value ("深圳市龙华区人民政府日期:2025年…"): not part of the name. */
    private static final Pattern GLUED_LABEL = Pattern.compile("(?<=..)(?:发布|发文|更新)?(?:日期|时间|浏览|点击|字号|字体|访问).*$");

    private static final Pattern SPACES = Pattern.compile("[ \\t\u3000]");

    public static String find(List<String> lines) {
        for (int i = 0; i < Math.min(HEADER_LINES, lines.size()); i++) {
            String line = lines.get(i);
            String unspaced = SPACES.matcher(line).replaceAll("");
            if (LABEL_WORDS.stream().noneMatch(unspaced::contains)) {
                continue;
            }
            Matcher m = PUBLISHER.matcher(line);
            if (m.find()) {
                return governmentOfAJointIssuer(GLUED_LABEL.matcher(m.group(1)).replaceFirst(""), line.substring(m.end(1)));
            }
            // the label alone on its line, the value on the next
            // (not when the next line is a row of its own, "发布机构:" empty over "发布日期: 2026-01-31")
            if (LABEL_ALONE.matcher(lines.get(i)).matches() && i + 1 < lines.size() && !ANOTHER_ROW.matcher(lines.get(i + 1)).find()) {
                return lines.get(i + 1).strip();
            }
        }
        return null;
    }
}
