package com.fazhi.query.domain;

import java.util.Comparator;

/** The orders a report list can have: {@code year}/{@code -year}, {@code published}/{@code -published}, {@code authority}. */
public record SortOrder(String field, boolean descending) {

    /** Newest first by default; ties by publication date (newest first), then id, so paging is stable. */
    public Comparator<ReportSummary> comparator() {
        Comparator<ReportSummary> primary = switch (field) {
            case "reportYear" -> Comparator.comparing(ReportSummary::reportYear, nullsLast(descending));
            case "publishedAt" -> Comparator.comparing(ReportSummary::publishedAt, nullsLast(descending));
            default -> Comparator.comparing(ReportSummary::authority, nullsLast(descending));
        };
        return primary.thenComparing(ReportSummary::publishedAt, nullsLast(true))
                .thenComparing(ReportSummary::id);
    }

    private static <T extends Comparable<? super T>> Comparator<T> nullsLast(boolean descending) {
        return Comparator.nullsLast(descending ? Comparator.<T>reverseOrder() : Comparator.<T>naturalOrder());
    }

    public static final SortOrder DEFAULT = new SortOrder("reportYear", true);

    public static SortOrder parse(String sort) {
        if (sort == null || sort.isBlank()) {
            return DEFAULT;
        }
        boolean descending = sort.startsWith("-");
        String name = descending ? sort.substring(1) : sort;
        String field = switch (name) {
            case "year" -> "reportYear";
            case "published" -> "publishedAt";
            case "authority" -> "authority";
            default -> throw new InvalidQueryException("sort must be year, published or authority (with - for descending), not '" + sort + "'");
        };
        return new SortOrder(field, descending);
    }
}
