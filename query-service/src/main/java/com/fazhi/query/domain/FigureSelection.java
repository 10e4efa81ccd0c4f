package com.fazhi.query.domain;

import java.util.Map;

/**
 * Which of a report's figures a ranking or a series reads. {@code verifiedOnly}: only the figures an analyst confirmed
 * or corrected. {@code minConfidence}: only the figures the engine read at least this directly (the indicator's
 * {@code confidence}: 0.9 when the figure's own wording names the concept, 0.8 when the words after it do, 0.6 when
 * only its sentence's topic does); a figure an analyst confirmed or corrected always counts, and one without a
 * confidence (stored by an older extractor) does not count once a minimum is asked for.
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
        double value;
        try {
            value = Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!(value >= 0 && value <= 1)) {
            throw new InvalidQueryException("minConfidence must be a number from 0 to 1, not '" + raw + "' (0.9: only "
                    + "figures whose own wording names the concept; 0.8: also those named by the words after them; "
                    + "0.6: also those read through their sentence's topic)");
        }
        return value;
    }

    /** Whether the ranking reads this figure of the key. */
    public boolean admits(Map<String, Object> figure) {
        boolean verified = "confirmed".equals(figure.get("review")) || "corrected".equals(figure.get("review"));
        if (verifiedOnly && !verified) {
            return false;
        }
        if (minConfidence == null || verified) {
            return true;
        }
        return figure.get("confidence") instanceof Number confidence && confidence.doubleValue() >= minConfidence;
    }
}
