package com.fazhi.extractor.eval;

import java.util.regex.Pattern;

/**
 * The spec's rule for titles and authorities: equal after trimming, or one is the other with its parent region
 * left off (十堰市茅箭区人民政府 ~ 茅箭区人民政府);
 * whitespace anywhere in either is ignored.
 */
final class NameMatch {

    /** A run of administrative unit names: what a parent-region prefix is made of. */
    private static final Pattern REGION_PREFIX = Pattern.compile("^(?:[^,。;:\\s]{1,12}?(?:省|自治区|市|自治州|州|地区|盟|县|区|旗))+$");

    /** The shorter name still names its own unit: only the parent may be left off, not every region. */
    private static final Pattern SELF_NAMED = Pattern.compile("^[^,。\\s]{1,12}?(?:省|自治区|市|州|地区|盟|县|区|旗|镇|乡|街道)");

    /** Whitespace inside a Chinese title or name carries no meaning (spec): it is removed before comparing. */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000\\u00a0]+");

    private NameMatch() {
    }

    static boolean matches(String gold, String actual) {
        if (gold == null || actual == null) {
            return gold == null && actual == null;
        }
        String g = WHITESPACE.matcher(gold).replaceAll("");
        String a = WHITESPACE.matcher(actual).replaceAll("");
        if (g.equals(a)) {
            return true;
        }
        String longer = g.length() > a.length() ? g : a;
        String shorter = g.length() > a.length() ? a : g;
        return SELF_NAMED.matcher(shorter).find() && longer.endsWith(shorter)
                && REGION_PREFIX.matcher(longer.substring(0, longer.length() - shorter.length())).matches();
    }
}
