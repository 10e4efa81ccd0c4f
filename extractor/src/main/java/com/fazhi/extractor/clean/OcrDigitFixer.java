package com.fazhi.extractor.clean;

import com.fazhi.reference.lexicon.Lexicon;

/**
 * Mends OCR slips inside numbers, character for character so offsets do not move: in a run of digits and the
 * letters I, l, O, o that stands before a unit or a percent sign ("IOOO件", "IO0%"), the letters become 1 and 0.
 * A run must start with a digit, I or l, and be at least two characters (three when it has no digit at all).
 */
public final class OcrDigitFixer {

    /** The first character of every unit in lexicon/units.json: a figure's numeral stands before one of them. */
    private static final String UNITS_AFTER = Lexicon.get().unitStarts();

    private OcrDigitFixer() {
    }

    public static String fix(String text) {
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (!isSlipLetter(text.charAt(i))) {
                continue;
            }
            int start = i;
            while (start > 0 && isRunChar(text.charAt(start - 1))) {
                start--;
            }
            int end = i;
            while (end < length && isRunChar(text.charAt(end))) {
                end++;
            }
            i = end;
            if (start > 0 && (isAsciiLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')
                    || end < length && isAsciiLetter(text.charAt(end)) || !unitFollows(text, end) || !plausible(text, start, end)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text);
            }
            for (int k = start; k < end; k++) {
                char c = text.charAt(k);
                out.setCharAt(k, c == 'I' || c == 'l' ? '1' : c == 'O' || c == 'o' ? '0' : c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean plausible(String text, int start, int end) {
        char first = text.charAt(start);
        boolean hasDigit = false;
        for (int k = start; k < end; k++) {
            hasDigit |= Character.isDigit(text.charAt(k));
        }
        return end - start >= 2 && (hasDigit || end - start >= 3) && (first == 'I' || first == 'l' || Character.isDigit(first));
    }

    private static boolean unitFollows(String text, int at) {
        int k = at;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '余' || text.charAt(k) == '多')) {
            k++;
        }
        return k < text.length() && UNITS_AFTER.indexOf(text.charAt(k)) >= 0;
    }

    private static boolean isSlipLetter(char c) {
        return c == 'I' || c == 'l' || c == 'O' || c == 'o';
    }

    private static boolean isRunChar(char c) {
        return c >= '0' && c <= '9' || isSlipLetter(c);
    }

    private static boolean isAsciiLetter(char c) {
        return c < 128 && Character.isLetter(c) && !isSlipLetter(c);
    }
}
