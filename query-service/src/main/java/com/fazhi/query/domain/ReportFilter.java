package com.fazhi.query.domain;

import java.util.Set;
import java.util.regex.Pattern;

import com.fazhi.reference.catalog.IndicatorKeys;
import com.fazhi.reference.region.RegionUnit;

/**
 * The filters every report query accepts, checked: each value is a plain value compared for equality (or a digit-only
 * code prefix), never an operator or a pattern from the user. Nulls mean "any". The read model applies it as bitmaps.
 */
public record ReportFilter(String province, String city, String county, String codePrefix, String level,
        Integer year, Integer yearFrom, Integer yearTo, String hasPart, String missingPart, Boolean onTime,
        String hasIndicator, Boolean verified) {

    public static final Set<String> LEVELS = Set.of("province", "city", "county", "township", "department");
    public static final Set<String> PARTS = Set.of("measures", "responsibility", "problems", "plans");
    private static final Pattern CODE_PREFIX = Pattern.compile("\\d{2,6}");
    private static final int MAX_NAME = 30;

    public static final ReportFilter NONE = new ReportFilter(null, null, null, null, null, null, null, null, null, null,
            null, null, null);

    /** From raw query parameters, without the verified filter. */
    public static ReportFilter parse(String province, String city, String county, String code, String level,
            String year, String yearFrom, String yearTo, String hasPart, String missingPart, String onTime,
            String hasIndicator) {
        return parse(province, city, county, code, level, year, yearFrom, yearTo, hasPart, missingPart, onTime,
                hasIndicator, null);
    }

    /** The same filter for another code prefix (a region compared side by side). */
    public ReportFilter withCodePrefix(String prefix) {
        return new ReportFilter(province, city, county, prefix, level, year, yearFrom, yearTo, hasPart, missingPart, onTime,
                hasIndicator, verified);
    }

    /**
     * From raw query parameters; every bad one is an {@link InvalidQueryException} naming it. {@code verified=true}
     * keeps the reports an analyst reviewed (and, where figures are ranked, only the figures an analyst confirmed or
     * corrected); false the others.
     */
    public static ReportFilter parse(String province, String city, String county, String code, String level,
            String year, String yearFrom, String yearTo, String hasPart, String missingPart, String onTime,
            String hasIndicator, String verified) {
        Integer from = parseYear("yearFrom", yearFrom);
        Integer to = parseYear("yearTo", yearTo);
        if (from != null && to != null && from > to) {
            throw new InvalidQueryException("yearFrom " + from + " is after yearTo " + to);
        }
        return new ReportFilter(region("province", province, RegionUnit.Level.PROVINCE),
                region("city", city, RegionUnit.Level.CITY), region("county", county, RegionUnit.Level.COUNTY),
                codePrefix(code), oneOf("level", level, LEVELS), parseYear("year", year), from, to,
                oneOf("hasPart", hasPart, PARTS), oneOf("missingPart", missingPart, PARTS), bool("onTime", onTime),
                indicatorKey(hasIndicator), bool("verified", verified));
    }

    static Integer parseYear(String name, String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(year.trim());
            if (value < 1990 || value > 2100) {
                throw new InvalidQueryException(name + " " + year + " is out of range (1990-2100)");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(name + " must be a year like 2023, not '" + year + "'");
        }
    }

    static String oneOf(String name, String value, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value.trim())) {
            throw new InvalidQueryException(name + " must be one of " + new java.util.TreeSet<>(allowed) + ", not '" + value + "'");
        }
        return value.trim();
    }

    static String name(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_NAME) {
            throw new InvalidQueryException(name + " is longer than " + MAX_NAME + " characters");
        }
        return value.trim();
    }

    /** A region filter by name: full, short, autonomous short or Traditional, resolved to the official name. */
    static String region(String parameter, String value, RegionUnit.Level level) {
        String checked = name(parameter, value);
        return checked == null ? null : RegionNames.fullName(parameter, checked, level);
    }

    /**
     * A code prefix: 2 to 6 digits of a GB/T 2260 code, or a region's name (江苏, 南通市, 巴州) standing for its code.
     */
    public static String codePrefix(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String trimmed = UserText.normalize(code);
        if (CODE_PREFIX.matcher(trimmed).matches()) {
            return trimmed;
        }
        if (trimmed.chars().anyMatch(Character::isDigit) || trimmed.length() > MAX_NAME) {
            throw new InvalidQueryException("code must be 2 to 6 digits of a GB/T 2260 code (32 = all of Jiangsu) or a region's name, not '" + code + "'");
        }
        RegionUnit unit = RegionNames.resolve("code", trimmed, null);
        return unit.code().length() > 6 ? unit.gbCode() : unit.code();
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidQueryException(name + " must be true or false, not '" + value + "'");
        };
    }

    public static String indicatorKey(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        boolean known = IndicatorKeys.get().entries().stream().anyMatch(e -> e.key().equals(key.trim()));
        if (!known) {
            throw new InvalidQueryException("unknown indicator key '" + key + "': see GET /api/indicators");
        }
        return key.trim();
    }
}
