package com.fazhi.query.domain;

import java.util.Set;

/**
 * The filters of {@code GET /api/reports}, checked: every value is a plain value compared for equality, never an
 * operator or a pattern. Nulls mean "any".
 */
public record ReportFilter(Integer year, String level, String province) {

    public static final Set<String> LEVELS = Set.of("province", "city", "county", "township", "department");
    private static final int MAX_NAME = 30;

    public static ReportFilter of(String year, String level, String province) {
        return new ReportFilter(parseYear(year), parseLevel(level), parseProvince(province));
    }

    static Integer parseYear(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(year.trim());
            if (value < 1990 || value > 2100) {
                throw new InvalidQueryException("year " + year + " is out of range (1990-2100)");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidQueryException("year must be a number like 2023, not '" + year + "'");
        }
    }

    static String parseLevel(String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        if (!LEVELS.contains(level.trim())) {
            throw new InvalidQueryException("level must be one of " + LEVELS + ", not '" + level + "'");
        }
        return level.trim();
    }

    static String parseProvince(String province) {
        if (province == null || province.isBlank()) {
            return null;
        }
        if (province.length() > MAX_NAME) {
            throw new InvalidQueryException("province is longer than " + MAX_NAME + " characters");
        }
        return province.trim();
    }
}
