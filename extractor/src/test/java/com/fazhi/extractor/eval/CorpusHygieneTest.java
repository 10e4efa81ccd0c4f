package com.fazhi.extractor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The labelled corpus is what it claims to be: every excerpt has its gold and source files, a gold file names its
 * text, no page is one of those kept aside to judge the engine (RESERVED-URLS.sha256), no page is in two sets, and
 * the sets together hold at least 250 labelled texts, of which at least {@link #MIN_FROZEN} are in frozen sets.
 */
class CorpusHygieneTest {

    /** The seeds came whole from the shared corpus without page URLs; every other set names its page. */
    private static final String SET_WITHOUT_SOURCES = "seeds";
    private final ObjectMapper json = new ObjectMapper();
    /**
     * Issue 9 asks 80 frozen texts. The pages corpus ran short in session 7 (holdout6, 40 texts); session 8's labellers
     * found 62 more (holdout7, holdout8; see their INDEX.md) and session 9's 30 (holdout9): 92 frozen, so holdout6 became a
     * work set in session 9 (after its last blind score) and its misses are read now.
     */
    private static final int MIN_FROZEN = 80;

    @Test
    void everyExcerptHasGoldAndSourceAndNoneIsReserved() throws Exception {
        Path root = CorpusEvaluationTest.corpus("seeds").getParent();
        Set<String> reserved;
        try (Stream<String> lines = Files.lines(root.resolve("RESERVED-URLS.sha256"))) {
            reserved = lines.filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.strip().split("\\s+")[0])
                    .collect(Collectors.toSet());
        }
        assertFalse(reserved.isEmpty(), "the reserved list is empty");
        Map<String, String> seen = new HashMap<>();
        int texts = 0;
        List<String> sets = CorpusEvaluationTest.sets();
        try (Stream<Path> folders = Files.list(root)) {
            folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).forEach(folder -> assertTrue(
                    sets.contains(folder), "corpus/" + folder + " has no entry in corpus/floors.json, so no test scores it"));
        }
        int frozen = 0;
        int frozenTexts = 0;
        for (String set : sets) {
            List<Path> txts;
            try (Stream<Path> listing = Files.list(root.resolve(set))) {
                txts = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            if (CorpusEvaluationTest.FLOORS.of(set).path("frozen").asBoolean(false)) {
                frozen++;
                frozenTexts += txts.size();
            }
            texts += txts.size();
            for (Path txt : txts) {
                String name = txt.getFileName().toString();
                Path gold = txt.resolveSibling(name.replace(".txt", ".gold.json"));
                assertTrue(Files.exists(gold), set + "/" + name + " has no gold file");
                JsonNode g = json.readTree(gold.toFile());
                assertEquals(name, g.path("file").asText(), set + "/" + name + ": the gold file names another text");
                if (set.equals(SET_WITHOUT_SOURCES)) {
                    continue;
                }
                Path source = txt.resolveSibling(name.replace(".txt", ".source.json"));
                assertTrue(Files.exists(source), set + "/" + name + " has no source file");
                String url = json.readTree(source.toFile()).path("url").asText();
                assertFalse(reserved.contains(sha256(url)), set + "/" + name + " is a reserved page: " + url);
                String before = seen.put(url, set + "/" + name);
                assertTrue(before == null, url + " is both " + before + " and " + set + "/" + name);
            }
        }
        assertTrue(texts >= 250, "the corpus holds " + texts + " labelled texts, fewer than 250");
        assertTrue(frozen >= 1, "no set in corpus/floors.json is marked frozen");
        assertTrue(frozenTexts >= MIN_FROZEN, "the frozen sets hold " + frozenTexts + " texts, fewer than " + MIN_FROZEN);
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
