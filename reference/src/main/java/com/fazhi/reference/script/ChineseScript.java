package com.fazhi.reference.script;

import com.ibm.icu.text.Transliterator;

/**
 * Traditional → Simplified conversion and script detection, from ICU's {@code Traditional-Simplified} transform.
 * The transform is applied once per character at class load into a lookup table, so converting a report is a
 * single pass over its characters.
 */
public final class ChineseScript {

    public static final String SIMPLIFIED = "hans";
    public static final String TRADITIONAL = "hant";

    private static final char FIRST = 0x3400;
    private static final char LAST = 0x9FFF;
    private static final char[] TO_SIMPLIFIED = buildTable();

    private ChineseScript() {
    }

    public static String toSimplified(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= FIRST && c <= LAST) {
                chars[i] = TO_SIMPLIFIED[c - FIRST];
            }
        }
        return new String(chars);
    }


    /**
     * The words a Traditional mirror took from Taiwan's vocabulary (規範性檔案, 資訊公開, 程式) as the mainland report
     * wrote them (规范性文件, 信息公开, 程序), on text already made Simplified. For Traditional sources only: a
     * Simplified report's own words are never changed.
     */
    public static String toMainlandWords(String simplified) {
        String text = simplified;
        for (String[] pair : MainlandWords.PAIRS) {
            if (text.contains(pair[0])) {
                text = text.replace(pair[0], pair[1]);
            }
        }
        return text;
    }

    /**
     * Taiwan-vocabulary words of a converted mirror and the mainland words they stand for, longest first
     * (script.json). A holder, so that the word lists load with the first Traditional report, not with every user of
     * {@link #toSimplified} (query-service's search text, repost signatures).
     */
    private static final class MainlandWords {
        static final String[][] PAIRS = load();

        private static String[][] load() {
            java.util.List<String[]> pairs = new java.util.ArrayList<>();
            com.fazhi.reference.lexicon.Lexicon.get().script().path("mainlandWords")
                    .forEach(pair -> pairs.add(new String[] {pair.get(0).asText(), pair.get(1).asText()}));
            return pairs.toArray(new String[0][]);
        }
    }

    /** {@code hant} when a noticeable share of the Han characters have a different simplified form. */
    public static String detect(String text) {
        int han = 0;
        int traditional = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST && c <= LAST) {
                han++;
                if (TO_SIMPLIFIED[c - FIRST] != c) {
                    traditional++;
                }
            }
        }
        // simplified text has almost no such characters; traditional text has them in 15-30% of positions
        return han > 0 && traditional * 100 >= han * 3 ? TRADITIONAL : SIMPLIFIED;
    }

    /** Pairs of (variant ICU gives, the standard character): 谘→咨. */
    private static final String MERGED_VARIANTS = "谘咨";

    private static char[] buildTable() {
        Transliterator transform = Transliterator.getInstance("Traditional-Simplified");
        char[] table = new char[LAST - FIRST + 1];
        for (char c = FIRST; c <= LAST; c++) {
            String converted = transform.transliterate(String.valueOf(c));
            table[c - FIRST] = converted.length() == 1 ? converted.charAt(0) : c;
        }
        // ICU keeps forms the standard list of 2013 (通用规范汉字表) merged into another: 諮詢 is 咨询 today, not 谘询
        for (int i = 0; i + 1 < MERGED_VARIANTS.length(); i += 2) {
            for (char c = FIRST; c <= LAST; c++) {
                if (table[c - FIRST] == MERGED_VARIANTS.charAt(i)) {
                    table[c - FIRST] = MERGED_VARIANTS.charAt(i + 1);
                }
            }
        }
        return table;
    }
}
