package com.fazhi.query.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One indicator across reports: each report's headline figure for the key (see {@link Headline}), with the sentence
 * it was read from and its offsets, ranked by value; and the same over the years for one region.
 */
public final class IndicatorRanking {

    private IndicatorRanking() {
    }

    public record Ranked(List<Map<String, Object>> rows, Statistics statistics) {
    }

    /** Each report's headline among the figures {@code selection} admits, ranked by value. */
    public static Ranked rank(List<Map<String, Object>> reports, String key, Integer year, FigureSelection selection) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> report : reports) {
            Map<String, Object> figure = headline(report, key, year, selection);
            if (figure != null) {
                rows.add(row(report, figure));
            }
        }
        rows.sort(Comparator.comparingDouble((Map<String, Object> r) -> ((Number) r.get("value")).doubleValue()).reversed());
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).put("rank", i + 1);
        }
        return new Ranked(rows, Statistics.of(rows.stream().map(r -> ((Number) r.get("value")).doubleValue()).toList()));
    }

    /** Year by year, the headline of the reports of one region (the latest published wins for a year). */
    public static List<Map<String, Object>> series(List<Map<String, Object>> reports, String key, FigureSelection selection) {
        Map<Integer, Map<String, Object>> byYear = new TreeMap<>();
        for (Map<String, Object> report : reports) {
            Object year = report.get("reportYear");
            if (year == null) {
                continue;
            }
            Map<String, Object> figure = headline(report, key, ((Number) year).intValue(), selection);
            if (figure != null) {
                byYear.put(((Number) year).intValue(), row(report, figure));
            }
        }
        return new ArrayList<>(byYear.values());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> headline(Map<String, Object> report, String key, Integer year, FigureSelection selection) {
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Object o : (List<Object>) report.getOrDefault("indicators", List.of())) {
            Map<String, Object> figure = (Map<String, Object>) o;
            if (key.equals(figure.get("key")) && selection.candidate(figure)) {
                figures.add(figure);
            }
        }
        Object reportYear = report.get("reportYear");
        Map<String, Object> headline = Headline.pick(figures, year != null ? year : reportYear == null ? null : ((Number) reportYear).intValue());
        return headline != null && selection.readDirectlyEnough(headline) ? headline : null;
    }

    private static Map<String, Object> row(Map<String, Object> report, Map<String, Object> figure) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("reportId", report.get("id"));
        row.put("authority", report.get("authority"));
        row.put("level", report.get("level"));
        row.put("region", report.get("region"));
        row.put("reportYear", report.get("reportYear"));
        row.put("value", figure.get("value"));
        row.put("unit", figure.get("unit"));
        row.put("year", figure.get("year"));
        row.put("text", figure.get("text"));
        row.put("start", figure.get("start"));
        row.put("end", figure.get("end"));
        row.put("confidence", figure.get("confidence"));
        row.put("review", figure.getOrDefault("review", "extracted"));
        return row;
    }
}
