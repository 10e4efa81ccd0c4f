package com.fazhi.query.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * For a set of reports: how many, the share published on time (of those whose date is known), the share with each
 * required part, the late ones (with their level and how many days late), and the same broken down by province and by
 * level.
 */
public final class ComplianceSummary {

    private ComplianceSummary() {
    }

    public static Map<String, Object> of(List<Map<String, Object>> reports) {
        Map<String, Object> summary = totals(reports);
        List<Map<String, Object>> late = new ArrayList<>();
        for (Map<String, Object> r : reports) {
            if (Boolean.FALSE.equals(onTime(r))) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", r.get("id"));
                row.put("authority", r.get("authority"));
                row.put("level", r.get("level"));
                row.put("region", r.get("region"));
                row.put("reportYear", r.get("reportYear"));
                row.put("publishedAt", r.get("publishedAt"));
                row.put("deadline", compliance(r).get("deadline"));
                row.put("daysLate", daysLate(r.get("publishedAt"), compliance(r).get("deadline")));
                late.add(row);
            }
        }
        summary.put("late", late);
        summary.put("byProvince", breakdown(reports, "province"));
        summary.put("byLevel", breakdown(reports, "level"));
        return summary;
    }

    private static Map<String, Object> breakdown(List<Map<String, Object>> reports, String by) {
        Map<String, List<Map<String, Object>>> groups = new TreeMap<>();
        for (Map<String, Object> r : reports) {
            Object value = by.equals("level") ? r.get("level") : region(r).get("province");
            groups.computeIfAbsent(value == null ? "(unknown)" : value.toString(), k -> new ArrayList<>()).add(r);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> out.put(k, totals(v)));
        return out;
    }

    private static Map<String, Object> totals(List<Map<String, Object>> reports) {
        int dated = 0;
        int onTime = 0;
        Map<String, Integer> withPart = new LinkedHashMap<>();
        ReportFilters.PARTS.stream().sorted().forEach(p -> withPart.put(p, 0));
        for (Map<String, Object> r : reports) {
            Boolean t = onTime(r);
            if (t != null) {
                dated++;
                onTime += t ? 1 : 0;
            }
            Map<String, Object> parts = map(r.get("parts"));
            withPart.replaceAll((part, n) -> n + (Boolean.TRUE.equals(parts.get(part)) ? 1 : 0));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reports", reports.size());
        out.put("withPublicationDate", dated);
        out.put("onTime", onTime);
        out.put("onTimeShare", dated == 0 ? null : round((double) onTime / dated));
        Map<String, Object> shares = new LinkedHashMap<>();
        int n = reports.size();
        withPart.forEach((part, count) -> shares.put(part, n == 0 ? null : round((double) count / n)));
        out.put("partShare", shares);
        return out;
    }

    /** Days from the deadline to publication; null when either date is missing or unreadable. */
    static Long daysLate(Object publishedAt, Object deadline) {
        try {
            return publishedAt == null || deadline == null ? null : java.time.temporal.ChronoUnit.DAYS.between(
                    java.time.LocalDate.parse(deadline.toString()), java.time.LocalDate.parse(publishedAt.toString()));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Boolean onTime(Map<String, Object> r) {
        Object t = compliance(r).get("onTime");
        return t instanceof Boolean b ? b : null;
    }

    private static Map<String, Object> compliance(Map<String, Object> r) {
        return map(r.get("compliance"));
    }

    private static Map<String, Object> region(Map<String, Object> r) {
        return map(r.get("region"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static double round(double share) {
        return Math.round(share * 10_000) / 10_000.0;
    }
}
