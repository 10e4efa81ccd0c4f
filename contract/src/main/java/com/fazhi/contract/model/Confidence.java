package com.fazhi.contract.model;

/**
 * How directly the engine read a figure: the values an {@link Indicator}'s {@code confidence} takes by the shape of
 * the rule that read it (a rule may state its own), and the floor a reader may ask for (query-service's
 * {@code minConfidence}, {@code bin/extract --eval --min-confidence}).
 */
public final class Confidence {

    /** The words before the figure name its concept (调解成功率99.87%). */
    public static final double WORDS_BEFORE = 0.9;
    /** The words after it do (4.1万名公职人员学法考法); with {@link #WORDS_BEFORE}, the figure's own wording. */
    public static final double WORDS_AFTER = 0.8;
    /** Only its sentence's topic does (a study count under a paragraph on the law). */
    public static final double TOPIC = 0.6;

    private Confidence() {
    }

    /**
     * A floor as a reader writes it: a number from 0 to 1. {@link IllegalArgumentException} with the reason (which
     * says what the values mean) otherwise.
     */
    public static double floor(String raw) {
        double value = Double.NaN;
        if (raw != null) {
            try {
                value = Double.parseDouble(raw.strip());
            } catch (NumberFormatException e) {
                // not a number: refused below with the reason
            }
        }
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("a number from 0 to 1, not '" + raw + "' (" + WORDS_BEFORE + ": only "
                    + "figures the words before them name; " + WORDS_AFTER + ": also those the words after them name; "
                    + TOPIC + ": also those read through their sentence's topic)");
        }
        return value;
    }
}
