package com.fazhi.extractor.metadata;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The administrative level of the issuer: from the authority's name where there is one, else from how the text
 * names its own jurisdiction (全县/我区/全市 …), whichever it names most.
 */
public final class LevelClassifier {

    private static final Pattern SELF_REFERENCE = Pattern.compile(
            "[全我本](省|自治区|市|区|县|旗|镇|乡|街道)|(自治区)(?:党委|政府|人民政府)|(?<![委、])(省|区|县|镇|乡)(?:人民)?政府(?![的正])");

    private LevelClassifier() {
    }

    /** A bureau speaking of itself near the start: 我局, or 永嘉县司法局 as the subject of a sentence. */
    private static final Pattern DEPARTMENT_SUBJECT = Pattern.compile(
            "我局|本局|[\\u4e00-\\u9fa5]{2,12}(?:局|委员会)(?:在|坚持|以|深入|深学|认真|紧紧|全面|始终|聚焦|围绕)");
    private static final int OPENING_CHARS = 800;

    public static String classify(String authority, String text) {
        return classify(authority, text, 0, null);
    }

    /**
     * With the level of the unit the report named itself by in its title or opening (null when none): an authority's
     * name decides; else a bureau speaking of itself; else that self-named unit; else how the text refers to itself.
     */
    public static String classify(String authority, String text, int openingStart, String selfNamedLevel) {
        if (authority != null) {
            String level = fromAuthority(authority);
            if (level != null) {
                return level;
            }
        }
        if (speaksAsDepartment(text, openingStart)) {
            return "department";
        }
        return selfNamedLevel != null ? selfNamedLevel : fromSelfReference(text);
    }

    public static boolean speaksAsDepartment(String text, int openingStart) {
        String opening = text.substring(openingStart, Math.min(text.length(), openingStart + OPENING_CHARS));
        return DEPARTMENT_SUBJECT.matcher(opening).find();
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

    public static String fromSelfReference(String text) {
        int[] counts = new int[4];
        Matcher m = SELF_REFERENCE.matcher(text);
        while (m.find()) {
            String unit = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (m.group(2) != null) {
                counts[0] += 2; // 自治区党委/政府: a region speaking of itself, whatever 我区 suggests
                continue;
            }
            switch (unit) {
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
