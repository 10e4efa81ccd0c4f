package com.fazhi.extractor.metadata;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An opening that starts with its addressee ("中共嘉兴市委、嘉兴市人民政府: 2020年,海宁市…", "自治区人民政府:"): the
 * superior the report is sent to is not the report's own unit, and the report speaks from a level below it.
 */
public final class Addressee {

    private static final Pattern ADDRESSEE = Pattern.compile(
            "^[^。,,;;\\n]{2,40}(?:人民政府|政府|委员会|常委会|市委|县委|区委|州委|省委|旗委|盟委|行署|办公室)[::]");
    /** The addressee's level from its words, highest first: 0 province, 1 city (市/州/盟/地区), 2 county. */
    private static final Pattern[] LEVEL_WORDS = {
            Pattern.compile("省|自治区"), Pattern.compile("市|州|盟|地区|行署"), Pattern.compile("县|区|旗")};

    private Addressee() {
    }

    /** The addressee's length at {@code openingStart}, or 0 when the opening does not start with one. */
    public static int length(String text, int openingStart) {
        Matcher m = ADDRESSEE.matcher(text).region(openingStart, Math.min(text.length(), openingStart + 60));
        return m.lookingAt() ? m.end() - openingStart : 0;
    }

    /**
     * The rank of the highest unit the addressee names (0 province, 1 city, 2 county), or -1 without an addressee or
     * a level word in it: the report's own unit ranks below it.
     */
    public static int rank(String text, int openingStart) {
        int start = openingStart;
        int length = length(text, start);
        if (length == 0) { // the addressee on its own line above the opening paragraph
            int lineEnd = openingStart - 1;
            while (lineEnd > 0 && Character.isWhitespace(text.charAt(lineEnd - 1))) {
                lineEnd--;
            }
            start = text.lastIndexOf('\n', lineEnd - 1) + 1;
            length = lineEnd > start ? length(text, start) : 0;
            if (length == 0 || start + length != lineEnd) {
                return -1;
            }
        }
        String addressee = text.substring(start, start + length);
        for (int rank = 0; rank < LEVEL_WORDS.length; rank++) {
            if (LEVEL_WORDS[rank].matcher(addressee).find()) {
                return rank;
            }
        }
        return -1;
    }
}
