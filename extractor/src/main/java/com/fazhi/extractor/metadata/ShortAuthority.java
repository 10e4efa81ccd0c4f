package com.fazhi.extractor.metadata;

import com.fazhi.contract.model.Region;

/**
 * An issuer named by its tier's word alone ("省人民政府关于2018年依法行政工作报告", "市林业局2023年…"): how a body
 * names itself on its own site or before its own legislature. Once the report's region is known, the word stands for
 * the unit of that tier, so the name is given whole ("甘肃省人民政府"); a short name whose tier the region does not
 * hold is left as it is.
 */
public final class ShortAuthority {

    /** A first character that opens a word of its own, not the tier's: 市场, 区域, 县域, 省级, 市级 … (levels.json tierWordInAWord). */
    private static final java.util.regex.Pattern TIER_WORD_IN_A_WORD = java.util.regex.Pattern.compile("[省市县区州旗盟](?:"
            + com.fazhi.reference.lexicon.Lexicon.alternation(com.fazhi.reference.lexicon.Lexicon.get().levels().path("tierWordInAWord")) + ")");

    private ShortAuthority() {
    }

    public static String withPlace(String authority, Region region, String level) {
        if (authority == null || authority.length() < 3 || region == null || TIER_WORD_IN_A_WORD.matcher(authority).lookingAt()) {
            return authority; // 市场监督管理局 opens with 市场, not with the city's word
        }
        if (region.county() != null && authority.startsWith(region.county())) {
            return authority; // 市中区人力资源和社会保障局 names its place already (市中区 opens with 市, not as 枣庄's word)
        }
        String place = switch (authority.charAt(0)) {
            case '省' -> endingIn(region.province(), "省");
            case '市' -> endingIn(region.county(), "市") != null ? region.county() : endingIn(region.city(), "市"); // a county-level city's own
            case '州' -> endingIn(region.city(), "州");
            case '盟' -> endingIn(region.city(), "盟");
            case '县' -> endingIn(region.county(), "县");
            case '区' -> endingIn(region.county(), "区");
            case '旗' -> endingIn(region.county(), "旗");
            default -> null;
        };
        // 市人民政府 → 临沂市人民政府: the unit's name ends in the word the short name opens with
        return place == null ? authority : place.substring(0, place.length() - 1) + authority;
    }

    private static String endingIn(String name, String word) {
        return name != null && name.endsWith(word) && name.length() > word.length() ? name : null;
    }
}
