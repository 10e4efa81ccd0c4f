package com.fazhi.query.domain;

import java.util.Map;

import com.fazhi.contract.model.Confidence;

/**
 * Which of a report's figures a ranking or a series reads. {@code verifiedOnly}: only the figures an analyst confirmed
 * or corrected. {@code minConfidence}: only the figures the engine read at least this directly (the indicator's
 * {@code confidence}, see {@link Confidence}); a figure an analyst confirmed or corrected always counts, and one
 * without a confidence (stored by an older extractor) does not count once a minimum is asked for. The headline is
 * chosen first (see {@link Headline}), then kept only if it was read directly enough: a sub-unit's figure read from
 * its own words never stands in for the place's figure read through its topic.
 */
public record FigureSelection(boolean verifiedOnly, Double minConfidence) {

    /** Every figure the report states. */
    public static final FigureSelection ALL = new FigureSelection(false, null);

    /** The figures of a request: {@code verified=true} and {@code minConfidence} as given (null when absent). */
    public static FigureSelection of(Boolean verified, String minConfidence) {
        return new FigureSelection(Boolean.TRUE.equals(verified), minimum(minConfidence));
    }

    private static Double minimum(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Confidence.floor(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("minConfidence must be " + e.getMessage());
        }
    }

    /** Whether the figure may be the report's headline: any figure, or with {@code verifiedOnly} an analyst's. */
    public boolean candidate(Map<String, Object> figure) {
        return !verifiedOnly || verified(figure);
    }

    /** Whether the headline was read directly enough to be shown: an analyst's always is. */
    public boolean readDirectlyEnough(Map<String, Object> figure) {
        return minConfidence == null || verified(figure)
                || figure.get("confidence") instanceof Number confidence && confidence.doubleValue() >= minConfidence;
    }

    private static boolean verified(Map<String, Object> figure) {
        return "confirmed".equals(figure.get("review")) || "corrected".equals(figure.get("review"));
    }
}
