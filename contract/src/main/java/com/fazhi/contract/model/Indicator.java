package com.fazhi.contract.model;

/**
 * One figure of the indicator catalog, with the clause it was read from and its offsets in the cleaned text.
 * {@code confidence} says how directly the rule that read it matched (0–1): 0.9 when the figure's own wording names
 * the concept (纠错率14.7%, 会前学法6次), 0.8 when the concept follows the figure (98%实现全程网办), 0.6 when generic
 * words needed the sentence's topic (专题学习3次 in a 中心组 sentence about 法治); the API can filter or flag weak ones.
 */
public record Indicator(String key, double value, String unit, Integer year, String text, String section, int start, int end,
        double confidence) {
}
