package com.fazhi.extractor.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fazhi.extractor.RuleBasedExtractor;
import com.ibm.icu.text.Transliterator;

/**
 * The same reports in the layouts crawlers deliver them in score as they do in the corpus's: a pdf's text layer
 * (paragraphs broken at the page's width), a Traditional-script mirror, Windows line ends, indents of ideographic
 * spaces. Each variant of the build's sets (seeds, dev, dev2) is scored against the same gold (every value is given in
 * Simplified whatever the input; a Traditional copy's sourceScript is hant) and may lose at most two points on any
 * measure. A rule that reads a report's lines rather than its sentences fails here.
 */
class LayoutRobustnessTest {

    private static final double MARGIN = 0.02;
    private static final int PAGE_WIDTH = 30;

    static Stream<Arguments> variants() {
        Transliterator traditional = Transliterator.getInstance("Hans-Hant");
        return Stream.of("seeds", "dev", "dev2").flatMap(set -> Stream.of(
                Arguments.of(set, "wrapped at a page's width", (UnaryOperator<String>) LayoutRobustnessTest::wrapParagraphs),
                Arguments.of(set, "Traditional", (UnaryOperator<String>) traditional::transliterate),
                Arguments.of(set, "CRLF and ideographic indents", (UnaryOperator<String>) LayoutRobustnessTest::windowsIndented)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("variants")
    void scoresAsTheCorpusLayoutDoes(String set, String variant, UnaryOperator<String> layout, @TempDir Path dir) throws Exception {
        Path original = CorpusEvaluationTest.corpus(set);
        boolean traditional = variant.equals("Traditional");
        copy(original, dir, layout, traditional);
        Evaluation before = new Evaluation(new RuleBasedExtractor()).run(skipTraditional(original, dir, traditional));
        Evaluation after = new Evaluation(new RuleBasedExtractor()).run(dir);
        String report = set + " " + variant + "\nbefore:\n" + String.join("\n", before.reportLines()) + "\nafter:\n"
                + String.join("\n", after.reportLines());
        assertTrue(after.fieldAccuracy() >= before.fieldAccuracy() - MARGIN, report);
        assertTrue(after.indicatorRecall() >= before.indicatorRecall() - MARGIN, report);
        assertTrue(after.indicatorPrecision() >= before.indicatorPrecision() - MARGIN, report);
    }

    /** The texts already in Traditional have no Traditional variant: both sides are scored without them. */
    private static Path skipTraditional(Path original, Path variantDir, boolean traditional) throws IOException {
        if (!traditional) {
            return original;
        }
        Path same = Files.createDirectories(variantDir.resolveSibling(variantDir.getFileName() + "-simplified"));
        try (Stream<Path> files = Files.list(variantDir)) {
            for (Path gold : files.filter(p -> p.toString().endsWith(".gold.json")).toList()) {
                String name = gold.getFileName().toString().replace(".gold.json", "");
                Files.copy(original.resolve(name + ".txt"), same.resolve(name + ".txt"));
                Files.copy(original.resolve(name + ".gold.json"), same.resolve(name + ".gold.json"));
            }
        }
        return same;
    }

    private static void copy(Path from, Path to, UnaryOperator<String> layout, boolean traditional) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path text : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String name = text.getFileName().toString().replace(".txt", "");
                String gold = Files.readString(from.resolve(name + ".gold.json"));
                if (traditional && !gold.contains("\"hans\"")) {
                    continue;
                }
                Files.writeString(to.resolve(name + ".txt"), layout.apply(Files.readString(text)));
                Files.writeString(to.resolve(name + ".gold.json"), traditional ? gold.replace("\"hans\"", "\"hant\"") : gold);
            }
        }
    }

    /** Every paragraph (a line with a comma or a stop, at least two widths long) broken every PAGE_WIDTH characters. */
    static String wrapParagraphs(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / PAGE_WIDTH);
        for (String line : text.split("\n", -1)) {
            boolean paragraph = line.length() >= 2 * PAGE_WIDTH && (line.contains(",") || line.contains("。"));
            for (int at = 0; paragraph && at < line.length(); at += PAGE_WIDTH) {
                out.append(line, at, Math.min(line.length(), at + PAGE_WIDTH)).append('\n');
            }
            if (!paragraph) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static String windowsIndented(String text) {
        return String.join("\r\n", List.of(text.split("\n", -1)).stream()
                .map(line -> line.isBlank() ? line : "\u3000\u3000" + line.strip()).toList());
    }
}
