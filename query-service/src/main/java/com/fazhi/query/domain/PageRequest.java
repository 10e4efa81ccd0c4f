package com.fazhi.query.domain;

/** A page of results: 1-based page number and a size bounded by the configured maximum. */
public record PageRequest(int page, int size) {

    public static PageRequest of(String page, String size, int defaultSize, int maxSize) {
        int p = number("page", page, 1);
        int s = number("size", size, defaultSize);
        if (p < 1) {
            throw new InvalidQueryException("page starts at 1, not " + p);
        }
        if (s < 1 || s > maxSize) {
            throw new InvalidQueryException("size must be between 1 and " + maxSize + ", not " + s);
        }
        if ((long) (p - 1) * s > 100_000) {
            throw new InvalidQueryException("page " + p + " is too deep: narrow the filters instead");
        }
        return new PageRequest(p, s);
    }

    private static int number(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(name + " must be a whole number, not '" + value + "'");
        }
    }

    public int skip() {
        return (page - 1) * size;
    }
}
