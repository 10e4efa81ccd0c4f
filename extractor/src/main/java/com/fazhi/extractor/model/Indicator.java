package com.fazhi.extractor.model;

/** One figure of the indicator catalog, with the clause it was read from and its offsets in the cleaned text. */
public record Indicator(String key, double value, String unit, Integer year, String text, String section, int start, int end) {
}
