package com.fazhi.query.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What query-service keeps of one report in memory: the fields every filter and sort reads, pulled out once, and the
 * report as JSON values without its text and sections ({@link #listing()} for a list, {@link #row()} with the
 * indicators for the aggregations). The text is kept for snippets.
 */
public record ReportSummary(String id, String title, String authority, String level, String province, String city,
        String county, String code, Integer reportYear, String publishedAt, Boolean onTime, Map<String, Boolean> parts,
        Set<String> indicatorKeys, Map<String, Object> listing, Map<String, Object> row, String text, boolean reviewed,
        String township) {

    /** The fields a report list shows; the full document, with its text, is behind its id. */
    static final List<String> LISTING_FIELDS = List.of("id", "title", "authority", "level", "region", "reportYear",
            "publishedAt", "sourceScript", "status", "parts", "compliance", "source", "extractorVersion", "review");

    /** One stored document (as JSON values, with {@code id}) made into its summary. */
    public static ReportSummary of(Map<String, Object> doc) {
        Map<String, Object> listing = new LinkedHashMap<>();
        for (String field : LISTING_FIELDS) {
            if (doc.containsKey(field)) {
                listing.put(field, field.equals("source") ? Map.of("url", String.valueOf(map(doc.get("source")).get("url")))
                        : doc.get(field));
            }
        }
        Map<String, Object> row = new LinkedHashMap<>(listing);
        List<Object> indicators = doc.get("indicators") instanceof List<?> l ? List.copyOf(l) : List.of();
        row.put("indicators", indicators);
        Map<String, Object> region = map(doc.get("region"));
        Map<String, Boolean> parts = new LinkedHashMap<>();
        map(doc.get("parts")).forEach((part, has) -> {
            if (has instanceof Boolean b) {
                parts.put(part, b);
            }
        });
        Set<String> keys = indicators.stream().map(i -> String.valueOf(map(i).get("key")))
                .collect(Collectors.toUnmodifiableSet());
        Object year = doc.get("reportYear");
        Object onTime = map(doc.get("compliance")).get("onTime");
        return new ReportSummary(String.valueOf(doc.get("id")), string(doc.get("title")), string(doc.get("authority")),
                string(doc.get("level")), string(region.get("province")), string(region.get("city")),
                string(region.get("county")), string(region.get("code")),
                year instanceof Number n ? n.intValue() : null, string(doc.get("publishedAt")),
                onTime instanceof Boolean b ? b : null, Map.copyOf(parts), keys, Collections.unmodifiableMap(listing),
                Collections.unmodifiableMap(row),
                doc.get("text") == null ? "" : doc.get("text").toString(), Corrections.reviewed(doc),
                string(region.get("township")));
    }

    private static String string(Object o) {
        return o == null ? null : o.toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
