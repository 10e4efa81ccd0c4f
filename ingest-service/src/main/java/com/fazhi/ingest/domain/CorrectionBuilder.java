package com.fazhi.ingest.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fazhi.reference.catalog.IndicatorKeys;
import com.fazhi.reference.region.RegionTable;
import com.fazhi.reference.region.RegionUnit;

/**
 * Checks an analyst's {@link CorrectionRequest} against the report as it is stored and makes the {@link Correction}
 * to record: every refusal is a 400 with the reason. A confirmation or rejection must name a figure the engine
 * extracted; a set figure a catalog key, a number and offsets inside the report's text; a field one of
 * {@link Correction#FIELDS} with a value of its kind (a region is a GB/T 2260 code, its names filled from the
 * division table). What the report held before is recorded with it.
 */
public final class CorrectionBuilder {

    private static final Set<String> LEVELS = Set.of("province", "city", "county", "township", "department");
    private static final double EPSILON = 0.005;
    /** A set figure's sentence and a note: a sentence, not a chapter (the record must stay small). */
    static final int MAX_QUOTE = 2000;
    static final int MAX_NOTE = 500;

    private final IndicatorKeys catalog;
    private final RegionTable regions;

    public CorrectionBuilder(IndicatorKeys catalog, RegionTable regions) {
        this.catalog = catalog;
        this.regions = regions;
    }

    /** @param report the stored document as JSON values (with {@code text} and {@code indicators}) */
    public Correction build(String reportId, CorrectionRequest r, Map<String, Object> report, String by, Instant at) {
        if (r == null || r.action() == null) {
            throw bad("a correction needs an action: confirm, reject, set or withdraw");
        }
        String action = r.action().strip().toLowerCase();
        if (r.field() != null && r.key() != null) {
            throw bad("a correction names either a field or an indicator key, not both");
        }
        if (r.field() == null && r.key() == null) {
            throw bad("a correction names a field (" + String.join(", ", Correction.FIELDS) + ") or an indicator key");
        }
        if (r.note() != null && r.note().length() > MAX_NOTE) {
            throw bad("a note is at most " + MAX_NOTE + " characters");
        }
        if (r.field() != null && !Correction.FIELDS.contains(r.field())) {
            throw bad("field '" + r.field() + "' cannot be corrected; one of " + Correction.FIELDS);
        }
        if (r.key() != null && catalog.entries().stream().noneMatch(e -> e.key().equals(r.key()))) {
            throw bad("unknown indicator key '" + r.key() + "'");
        }
        return switch (action) {
            case "confirm", "reject" -> figure(reportId, action, r, report, by, at);
            case "set" -> r.field() != null ? field(reportId, r, report, by, at) : setFigure(reportId, r, report, by, at);
            case "withdraw" -> withdraw(reportId, r, by, at);
            default -> throw bad("unknown action '" + r.action() + "': confirm, reject, set or withdraw");
        };
    }

    private Correction figure(String reportId, String action, CorrectionRequest r, Map<String, Object> report, String by,
            Instant at) {
        if (r.field() != null) {
            throw bad("only an indicator figure can be " + action + "ed; a field is corrected with set");
        }
        double value = number(r.value(), "value");
        Map<String, Object> extracted = indicators(report).stream()
                .filter(i -> r.key().equals(i.get("key")) && i.get("value") instanceof Number n
                        && Math.abs(n.doubleValue() - value) < EPSILON)
                .findFirst().orElseThrow(() -> bad("the report has no extracted figure " + r.key() + " = "
                        + r.value() + " to " + action));
        double matched = ((Number) extracted.get("value")).doubleValue(); // 95.499 and 95.5 name one figure: one target
        return new Correction(reportId, Correction.figureTarget(r.key(), matched), action, null, r.key(), matched,
                string(extracted.get("unit")), null, null, null, null, extracted, by, at.toString(), r.note());
    }

