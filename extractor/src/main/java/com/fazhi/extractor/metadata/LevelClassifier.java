package com.fazhi.extractor.metadata;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The administrative level of the issuer: from the authority's name where there is one, else from how the text
 * names its own jurisdiction (全县/我区/全市 …), whichever it names most.
 */
public final class LevelClassifier {

    private static final Pattern SELF_REFERENCE = Pattern.compile("[全我本](省|自治区|市|区|县|旗|镇|乡|街道)");

    private LevelClassifier() {
    }

    public static String classify(String authority, String text) {
        if (authority != null) {
            String level = fromAuthority(authority);
            if (level != null) {
                return level;
            }
        }
        return fromSelfReference(text);
    }

    static String fromAuthority(String authority) {
        if (authority.endsWith("街道办事处") || authority.matches(".*[乡镇](人民政府|政府)$")) {
            return "township";
        }
        if (!authority.endsWith("政府")) {
            return "department";
        }
        String unit = authority.replaceFirst("(人民)?政府$", "");
        if (unit.endsWith("省") || unit.endsWith("自治区")) {
            return "province";
        }
        if (unit.endsWith("区") || unit.endsWith("县") || unit.endsWith("旗")) {
            return "county";
        }
        if (unit.endsWith("市") || unit.endsWith("州") || unit.endsWith("盟") || unit.endsWith("地区")) {
            return unit.matches("^(北京|上海|天津|重庆)市$") ? "province" : "city";
        }
        return null;
    }

    static String fromSelfReference(String text) {
        int[] counts = new int[4];
        Matcher m = SELF_REFERENCE.matcher(text);
        while (m.find()) {
            switch (m.group(1)) {
                case "省", "自治区" -> counts[0]++;
                case "市" -> counts[1]++;
                case "区", "县", "旗" -> counts[2]++;
                default -> counts[3]++;
            }
        }
        int best = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best])) {
                best = i;
            }
        }
        return best < 0 ? null : new String[] {"province", "city", "county", "township"}[best];
    }
}
