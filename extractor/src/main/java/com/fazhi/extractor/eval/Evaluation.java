package com.fazhi.extractor.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fazhi.extractor.ReportExtractor;
import com.fazhi.contract.model.ExtractedReport;
import com.fazhi.contract.model.Indicator;
import com.fazhi.contract.model.RawReport;

/**
 * Scores the engine on a folder of {@code *.txt} with their {@code *.gold.json}, exactly as spec/extraction.md says:
 * report fields per field (region per unit, parts per part) where the gold file has the field; indicator recall over
 * gold keys with a non-null primary; precision over the distinct (key, value) pairs emitted; numbers equal within 0.005.
 */
public final class Evaluation {

    private static final double EPSILON = 0.005;
    private static final List<String> SCALAR_FIELDS = List.of("title", "authority", "level", "reportYear", "publishedAt",
            "sourceScript");
    private static final List<String> REGION_UNITS = List.of("province", "city", "county", "township", "code");
    private static final List<String> PARTS = List.of("measures", "responsibility", "problems", "plans");

    private final ReportExtractor extractor;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, int[]> fields = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();
    private int recallHits;
    private int recallTotal;
    private int precisionHits;
    private int precisionTotal;
    private int files;
    /** Per indicator key: recall hits, recall total, precision hits, precision total. */
    private final Map<String, int[]> perKey = new TreeMap<>();
    private final LayoutVariant layout;
    /** Only the figures read at least this directly count as emitted (query-service's minConfidence); 0: all. */
    private final double minConfidence;

    public Evaluation(ReportExtractor extractor) {
        this(extractor, LayoutVariant.AS_LABELLED);
    }

    /** Scores every text rewritten in {@code layout} (see LayoutVariant) against its gold. */
    public Evaluation(ReportExtractor extractor, LayoutVariant layout) {
        this(extractor, layout, 0);
    }

    /**
     * As above, counting as emitted only the figures whose confidence is at least {@code minConfidence}: what a user
     * of {@code /api/indicators/{key}?minConfidence=…} gets, so its recall and precision can be measured.
     */
    public Evaluation(ReportExtractor extractor, LayoutVariant layout, double minConfidence) {
        this.extractor = extractor;
        this.layout = layout;
        this.minConfidence = minConfidence;
    }

    /**
     * Scores a folder of {@code *.txt} / {@code *.gold.json} pairs, or an NDJSON export of one {@code {file, text,
     * gold}} object a line (query-service's {@code GET /api/reports/gold}: what analysts verified).
     */
    public Evaluation run(Path dir) throws IOException {
        if (Files.isRegularFile(dir)) {
            for (String line : Files.readAllLines(dir, java.nio.charset.StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode record = json.readTree(line);
                    score(record.path("file").asText(), record.path("text").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            record.get("gold"));
                }
            }
            return this;
        }
        List<Path> texts;
        try (Stream<Path> listing = Files.list(dir)) {
            texts = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path text : texts) {
            Path goldFile = text.resolveSibling(text.getFileName().toString().replaceFirst("\\.txt$", ".gold.json"));
            if (Files.exists(goldFile)) {
                score(text.getFileName().toString(), Files.readAllBytes(text), json.readTree(goldFile.toFile()));
            }
        }
        return this;
    }