    private Correction setFigure(String reportId, CorrectionRequest r, Map<String, Object> report, String by, Instant at) {
        IndicatorKeys.Entry entry = catalog.find(r.key())
                .orElseThrow();
        double value = number(r.value(), "value");
        String unit = r.unit() == null ? entry.units().get(0) : r.unit();
        if (!entry.units().contains(unit)) {
            throw bad("unit '" + unit + "' is not one of " + r.key() + "'s: " + entry.units());
        }
        String text = string(report.get("text"));
        if (r.start() == null || r.end() == null || r.start() < 0 || r.end() <= r.start() || text == null
                || r.end() > text.length()) {
            throw bad("a set figure needs start and end: the offsets of its sentence in the report's text (0.."
                    + (text == null ? 0 : text.length()) + ")");
        }
        if (r.end() - r.start() > MAX_QUOTE) {
            throw bad("a set figure's sentence is at most " + MAX_QUOTE + " characters (start to end)");
        }
        if (r.year() != null && (r.year() < 1990 || r.year() > 2100)) {
            throw bad("year is from 1990 to 2100");
        }
        Object year = r.year() != null ? r.year() : report.get("reportYear");
        List<Map<String, Object>> before = indicators(report).stream().filter(i -> r.key().equals(i.get("key"))).toList();
        return new Correction(reportId, Correction.setTarget(r.key()), "set", null, r.key(), value, unit,
                year instanceof Number n ? n.intValue() : null, r.start(), r.end(), text.substring(r.start(), r.end()),
                before, by, at.toString(), r.note());
    }

    private Correction field(String reportId, CorrectionRequest r, Map<String, Object> report, String by, Instant at) {
        String field = r.field();
        Object value = switch (field) {
            case "level" -> {
                String level = string(r.value());
                if (level == null || !LEVELS.contains(level)) {
                    throw bad("level is one of " + LEVELS);
                }
                yield level;
            }
            case "reportYear" -> {
                double year = number(r.value(), "reportYear");
                if (year != Math.rint(year) || year < 1990 || year > 2100) {
                    throw bad("reportYear is a year from 1990 to 2100");
                }
                yield (int) year;
            }
            case "publishedAt" -> {
                try {
                    yield LocalDate.parse(String.valueOf(r.value())).toString();
                } catch (DateTimeParseException e) {
                    throw bad("publishedAt is a date, yyyy-mm-dd");
                }
            }
            case "region" -> region(string(r.value()));
            default -> {
                String s = string(r.value());
                if (s == null || s.isBlank() || s.length() > 200) {
                    throw bad(field + " is a non-empty text of at most 200 characters");
                }
                yield s.strip();
            }
        };
        return new Correction(reportId, Correction.fieldTarget(field), "set", field, null, value, null, null, null, null,
                null, report.get(field), by, at.toString(), r.note());
    }

    private Map<String, Object> region(String code) {
        if (code == null || !code.matches("\\d{6}")) {
            throw bad("region is a GB/T 2260 code of six digits (e.g. 500153)");
        }
        String key = code.replaceFirst("(00){1,2}$", "");
        RegionUnit unit = regions.byCode(key);
        if (unit == null) {
            throw bad("no region has code " + code);
        }
        Map<String, Object> region = new LinkedHashMap<>();
        RegionUnit province = unit.at(RegionUnit.Level.PROVINCE);
        RegionUnit city = unit.at(RegionUnit.Level.CITY);
        RegionUnit county = unit.at(RegionUnit.Level.COUNTY);
        region.put("province", province == null ? null : province.name());
        region.put("city", city == null ? null : city.name());
        region.put("county", county == null ? null : county.name());
        region.put("township", null);
        region.put("code", code);
        return region;
    }

    private Correction withdraw(String reportId, CorrectionRequest r, String by, Instant at) {
        String target;
        if (r.field() != null) {
            target = Correction.fieldTarget(r.field());
        } else if (r.value() == null) {
            target = Correction.setTarget(r.key());
        } else {
            target = Correction.figureTarget(r.key(), number(r.value(), "value"));
        }
        return new Correction(reportId, target, "withdraw", r.field(), r.key(), r.value(), null, null, null, null, null,
                null, by, at.toString(), r.note());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> indicators(Map<String, Object> report) {
        return report.get("indicators") instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    private static double number(Object value, String name) {
        double parsed;
        if (value instanceof Number n) {
            parsed = n.doubleValue();
        } else {
            try {
                parsed = Double.parseDouble(String.valueOf(value).strip());
            } catch (NumberFormatException e) {
                throw bad(name + " must be a number, not '" + value + "'");
            }
        }
        if (!Double.isFinite(parsed) || Math.abs(parsed) > 1e12) {
            throw bad(name + " must be a finite number of at most 10^12, not '" + value + "'");
        }
        return parsed;
    }

    private static String string(Object o) {
        return o == null ? null : o.toString();
    }

    private static RejectedReportException bad(String reason) {
        return new RejectedReportException(RejectedReportException.BAD_REQUEST, reason);
    }
}
