package com.fazhi.ingest.domain;

/**
 * What an analyst sends to correct one report (JSON body of {@code POST /api/reports/{id}/corrections}):
 * <ul>
 * <li>{@code {"action":"confirm","key":"mediation.disputes","value":860}}: the engine's figure is right;</li>
 * <li>{@code {"action":"reject","key":"law_study.sessions","value":1000}}: the engine's figure is wrong;</li>
 * <li>{@code {"action":"set","key":"law_study.sessions","value":12,"unit":"次","year":2024,"start":812,"end":840}}:
 * the right figure, with the offsets of the sentence it comes from in the report's text;</li>
 * <li>{@code {"action":"set","field":"level","value":"county"}}: a report field (title, authority, level, region
 * as a GB/T 2260 code, reportYear, publishedAt);</li>
 * <li>{@code {"action":"withdraw","key":…,"value":…}} or {@code {"action":"withdraw","field":…}}: takes back the
 * correction with that target.</li>
 * </ul>
 */
public record CorrectionRequest(String action, String field, String key, Object value, String unit, Integer year,
        Integer start, Integer end, String note) {
}
