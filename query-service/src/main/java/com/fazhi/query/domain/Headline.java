package com.fazhi.query.domain;

import java.util.List;
import java.util.Map;

/**
 * A report may state several figures for one key (the jurisdiction's and a sub-unit's, this year's and last year's).
 * Its headline for a year: among the figures of that year, the largest count (a whole jurisdiction counts more than any
 * part of it), or for a rate the first stated (reports lead with the jurisdiction-wide rate); a figure an analyst set
 * for the key wins over all.
 */
public final class Headline {

    private Headline() {
    }

    public static Map<String, Object> pick(List<Map<String, Object>> figures, Integer year) {
        Map<String, Object> set = null;
        for (Map<String, Object> f : figures) {
            if ("corrected".equals(f.get("review"))) {
                set = f; // an analyst set the figure for this key: that is the headline
            }
        }
        if (set != null) {
            return set;
        }
        Map<String, Object> best = null;
        for (Map<String, Object> f : figures) {
            if (year != null && f.get("year") != null && ((Number) f.get("year")).intValue() != year) {
                continue;
            }
            if (best == null) {
                best = f;
            } else if (!"%".equals(f.get("unit")) && value(f) > value(best)) {
                best = f;
            }
        }
        return best;
    }

    static double value(Map<String, Object> figure) {
        return ((Number) figure.get("value")).doubleValue();
    }
}
