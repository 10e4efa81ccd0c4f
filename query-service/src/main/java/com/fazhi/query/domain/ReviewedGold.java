package com.fazhi.query.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reviewed report (corrections applied, see {@link Corrections}) in the spec's gold format, so the engine can be
 * measured against what analysts verified ({@code bin/extract --eval export.ndjson}). A report an analyst reviewed
 * vouches for all of it: its fields as they now stand, and for each indicator key every figure not rejected, in text
 * order; the key's primary is the figure an analyst set, else the headline (see {@link Headline}).
 */
public final class ReviewedGold {

    private static final List<String> FIELDS = List.of("title", "authority", "level", "reportYear", "publishedAt",
            "sourceScript");
    private static final List<String> REGION_UNITS = List.of("province", "city", "county", "township", "code");

    private ReviewedGold() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> of(Map<String, Object> reviewed) {
        Map<String, Object> gold = new LinkedHashMap<>();
        gold.put("file", reviewed.get("id") + ".txt");
        for (String field : FIELDS) {
            gold.put(field, reviewed.get(field));
        }
        Map<String, Object> region = new LinkedHashMap<>();
        Map<String, Object> stored = reviewed.get("region") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        REGION_UNITS.forEach(unit -> region.put(unit, stored.get(unit)));
        gold.put("region", region);
        Map<String, List<Map<String, Object>>> byKey = new LinkedHashMap<>();
        List<Map<String, Object>> figures = new ArrayList<>((List<Map<String, Object>>) reviewed.getOrDefault("indicators", List.of()));
        figures.sort(Comparator.comparingInt(f -> f.get("start") instanceof Number n ? n.intValue() : Integer.MAX_VALUE));
        for (Map<String, Object> figure : figures) {
            byKey.computeIfAbsent(String.valueOf(figure.get("key")), k -> new ArrayList<>()).add(figure);
        }
        Map<String, Object> indicators = new LinkedHashMap<>();
        Integer year = reviewed.get("reportYear") instanceof Number n ? n.intValue() : null;
        byKey.forEach((key, list) -> {
            Map<String, Object> set = list.stream().filter(f -> "corrected".equals(f.get("review"))).reduce((a, b) -> b).orElse(null);
            Map<String, Object> primary = set != null ? set : Headline.pick(list, year);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("primary", primary == null ? null : primary.get("value"));
            entry.put("values", list.stream().map(f -> f.get("value")).toList());
            indicators.put(key, entry);
        });
        gold.put("indicators", indicators);
        return gold;
    }
}
