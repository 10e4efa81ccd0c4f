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

import org.junit.jupiter.api.Test;

import com.fazhi.contract.model.Indicator;
import com.fazhi.contract.model.RawReport;
import com.fazhi.extractor.RuleBasedExtractor;

/**
 * The engine on the phrasebook (resources phrasebook/phrasebook.tsv, written blind from the spec): the genre's ways of
 * stating each catalog figure, and traps. Each sentence is read alone. Recall: labelled figures emitted under their
 * key; precision: emitted figures that the sentence's lines label; a trap ({@code -} line, its note "not:KEY") is
 * sprung when the sentence yields any figure of that key it does not label. The failure message lists every miss.
 */
class PhrasebookTest {

    private static final double RECALL_FLOOR = 0.97;
    private static final double PRECISION_FLOOR = 0.98;
    private static final int TRAPS_SPRUNG_AT_MOST = 0;

    @Test
    void theEngineReadsTheGenresPhrasingsAndAvoidsItsTraps() throws Exception {
        Path file = Path.of(PhrasebookTest.class.getResource("/phrasebook/phrasebook.tsv").toURI());
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
                    sentence.getBytes(StandardCharsets.UTF_8), null);
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
                    traps++;
                    String key = cols[4].replaceFirst("^not:\\s*", "").split("[\\s(（]")[0];
                    if (got.stream().anyMatch(g -> g.startsWith(key + "=") && !wanted.contains(g))) {
                        sprung++;
                        misses.append("trap   ").append(cols[0]).append(' ').append(key).append(" got ").append(got)
                                .append(" | ").append(sentence).append('\n');
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
        assertTrue(labelled > 150 && traps > 50, "the phrasebook lost its lines: " + sheet);
        assertTrue(recall >= RECALL_FLOOR, "recall below " + RECALL_FLOOR + ": " + sheet);
        assertTrue(precision >= PRECISION_FLOOR, "precision below " + PRECISION_FLOOR + ": " + sheet);
        assertTrue(sprung <= TRAPS_SPRUNG_AT_MOST, "traps sprung: " + sheet);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
