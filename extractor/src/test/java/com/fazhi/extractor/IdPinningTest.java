package com.fazhi.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Report ids do not move when the engine's cleaner or word lists change: the ids of every corpus text, computed once
 * by the id normaliser of 2026-11 (resource corpus/ids-v1.tsv), must be what {@link ReportIds} gives today, and every
 * corpus text must be listed there (a text added to the corpus gets its line, "folder/name.txt TAB id", then).
 */
class IdPinningTest {

    @Test
    void theCorpusKeepsItsIds() throws Exception {
        Path corpus = Path.of(IdPinningTest.class.getResource("/corpus").toURI());
        List<String> moved = new ArrayList<>();
        List<String> pinned = Files.readAllLines(corpus.resolve("ids-v1.tsv"));
        for (String line : pinned) {
            String[] cols = line.split("\t");
            String id = ReportIds.ofText(Files.readString(corpus.resolve(cols[0])));
            if (!id.equals(cols[1])) {
                moved.add(cols[0] + ": pinned " + cols[1] + ", now " + id);
            }
        }
        assertTrue(pinned.size() > 300, "only " + pinned.size() + " ids pinned");
        java.util.Set<String> listed = new java.util.HashSet<>();
        pinned.forEach(line -> listed.add(line.split("\t")[0]));
        try (var texts = Files.walk(corpus)) {
            List<String> unpinned = texts.filter(p -> p.toString().endsWith(".txt"))
                    .map(p -> corpus.relativize(p).toString().replace('\\', '/')).filter(p -> !listed.contains(p)).sorted().toList();
            assertEquals(List.of(), unpinned, "corpus texts without a pinned id in corpus/ids-v1.tsv");
        }
        assertEquals(List.of(), moved, "report ids moved: a changed id normaliser makes every report sent again a new one");
    }
}
