package com.fazhi.query.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Analysts' corrections (the events of {@code reports.corrections}, as JSON values) applied on top of what the engine
 * extracted, so a re-extraction keeps them: fields set; figures confirmed, rejected (taken out of {@code indicators}
 * into {@code rejectedIndicators}) or set. Every indicator then says how it stands ({@code review}: extracted,
 * confirmed or corrected), and the document gets a {@code review} summary: how many corrections, the corrected
 * fields with what they were, who made each and when (withdrawals included), and the corrections that no longer match the text
 * ({@code flagged}: a confirmed or rejected figure the engine no longer reads, a set figure whose sentence is no longer
 * at its offsets nor anywhere else in the text). A flagged correction is still applied, never dropped.
 */
public final class Corrections {

    private static final double EPSILON = 0.005;

    private Corrections() {
    }

    /** A copy of the document (JSON values, with its {@code text} and {@code indicators}) with the corrections applied. */
    public static Map<String, Object> apply(Map<String, Object> document, Collection<Map<String, Object>> corrections) {
        Map<String, Object> doc = new LinkedHashMap<>(document);
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (Object i : list(doc.get("indicators"))) {
            Map<String, Object> indicator = new LinkedHashMap<>(map(i));
            indicator.put("review", "extracted");
            indicators.add(indicator);
        }
        if (corrections.isEmpty()) {
            doc.put("indicators", indicators);
            return doc;
        }
        List<Map<String, Object>> rejected = new ArrayList<>();
        Map<String, Object> fields = new LinkedHashMap<>();
        List<Map<String, Object>> flagged = new ArrayList<>();
        List<Map<String, Object>> audit = new ArrayList<>();
        String text = doc.get("text") == null ? "" : doc.get("text").toString();
        // fields, confirmations and rejections first (of the engine's figures only), then the figures analysts set:
        // the result does not depend on the order the corrections arrived in
        List<Map<String, Object>> sets = new ArrayList<>();
        int active = 0;
        for (Map<String, Object> c : corrections) {
            audit.add(auditRow(c));
            String action = String.valueOf(c.get("action"));
            if (action.equals("withdraw")) {
                continue; // in the log only: the correction it took back is gone
            }
            active++;
            if (c.get("field") != null) {
                String field = c.get("field").toString();
                doc.put(field, c.get("value"));
                fields.put(field, Map.of("review", "corrected", "before", String.valueOf(c.get("before")),
                        "by", String.valueOf(c.get("by")), "at", String.valueOf(c.get("at"))));
                continue;
            }
            String key = String.valueOf(c.get("key"));
            double value = c.get("value") instanceof Number n ? n.doubleValue() : Double.NaN;
            if (action.equals("set")) {
                sets.add(c);
            } else if (action.equals("confirm") || action.equals("reject")) {
                Map<String, Object> match = indicators.stream().filter(i -> "extracted".equals(i.get("review"))
                        && key.equals(i.get("key")) && i.get("value") instanceof Number n
                        && Math.abs(n.doubleValue() - value) < EPSILON).findFirst().orElse(null);
                if (match == null) {
                    flagged.add(flag(c, "the engine no longer reads this figure from the text"));
                } else if (action.equals("confirm")) {
                    match.put("review", "confirmed");
                } else {
                    indicators.removeIf(i -> i == match);
                    match.put("review", "rejected");
                    rejected.add(match);
                }
            }
        }
        for (Map<String, Object> c : sets) {
            indicators.add(setFigure(c, text, flagged));
        }
        if (fields.containsKey("publishedAt") || fields.containsKey("reportYear")) {
            doc.put("compliance", compliance(doc));
        }
        doc.put("indicators", indicators);
        if (!rejected.isEmpty()) {
            doc.put("rejectedIndicators", rejected);
        }
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("corrections", active);
        review.put("fields", fields);
        review.put("flagged", flagged);
        review.put("log", audit);
        doc.put("review", review);
        return doc;
    }

    /** Whether a document (as {@link #apply} left it) holds any figure or field an analyst confirmed or corrected. */
    public static boolean reviewed(Map<String, Object> document) {
        return document.get("review") instanceof Map<?, ?> review && review.get("corrections") instanceof Number n
                && n.intValue() > 0;
    }

    /** The deadline and on-time flag again after an analyst corrected the year or the publication date (the engine's rule). */
    private static Map<String, Object> compliance(Map<String, Object> doc) {
        Map<String, Object> out = new LinkedHashMap<>(map(doc.get("compliance")));
        Object year = doc.get("reportYear");
        Object published = doc.get("publishedAt");
        com.fazhi.contract.model.Compliance again = com.fazhi.reference.compliance.ComplianceCalculator.of(
                year instanceof Number n ? n.intValue() : null, published == null ? null : published.toString(), null);
        out.put("deadline", again.deadline());
        out.put("onTime", again.onTime());
        return out;
    }

    private static Map<String, Object> setFigure(Map<String, Object> c, String text, List<Map<String, Object>> flagged) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("key", c.get("key"));
        figure.put("value", c.get("value"));
        figure.put("unit", c.get("unit"));
        figure.put("year", c.get("year"));
        int start = c.get("start") instanceof Number n ? n.intValue() : -1;
        int end = c.get("end") instanceof Number n ? n.intValue() : -1;
        String quote = c.get("quote") == null ? null : c.get("quote").toString();
        if (quote != null && !(start >= 0 && end <= text.length() && start < end && text.substring(start, end).equals(quote))) {
            int moved = text.indexOf(quote);
            if (moved >= 0) {
                start = moved; // the cleaner changed the text before it: the sentence is found again
                end = moved + quote.length();
            } else {
                flagged.add(flag(c, "the sentence it was set from is no longer in the text"));
                start = -1;
                end = -1;
            }
        }
        figure.put("text", quote);
        figure.put("start", start >= 0 ? start : null);
        figure.put("end", end >= 0 ? end : null);
        figure.put("review", "corrected");
        figure.put("by", c.get("by"));
        return figure;
    }

    private static Map<String, Object> flag(Map<String, Object> c, String reason) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("target", c.get("target"));
        f.put("action", c.get("action"));
        f.put("reason", reason);
        return f;
    }

    private static Map<String, Object> auditRow(Map<String, Object> c) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String k : List.of("target", "action", "value", "before", "by", "at", "note")) {
            row.put(k, c.get(k));
        }
        return row;
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
