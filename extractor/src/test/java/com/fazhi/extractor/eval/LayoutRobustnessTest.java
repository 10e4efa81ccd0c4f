package com.fazhi.extractor.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fazhi.extractor.RuleBasedExtractor;

/**
 * The same reports in the layouts crawlers deliver them in score as they do in the corpus's (see LayoutVariant): a pdf's text
 * layer (paragraphs broken at the page's width), a Traditional-script mirror, Windows line ends with ideographic
 * indents, an HTML page's blocks joined by spaces, counts in Chinese numerals, numbers set off by spaces. Each layout of the build's sets (seeds, dev, dev2) is scored against the same gold and may lose at most two
 * points on any measure: a rule that reads a report's lines rather than its sentences fails here.
 */
class LayoutRobustnessTest {

    private static final double MARGIN = 0.02;
    /** Each set's score as labelled, computed once for its three variants. */
    private static final java.util.Map<String, Evaluation> AS_LABELLED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Evaluation scoredAsLabelled(String set) {
        try {
            return new Evaluation(new RuleBasedExtractor()).run(CorpusEvaluationTest.corpus(set));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> variants() {
        return Stream.of("seeds", "dev", "dev2").flatMap(set -> Stream.of(LayoutVariant.values())
                .filter(layout -> layout != LayoutVariant.AS_LABELLED).map(layout -> Arguments.of(set, layout)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("variants")
    void scoresAsTheCorpusLayoutDoes(String set, LayoutVariant layout) throws Exception {
        Evaluation labelled = AS_LABELLED.computeIfAbsent(set, LayoutRobustnessTest::scoredAsLabelled);
        Evaluation rewritten = new Evaluation(new RuleBasedExtractor(), layout).run(CorpusEvaluationTest.corpus(set));
        String report = set + " " + layout + "\nas labelled:\n" + String.join("\n", labelled.reportLines()) + "\nrewritten:\n"
                + String.join("\n", rewritten.reportLines());
        assertTrue(rewritten.fieldAccuracy() >= labelled.fieldAccuracy() - MARGIN, report);
        assertTrue(rewritten.indicatorRecall() >= labelled.indicatorRecall() - MARGIN, report);
        assertTrue(rewritten.indicatorPrecision() >= labelled.indicatorPrecision() - MARGIN, report);
    }
}
