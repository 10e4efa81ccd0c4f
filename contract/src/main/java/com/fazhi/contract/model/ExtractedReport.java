package com.fazhi.contract.model;

import java.util.List;

/**
 * The structured document the engine makes of one report (field names as in spec/extraction.md).
 * {@code status} is {@code ok}, {@code unreadable} (the input holds no readable report) or {@code failed} (the
 * engine broke on it), with {@code problem} saying why; {@code text} is the cleaned body
 * that indicator offsets point into.
 */
public record ExtractedReport(
        String status,
        String problem,
        String extractorVersion,
        String title,
        String authority,
        String level,
        Region region,
        Integer reportYear,
        String publishedAt,
        String sourceScript,
        List<Section> sections,
        Parts parts,
        List<Indicator> indicators,
        List<String> citedDocuments,
        Compliance compliance,
        String text) {

    public static final String OK = "ok";
    public static final String UNREADABLE = "unreadable";
    public static final String FAILED = "failed";

    public static ExtractedReport unreadable(String problem, String extractorVersion) {
        return withoutContent(UNREADABLE, problem, extractorVersion);
    }

    /** The engine itself failed on this input (a bug, not a property of the report): extract-service dead-letters it. */
    public static ExtractedReport failed(String problem, String extractorVersion) {
        return withoutContent(FAILED, problem, extractorVersion);
    }

    private static ExtractedReport withoutContent(String status, String problem, String extractorVersion) {
        return new ExtractedReport(status, problem, extractorVersion, null, null, null, Region.UNKNOWN, null, null,
                null, List.of(), null, List.of(), List.of(), new Compliance(null, null, List.of()), "");
    }
}
