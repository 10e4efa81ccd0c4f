package com.fazhi.extractor.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.fazhi.contract.model.Indicator;
import com.fazhi.contract.model.RawReport;
import com.fazhi.extractor.RuleBasedExtractor;

/**
 * The engine on the phrasebooks (resources phrasebook/*.tsv, written blind from the spec): the genre's ways of
 * stating each catalog figure, and traps. Each sentence or short passage is read alone, each file held to its floors
 * in phrasebook/floors.json. Recall: labelled figures emitted under their
 * key; precision: emitted figures that the sentence's lines label; a trap ({@code -} line, its note "not:KEY", one or more) is
 * sprung when the sentence yields any figure of that key it does not label. The failure message lists every miss.
 */
class PhrasebookTest {

    /** A trap's note names the key(s) it guards: "not:litigation.cases (…); not:mediation.disputes (…)". */
    private static final java.util.regex.Pattern TRAP_KEY = java.util.regex.Pattern.compile("not:\\s*([a-z_]+\\.[a-z_]+)");

    static List<String> files() throws java.io.IOException {
        List<String> files = FLOORS.sets("headers");
        try (var tsvs = Files.list(Path.of(PhrasebookTest.class.getResource("/phrasebook").toURI()))) {
            List<String> unlisted = tsvs.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".tsv"))
                    .map(f -> f.substring(0, f.length() - 4)).filter(f -> !files.contains(f)).toList();
            if (!unlisted.isEmpty()) {
                throw new IllegalStateException("phrasebooks without floors in phrasebook/floors.json: " + unlisted);
            }
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    static final Floors FLOORS = Floors.load("/phrasebook/floors.json");

    @ParameterizedTest
    @MethodSource("files")
    void theEngineReadsTheGenresPhrasingsAndAvoidsItsTraps(String name) throws Exception {
        JsonNode floor = FLOORS.of(name);
        Path file = Path.of(PhrasebookTest.class.getResource("/phrasebook/" + name + ".tsv").toURI());
        List<String> lines = Files.readAllLines(file);
        Map<String, List<String[]>> bySentence = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t", -1);
            bySentence.computeIfAbsent(cols[3], k -> new ArrayList<>()).add(cols);
        }
        RuleBasedExtractor extractor = new RuleBasedExtractor();
        int labelled = 0;
        int found = 0;
        int emitted = 0;
        int right = 0;
        int traps = 0;
        int sprung = 0;
        StringBuilder misses = new StringBuilder();
        for (Map.Entry<String, List<String[]>> entry : bySentence.entrySet()) {
            String sentence = entry.getKey();
            RawReport raw = new RawReport(null, "phrasebook", null, "test", null, "text/plain", null, null,
                    sentence.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8), null); // \n in a passage: a line break
            Set<String> got = new LinkedHashSet<>();
            for (Indicator indicator : extractor.extract(raw).indicators()) {
                got.add(indicator.key() + "=" + number(indicator.value()));
            }
            Set<String> wanted = new HashSet<>();
            for (String[] cols : entry.getValue()) {
                if (!cols[1].equals("-")) {
                    wanted.add(cols[1] + "=" + number(Double.parseDouble(cols[2])));
                }
            }
            for (String[] cols : entry.getValue()) {
                if (cols[1].equals("-")) {
                    java.util.regex.Matcher guarded = TRAP_KEY.matcher(cols[4]); // a note may guard several keys
                    while (guarded.find()) {
                        String key = guarded.group(1);
                        traps++;
                        if (got.stream().anyMatch(g -> g.startsWith(key + "=") && !wanted.contains(g))) {
                            sprung++;
                            misses.append("trap   ").append(cols[0]).append(' ').append(key).append(" got ").append(got)
                                    .append(" | ").append(sentence).append('\n');
                        }
                    }
                } else {
                    labelled++;
                    String want = cols[1] + "=" + number(Double.parseDouble(cols[2]));
                    if (got.contains(want)) {
                        found++;
                    } else {
                        misses.append("recall ").append(cols[0]).append(' ').append(want).append(" got ").append(got)
                                .append(" | ").append(sentence).append('\n');
                    }
                }
            }
            for (String g : got) {
                emitted++;
                if (wanted.contains(g)) {
                    right++;
                } else {
                    misses.append("precision ").append(g).append(" | ").append(sentence).append('\n');
                }
            }
        }
        double recall = (double) found / labelled;
        double precision = emitted == 0 ? 1 : (double) right / emitted;
        String sheet = String.format("recall %d/%d, precision %d/%d, traps sprung %d/%d%n%s", found, labelled, right,
                emitted, sprung, traps, misses);
        assertTrue(labelled + traps > 100, name + " lost its lines: " + sheet);
        assertTrue(recall >= floor.get("recall").asDouble(), name + ": recall below its floor: " + sheet);
        assertTrue(precision >= floor.get("precision").asDouble(), name + ": precision below its floor: " + sheet);
        assertTrue(sprung <= floor.get("traps").asInt(), name + ": traps sprung: " + sheet);
    }

    /**
     * The engine on page headers (phrasebook/headers.jsonl, written blind): title, authority, level, reportYear and
     * publishedAt of each page's first lines, compared as the corpus is (a title or authority without whitespace, or
     * with its parent region left off), held to the floor in phrasebook/floors.json.
     */
    @org.junit.jupiter.api.Test
    void theEngineReadsPageHeaders() throws Exception {
        ObjectMapper json = new ObjectMapper();
        RuleBasedExtractor extractor = new RuleBasedExtractor();
        int fields = 0;
        int right = 0;
        StringBuilder misses = new StringBuilder();
        for (String line : Files.readAllLines(Path.of(PhrasebookTest.class.getResource("/phrasebook/headers.jsonl").toURI()))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode gold = json.readTree(line);
            RawReport raw = new RawReport(null, "header", null, "test", null, "text/plain", null, null,
                    gold.get("text").asText().getBytes(StandardCharsets.UTF_8), null);
            JsonNode got = json.valueToTree(extractor.extract(raw));
            for (String field : List.of("title", "authority", "level", "reportYear", "publishedAt")) {
                String want = gold.path(field).isNull() ? null : gold.get(field).asText();
                String have = got.path(field).isNull() || got.path(field).isMissingNode() ? null : got.get(field).asText();
                boolean ok = want == null ? have == null
                        : have != null && (field.equals("title") || field.equals("authority") ? NameMatch.matches(want, have) : want.equals(have));
                fields++;
                if (ok) {
                    right++;
                } else {
                    misses.append(gold.get("id").asText()).append(' ').append(field).append(": want ").append(want)
                            .append(", got ").append(have).append('\n');
                }
            }
        }
        double floor = FLOORS.of("headers").get("fields").asDouble();
        assertTrue(fields > 300 && (double) right / fields >= floor,
                String.format("headers: fields %d/%d below %.2f%n%s", right, fields, floor, misses));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
