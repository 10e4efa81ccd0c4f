package com.fazhi.reference.dedup;

import java.util.Objects;

/**
 * Whether two texts are the same report (a repost on another site, in the other script, with other page furniture, a
 * few characters garbled, or cut short), decided on their text and confirmed by what the engine read of them.
 * <ol>
 * <li>The texts must be near-duplicates: estimated Jaccard similarity of their shingles at least
 * {@link #MIN_JACCARD}, or, for a copy cut short, the shorter one (of at least {@link #MIN_CONTAINED_SHINGLES}
 * shingles) contained in the other to at least {@link #MIN_CONTAINMENT}.</li>
 * <li>Nothing the engine read may disagree where both sides know it: the report year (the same government's report
 * for the next year shares its template), the region code (two districts using one template), the authority.</li>
 * </ol>
 * A news article that quotes a report shares some of its sentences, but its own framing keeps it under both thresholds
 * (the containment threshold is high for that reason: a copy cut short with much furniture around it is missed rather
 * than an article merged).
 */
public final class RepostDecision {

    public static final double MIN_JACCARD = 0.6;
    public static final double MIN_CONTAINMENT = 0.93;
    public static final int MIN_CONTAINED_SHINGLES = 150;

    /** One text: its signature and what the engine read of it (each may be null). */
    public record Copy(MinHash.Signature signature, Integer reportYear, String regionCode, String authority) {
    }

    private RepostDecision() {
    }

    public static boolean sameReport(Copy a, Copy b) {
        return nearDuplicates(a.signature(), b.signature()) && agree(a, b);
    }

    static boolean nearDuplicates(MinHash.Signature a, MinHash.Signature b) {
        if (a.jaccard(b) >= MIN_JACCARD) {
            return true;
        }
        return Math.min(a.shingles(), b.shingles()) >= MIN_CONTAINED_SHINGLES && a.containment(b) >= MIN_CONTAINMENT;
    }

    /** Whether nothing the engine read of the two disagrees (year, region, authority), whatever their texts. */
    public static boolean agree(Copy a, Copy b) {
        if (a.reportYear() != null && b.reportYear() != null && !Objects.equals(a.reportYear(), b.reportYear())) {
            return false;
        }
        if (a.regionCode() != null && b.regionCode() != null && !a.regionCode().startsWith(trimmed(b.regionCode()))
                && !b.regionCode().startsWith(trimmed(a.regionCode()))) {
            return false;
        }
        if (a.authority() == null || b.authority() == null) {
            return true;
        }
        String x = a.authority().replaceAll("\\s", "");
        String y = b.authority().replaceAll("\\s", "");
        return x.contains(y) || y.contains(x); // a furniture word glued before one copy's name is no disagreement
    }

    /** "330000" → "33", "330100" → "3301": a province's or city's code names every unit below it. */
    private static String trimmed(String code) {
        String t = code.replaceAll("(00)+$", "");
        return t.isEmpty() ? code : t;
    }
}
