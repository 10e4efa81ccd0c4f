package com.fazhi.extractor.clean;

import java.util.regex.Pattern;

import com.fazhi.reference.lexicon.Lexicon;

/**
 * Mends figures that a page's layout split: a space (or a thin or no-break space) as the thousands separator
 * ("2 318件"), before a percent sign ("98.3 %") or after a decimal point ("99. 1%"), and a line break between a number
 * and its unit ("412\n件"), inside a decimal ("11.\n2%") or between a clause and the figure that ends it
 * ("集体学法\n6次;"). Each is the same figure written across a gap; nothing else is joined.
 */
public final class FigureSpacing {

    private static final String SPACE = "[ \\u2009\\u202f\\u00a0\\u3000]";
    private static final Pattern THOUSANDS = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:" + SPACE + "\\d{3})+(?!\\d)");
    private static final Pattern A_SPACE = Pattern.compile(SPACE);
    private static final Pattern BEFORE_PERCENT = Pattern.compile("(?<=\\d)" + SPACE + "+(?=%)");
    private static final Pattern AFTER_POINT = Pattern.compile("(?<=\\d\\.)" + SPACE + "+(?=\\d{1,3}%)");
    /** The measure words of lexicon/units.json (longest first, as the list gives them), or a percent sign. */
    private static final String UNIT = "(?:余|多)?(?:" + Lexicon.get().unitList().stream().map(Pattern::quote)
            .collect(java.util.stream.Collectors.joining("|")) + "|%)";
    private static final Pattern BREAK_BEFORE_UNIT = Pattern.compile("(?<=\\d)\\n(?=" + UNIT + ")");
    private static final Pattern BREAK_IN_DECIMAL = Pattern.compile("(?<=\\d\\.)\\n(?=\\d{1,3}(?:" + UNIT + "))");
    private static final Pattern BREAK_BEFORE_FIGURE = Pattern.compile(
            "(?<=[\\u4e00-\\u9fa5])\\n(?=\\d[\\d,.]{0,12}" + UNIT + "[,,;;。、])");

    private FigureSpacing() {
    }

    public static String mend(String text) {
        String out = text;
        if (out.indexOf(' ') >= 0 || out.indexOf('\u2009') >= 0 || out.indexOf('\u202f') >= 0 || out.indexOf('\u00a0') >= 0
                || out.indexOf('\u3000') >= 0) {
            out = THOUSANDS.matcher(out).replaceAll(m -> A_SPACE.matcher(m.group()).replaceAll("")); // 1 234 567 too
            out = BEFORE_PERCENT.matcher(out).replaceAll("");
            out = AFTER_POINT.matcher(out).replaceAll("");
        }
        out = BREAK_BEFORE_UNIT.matcher(out).replaceAll("");
        out = BREAK_IN_DECIMAL.matcher(out).replaceAll("");
        return BREAK_BEFORE_FIGURE.matcher(out).replaceAll("");
    }
}
