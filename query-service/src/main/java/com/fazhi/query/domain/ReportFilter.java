package com.fazhi.query.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A checked report filter: the normalised value of each filter of {@link ReportFilters} that was given (an absent one
 * means "any"). The read model applies it as bitmaps.
 */
public record ReportFilter(Map<String, String> values) {

    public static final ReportFilter NONE = new ReportFilter(Map.of());

    public ReportFilter {
        values = Map.copyOf(values);
    }

    /**
     * From raw query parameters by name (absent or blank: any); every bad one is an {@link InvalidQueryException}
     * naming it. A name no filter has is a programming error.
     */
    public static ReportFilter parse(Map<String, String> raw) {
        raw.keySet().forEach(name -> {
            if (ReportFilters.byParameter(name) == null) {
                throw new IllegalArgumentException("no report filter is named " + name);
            }
        });
        Map<String, String> checked = new LinkedHashMap<>();
        for (FilterField field : ReportFilters.ALL) {
            String value = field.parse().apply(raw.get(field.parameter()));
            if (value != null) {
                checked.put(field.parameter(), value);
            }
        }
        ReportFilter filter = new ReportFilter(checked);
        Integer from = filter.integer("yearFrom");
        Integer to = filter.integer("yearTo");
        if (from != null && to != null && from > to) {
            throw new InvalidQueryException("yearFrom " + from + " is after yearTo " + to);
        }
        return filter;
    }

    /** One filter by name and value, checked. */
    public static ReportFilter of(String parameter, String value) {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put(parameter, value);
        return parse(raw);
    }

    /** The normalised value of one filter, or null. */
    public String get(String parameter) {
        return values.get(parameter);
    }

    /** The same filter with one more (or another) value, checked. */
    public ReportFilter with(String parameter, String value) {
        Map<String, String> raw = new LinkedHashMap<>(values);
        raw.put(parameter, value);
        return parse(raw);
    }

    public Integer year() {
        return integer("year");
    }

    /** {@code verified=true}: only reviewed reports, and in rankings only confirmed or corrected figures. */
    public Boolean verified() {
        return values.containsKey("verified") ? Boolean.valueOf(values.get("verified")) : null;
    }

    private Integer integer(String parameter) {
        return values.containsKey(parameter) ? Integer.valueOf(values.get(parameter)) : null;
    }
}
