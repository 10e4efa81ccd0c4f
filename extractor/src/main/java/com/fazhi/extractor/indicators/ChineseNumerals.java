package com.fazhi.extractor.indicators;

/** 十二 → 12, 二百零五 → 205, 两千 → 2000, 一万二千 → 12000; -1 for a string that is not a well-formed numeral. */
public final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    public static double parse(String numeral) {
        long total = 0;
        long digit = -1;
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            int d = c == '零' ? 0 : c == '两' ? 2 : DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            if (c == '万') { // 一万二千: the ten-thousands, then the rest
                total = (total + Math.max(digit, 0)) * 10000;
                digit = -1;
                continue;
            }
            int multiplier = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (multiplier < 0) {
                return -1;
            }
            total += (digit < 0 ? 1 : digit) * multiplier; // 十二: a bare 十 is one ten
            digit = -1;
        }
        return total + Math.max(digit, 0);
    }
}
