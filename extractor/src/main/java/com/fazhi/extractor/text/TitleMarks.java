package com.fazhi.extractor.text;

/**
 * Cited titles in 《…》: a place, year or figure inside one belongs to the document cited, not to the report
 * ("《X县法治政府建设实施方案(2021—2025年)》" names a county and two years the report does not speak of).
 */
public final class TitleMarks {

    private TitleMarks() {
    }

    /**
     * Where the title still open at {@code position} opens: the nearest 《 before it with no 》 in between, at most
     * {@code reach} characters back; -1 if there is none that close.
     */
    public static int openBefore(CharSequence text, int position, int reach) {
        int stop = Math.max(0, position - reach);
        for (int i = Math.min(position, text.length()) - 1; i >= stop; i--) {
            char c = text.charAt(i);
            if (c == '》') {
                return -1;
            }
            if (c == '《') {
                return i;
            }
        }
        return -1;
    }

    /** {@code position} lies inside a title opened at most {@code reach} characters before it. */
    public static boolean inside(CharSequence text, int position, int reach) {
        return openBefore(text, position, reach) >= 0;
    }
}
