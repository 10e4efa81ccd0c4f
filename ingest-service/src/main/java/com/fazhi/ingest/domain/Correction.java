package com.fazhi.ingest.domain;

/**
 * One analyst correction as it is recorded on {@code reports.corrections} (keyed {@code reportId|target}, compacted,
 * so the latest correction of a target stands; a withdrawal is one too, action {@code withdraw}): what was corrected, to what, what the
 * report said before, who did it and when. {@code quote} is the text between {@code start} and {@code end} when the
 * correction was made, so a re-extraction whose text moved can find the sentence again or flag the correction.
 */
public record Correction(String reportId, String target, String action, String field, String key, Object value,
        String unit, Integer year, Integer start, Integer end, String quote, Object before, String by, String at,
        String note) {

    public String recordKey() {
        return reportId + "|" + target;
    }

    /** The target of a field correction, of a confirmation or rejection of one figure, of a set figure. */
    public static String fieldTarget(String field) {
        return "field:" + field;
    }

    public static String figureTarget(String key, double value) {
        return "indicator:" + key + "=" + (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value));
    }

    public static String setTarget(String key) {
        return "indicator:" + key + ":set";
    }

    /** Nothing else may be corrected. */
    public static final java.util.List<String> FIELDS = java.util.List.of("title", "authority", "level", "region",
            "reportYear", "publishedAt");

}
