package com.fazhi.extractor.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends OCR slips inside numbers, character for character so offsets do not move: in a run of digits and the
 * letters I, l, O, o that stands before a unit or a percent sign ("IOOO件", "IO0%"), the letters become 1 and 0.
 */
public final class OcrDigitFixer {

    private static final Pattern SLIPPED = Pattern.compile(
            "(?<![A-Za-z0-9.])([0-9IlOo]*[IlOo][0-9IlOo]*)(?=\\s*(?:余|多)?(?:%|%|件|起|人|名|次|场|卷|份|条|项|个|家))");

    private OcrDigitFixer() {
    }

    public static String fix(String text) {
        Matcher m = SLIPPED.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        do {
            String run = m.group(1);
            boolean plausible = run.length() >= 2 && (run.chars().anyMatch(Character::isDigit) || run.length() >= 3);
            if (plausible && (run.charAt(0) == 'I' || run.charAt(0) == 'l' || Character.isDigit(run.charAt(0)))) {
                for (int i = 0; i < run.length(); i++) {
                    char c = run.charAt(i);
                    out.setCharAt(m.start(1) + i, c == 'I' || c == 'l' ? '1' : c == 'O' || c == 'o' ? '0' : c);
                }
            }
        } while (m.find());
        return out.toString();
    }
}
