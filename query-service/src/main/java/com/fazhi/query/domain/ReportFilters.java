package com.fazhi.query.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fazhi.reference.catalog.IndicatorKeys;
import com.fazhi.reference.region.RegionUnit;

/**
 * Every report filter the API accepts, in one list: adding a filter is adding an entry here (and its documented query
 * parameter in {@code FilterParams}, which a test holds to this list). Parsing ({@link ReportFilter#parse}), the bitmap
 * index ({@code FilterIndex}) and selection all read this list. Each value is a plain value compared for equality (or
 * a digit-only code prefix, or a year bound), never an operator or a pattern from the user.
 */
public final class ReportFilters {

    public static final Set<String> LEVELS = Set.of("province", "city", "county", "township", "department");
    public static final Set<String> PARTS = Set.of("measures", "responsibility", "problems", "plans");
    private static final Pattern CODE_PREFIX = Pattern.compile("\\d{2,6}");
    private static final int MAX_NAME = 30;
    private static final int SHORTEST_CODE_PREFIX = 2;

    public static final List<FilterField> ALL = List.of(
            FilterField.equality("province", "full province name, e.g. 重庆市 (short and Traditional names are accepted)",
                    v -> region("province", v, RegionUnit.Level.PROVINCE), r -> one(r.province())),
            FilterField.equality("city", "full city name", v -> region("city", v, RegionUnit.Level.CITY), r -> one(r.city())),
            FilterField.equality("county", "full county name", v -> region("county", v, RegionUnit.Level.COUNTY),
                    r -> one(r.county())),
            FilterField.equality("code", "GB/T 2260 code prefix (32 = all of Jiangsu, 3206 = Nantong) or a region's name",
                    ReportFilters::codePrefix, ReportFilters::codePrefixes),
            FilterField.equality("level", "province, city, county, township or department", v -> oneOf("level", v, LEVELS),
                    r -> one(r.level())),
            FilterField.equality("year", "report year", v -> text(parseYear("year", v)), r -> one(text(r.reportYear()))),
            new FilterField("yearFrom", "report year from (inclusive)", v -> text(parseYear("yearFrom", v)),
                    r -> one(text(r.reportYear())), (year, from) -> Integer.parseInt(year) >= Integer.parseInt(from)),
            new FilterField("yearTo", "report year to (inclusive)", v -> text(parseYear("yearTo", v)),
                    r -> one(text(r.reportYear())), (year, to) -> Integer.parseInt(year) <= Integer.parseInt(to)),
            FilterField.equality("hasPart", "measures, responsibility, problems or plans: reports that have it",
                    v -> oneOf("hasPart", v, PARTS), r -> parts(r, true)),
            FilterField.equality("missingPart", "measures, responsibility, problems or plans: reports that lack it",
                    v -> oneOf("missingPart", v, PARTS), r -> parts(r, false)),
            FilterField.equality("onTime", "true: published by 31 March of the next year; false: late",
                    v -> text(bool("onTime", v)), r -> one(text(r.onTime()))),
            FilterField.equality("hasIndicator", "an indicator key: reports that state it", ReportFilters::indicatorKey,
                    ReportSummary::indicatorKeys),
            FilterField.equality("verified", "true: only reports an analyst reviewed, and in rankings only the figures an "
                    + "analyst confirmed or corrected", v -> text(bool("verified", v)), r -> one(text(r.reviewed()))));

    private static final Map<String, FilterField> BY_PARAMETER = ALL.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(FilterField::parameter, Function.identity()));

    private ReportFilters() {
    }

    /** The filter with this query parameter, or null. */
    public static FilterField byParameter(String parameter) {
        return BY_PARAMETER.get(parameter);
    }

    private static Collection<String> one(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Collection<String> codePrefixes(ReportSummary r) {
        List<String> prefixes = new ArrayList<>();
        if (r.code() != null) {
            for (int length = SHORTEST_CODE_PREFIX; length <= r.code().length(); length++) {
                prefixes.add(r.code().substring(0, length));
            }
        }
        return prefixes;
    }

    private static Collection<String> parts(ReportSummary r, boolean has) {
        List<String> parts = new ArrayList<>();
        r.parts().forEach((part, present) -> {
            if (present == has) {
                parts.add(part);
            }
        });
        return parts;
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
            throw new InvalidQueryException(name + " must be one of " + new TreeSet<>(allowed) + ", not '" + value + "'");
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
        if (IndicatorKeys.get().find(key.trim()).isEmpty()) {
            throw new InvalidQueryException("unknown indicator key '" + key + "': see GET /api/indicators");
        }
        return key.trim();
    }
}
