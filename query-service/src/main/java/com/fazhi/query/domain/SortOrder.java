package com.fazhi.query.domain;

/** The orders a report list can have: {@code year}/{@code -year}, {@code published}/{@code -published}, {@code authority}. */
public record SortOrder(String field, boolean descending) {

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
