package com.fazhi.extractor.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fazhi.extractor.RuleBasedExtractor;

/**
 * The engine on the real reports with gold answers (copied from the shared corpus and labelled blind), scored as the
 * spec says, each set on its own against its floor in corpus/floors.json. The failure message is the whole score
 * sheet: misses, the per-key table, per-field accuracy.
 */
class CorpusEvaluationTest {

    /** The corpus sets, as corpus/floors.json lists them (its "about" entry aside). */
    static final Floors FLOORS = Floors.load("/corpus/floors.json");

    static List<String> sets() {
        return FLOORS.sets();
    }

    @ParameterizedTest
    @MethodSource("sets")
    void meetsItsFloor(String set) throws Exception {
        JsonNode floor = FLOORS.of(set);
        assertTrue(floor.has("fields"), "no floor for " + set + " in corpus/floors.json");
        Evaluation evaluation = new Evaluation(new RuleBasedExtractor()).run(corpus(set));
        String report = set + "\n" + String.join("\n", evaluation.reportLines());
        assertTrue(evaluation.fieldAccuracy() >= floor.get("fields").asDouble(), report);
        assertTrue(evaluation.indicatorRecall() >= floor.get("recall").asDouble(), report);
        assertTrue(evaluation.indicatorPrecision() >= floor.get("precision").asDouble(), report);
    }

    static Path corpus(String set) throws URISyntaxException {
        return Path.of(CorpusEvaluationTest.class.getResource("/corpus/" + set).toURI());
    }
}