    void score(String name, byte[] labelled, JsonNode labelledGold) {
        files++;
        byte[] content = layout == LayoutVariant.AS_LABELLED ? labelled
                : layout.apply(com.fazhi.extractor.decode.CharsetSniffer.decode(labelled)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode gold = layout.gold(labelledGold);
        ExtractedReport actual = extractor.extract(new RawReport(null, null, null, "eval", null, "text/plain", null,
                null, content, null));
        JsonNode got = json.valueToTree(actual);
        for (String field : SCALAR_FIELDS) {
            if (gold.has(field)) {
                JsonNode g = gold.get(field);
                JsonNode a = got.path(field);
                boolean right = field.equals("title") || field.equals("authority")
                        ? NameMatch.matches(text(g), text(a))
                        : Objects.equals(text(g), text(a));
                count(name, field, right, g, a);
            }
        }
        if (gold.has("region")) {
            for (String unit : REGION_UNITS) {
                if (gold.get("region").has(unit)) {
                    JsonNode g = gold.get("region").get(unit);
                    JsonNode a = got.path("region").path(unit);
                    count(name, "region." + unit, Objects.equals(text(g), text(a)), g, a);
                }
            }
        }
        if (gold.has("parts")) {
            for (String part : PARTS) {
                JsonNode g = gold.get("parts").get(part);
                JsonNode a = got.path("parts").path(part);
                count(name, "parts." + part, g != null && g.asBoolean() == a.asBoolean(false), g, a);
            }
        }
        if (gold.has("citedDocuments")) {
            count(name, "citedDocuments", gold.get("citedDocuments").equals(got.path("citedDocuments")),
                    gold.get("citedDocuments"), got.path("citedDocuments"));
        }
        scoreIndicators(name, gold.path("indicators"),
                actual.indicators().stream().filter(i -> i.confidence() >= minConfidence).toList());
    }

    private void scoreIndicators(String name, JsonNode gold, List<Indicator> emitted) {
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode primary = entry.getValue().get("primary");
            if (primary == null || primary.isNull()) {
                continue;
            }
            recallTotal++;
            int[] k = perKey.computeIfAbsent(entry.getKey(), x -> new int[4]);
            k[1]++;
            boolean found = emitted.stream().anyMatch(i -> i.key().equals(entry.getKey())
                    && Math.abs(i.value() - primary.asDouble()) < EPSILON);
            if (found) {
                recallHits++;
                k[0]++;
            } else {
                misses.add(name + "  recall  " + entry.getKey() + " = " + primary.asText() + "  (emitted "
                        + emitted.stream().filter(i -> i.key().equals(entry.getKey())).map(i -> fmt(i.value())).toList() + ")");
            }
        }
        Set<String> pairs = new LinkedHashSet<>();
        for (Indicator indicator : emitted) {
            if (!pairs.add(indicator.key() + "=" + fmt(indicator.value()))) {
                continue;
            }
            precisionTotal++;
            int[] k = perKey.computeIfAbsent(indicator.key(), x -> new int[4]);
            k[3]++;
            boolean right = false;
            for (JsonNode v : gold.path(indicator.key()).path("values")) {
                right |= Math.abs(v.asDouble() - indicator.value()) < EPSILON;
            }
            if (right) {
                precisionHits++;
                k[2]++;
            } else {
                misses.add(name + "  precision  " + indicator.key() + " = " + fmt(indicator.value()) + "  from \""
                        + indicator.text() + "\"");
            }
        }
    }

    private void count(String file, String field, boolean right, JsonNode gold, JsonNode actual) {
        int[] c = fields.computeIfAbsent(field, f -> new int[2]);
        c[1]++;
        if (right) {
            c[0]++;
        } else {
            misses.add(file + "  field  " + field + ": expected " + gold + ", got " + actual);
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText().strip();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String ratio(int hits, int total) {
        return total == 0 ? "-" : String.format("%5.1f%% %3d/%-3d", 100.0 * hits / total, hits, total);
    }

    public double fieldAccuracy() {
        int right = fields.values().stream().mapToInt(c -> c[0]).sum();
        int total = fields.values().stream().mapToInt(c -> c[1]).sum();
        return total == 0 ? 1 : (double) right / total;
    }

    public double indicatorRecall() {
        return recallTotal == 0 ? 1 : (double) recallHits / recallTotal;
    }

    public double indicatorPrecision() {
        return precisionTotal == 0 ? 1 : (double) precisionHits / precisionTotal;
    }

    public List<String> misses() {
        return misses;
    }

    /** Misses first, the per-key recall and precision table, per-field accuracy, and the three summary lines last. */
    public List<String> reportLines() {
        List<String> lines = new ArrayList<>();
        misses.forEach(m -> lines.add("miss  " + m));
        lines.add("");
        lines.add(String.format("%-34s %14s %14s", "indicator key", "recall", "precision"));
        perKey.forEach((key, k) -> lines.add(String.format("%-34s %14s %14s", key, ratio(k[0], k[1]), ratio(k[2], k[3]))));
        lines.add("");
        if (layout != LayoutVariant.AS_LABELLED) {
            lines.add("layout: " + layout.cliName() + " (every text rewritten so before it was read)");
        }
        fields.forEach((field, c) -> lines.add(String.format("%-22s %5.1f%%  (%d/%d)", field, 100.0 * c[0] / c[1], c[0], c[1])));
        int right = fields.values().stream().mapToInt(c -> c[0]).sum();
        int total = fields.values().stream().mapToInt(c -> c[1]).sum();
        lines.add(String.format("report fields         %5.1f%%  (%d/%d fields, %d files)", 100 * fieldAccuracy(), right, total, files));
        lines.add(String.format("indicator recall      %5.1f%%  (%d/%d gold primaries)", 100 * indicatorRecall(), recallHits, recallTotal));
        lines.add(String.format("indicator precision   %5.1f%%  (%d/%d emitted key-value pairs)", 100 * indicatorPrecision(), precisionHits, precisionTotal));
        return lines;
    }
}
