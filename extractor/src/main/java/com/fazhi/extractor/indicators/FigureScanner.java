package com.fazhi.extractor.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every figure in a text: Arabic or Chinese numerals, an optional 万/千 multiplier, 余/多 (the stated number
 * counts: "30余份" is 30), an optional parenthetical ("30(去年转结案件5件)件"), and a unit.
 */
public final class FigureScanner {

    static final String UNITS = "件次|人次|场次|批次|户次|件|起|人|名|次|场|卷|份|条|项|个|家|期|位|%|%";
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\d.])(?<num>\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)\\s*(?<mult>万|千)?\\s*(?<approx>余|多)?"
                    + "\\s*(?<paren>[((][^()()\\n]{0,20}[))])?\\s*(?<unit>" + UNITS + ")");

    private FigureScanner() {
    }

    public static List<Figure> scan(String text) {
        List<Figure> figures = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String num = m.group("num");
            boolean chinese = !Character.isDigit(num.charAt(0));
            if (chinese && (m.group("paren") != null || isWordNumeral(text, m.start(), num))) {
                continue;
            }
            double value = chinese ? ChineseNumerals.parse(num) : Double.parseDouble(num);
            if (value < 0) {
                continue;
            }
            if ("万".equals(m.group("mult"))) {
                value *= 10_000;
            } else if ("千".equals(m.group("mult"))) {
                value *= 1_000;
            }
            String unit = m.group("unit").equals("%") ? "%" : m.group("unit");
            figures.add(new Figure(Math.round(value * 1000) / 1000.0, unit, m.start(), m.end()));
        }
        return figures;
    }

    /** 一 in 一次性, 统一, 第一, 一是: a numeral that is part of a word, not a count. */
    private static boolean isWordNumeral(String text, int start, String num) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (before == '第' || before == '统' || before == '唯' || before == '之' || before == '每' || before == '逐') {
                return true;
            }
        }
        return num.length() == 1 && num.charAt(0) == '一' && start > 0 && Character.isIdeographic(text.charAt(start - 1))
                && "开展举办组织召开进行".indexOf(text.charAt(start - 1)) < 0;
    }
}
