package com.fazhi.query.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One body's reports across the years (see {@link AuthorityKey}) and, for each indicator key any of them states, its
 * headline figure year by year (see {@link Headline}): how a district's figures moved.
 */
public final class YearOverYear {

    private YearOverYear() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> of(List<ReportSummary> reports) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, List<Map<String, Object>>> byKey = new TreeMap<>();
        for (ReportSummary r : reports) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.id());
            row.put("reportYear", r.reportYear());
            row.put("title", r.title());
            row.put("authority", r.authority());
            row.put("publishedAt", r.publishedAt());
            row.put("onTime", r.onTime());
            rows.add(row);
            Map<String, List<Map<String, Object>>> figures = new LinkedHashMap<>();
            for (Object o : (List<Object>) r.row().getOrDefault("indicators", List.of())) {
                Map<String, Object> figure = (Map<String, Object>) o;
                figures.computeIfAbsent(String.valueOf(figure.get("key")), k -> new ArrayList<>()).add(figure);
            }
            figures.forEach((key, list) -> {
                Map<String, Object> headline = Headline.pick(list, r.reportYear());
                if (headline != null) {
                    Map<String, Object> point = new LinkedHashMap<>();
                    point.put("reportYear", r.reportYear());
                    point.put("value", headline.get("value"));
                    point.put("unit", headline.get("unit"));
                    point.put("reportId", r.id());
                    point.put("review", headline.getOrDefault("review", "extracted"));
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(point);
                }
            });
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reports", rows);
        out.put("indicators", byKey);
        return out;
    }
}
