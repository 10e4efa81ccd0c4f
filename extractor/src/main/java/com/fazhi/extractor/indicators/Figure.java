package com.fazhi.extractor.indicators;

/** A number with its unit as written in the text ("1.3万余名" → 13000 名), and where it stands. */
public record Figure(double value, String unit, int start, int end) {
}
