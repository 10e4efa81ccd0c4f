package com.fazhi.extractor.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fazhi.reference.catalog.IndicatorKeys;
import com.fazhi.reference.lexicon.GuardedPattern;
import com.fazhi.reference.lexicon.Lexicon;

/**
 * A guarded pattern skips to the characters its matches can start with; it must find exactly what the regex's own
 * search finds over the same span. Checked for every catalog topic pattern and every exclusion pattern on spans of
 * real report text (the seeds and dev), with and without transparent bounds.
 */
class GuardedPatternEquivalenceTest {

    @Test
    void guardedSearchFindsWhatTheRegexFinds() throws IOException {
        Set<GuardedPattern> patterns = new LinkedHashSet<>();
        for (IndicatorKeys.Entry entry : IndicatorKeys.get().entries()) {
            for (String unit : entry.units()) {
                for (IndicatorRule rule : IndicatorCatalog.get().rulesFor(unit)) {
                    Stream.of(rule.topic(), rule.topicNot(), rule.topicAfter()).filter(p -> p != null).forEach(patterns::add);
                }
            }
        }
        JsonNode exclusions = Lexicon.get().exclusions();
        exclusions.fieldNames().forEachRemaining(name -> {
            if (!name.equals("about")) {
                patterns.add(Lexicon.guarded(exclusions.get(name)));
            }
        });
        assertTrue(patterns.size() > 40, "the catalog's topic patterns were found: " + patterns.size());

        List<String> texts = new ArrayList<>();
        for (String set : List.of("seeds", "dev")) {
            try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus", set))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        Random random = new Random(7);
        int found = 0;
        for (String text : texts) {
            for (int trial = 0; trial < 40; trial++) {
                int from = random.nextInt(text.length());
                int to = Math.min(text.length(), from + random.nextInt(600));
                boolean transparent = random.nextBoolean();
                for (GuardedPattern pattern : patterns) {
                    Matcher plain = pattern.pattern().matcher(text).useTransparentBounds(transparent).region(from, to);
                    Matcher guarded = pattern.find(text, from, to, transparent);
                    boolean expected = plain.find();
                    assertEquals(expected, guarded != null, () -> pattern + " over [" + from + ", " + to + ")");
                    if (expected) {
                        found++;
                        assertEquals(plain.start(), guarded.start(), pattern.toString());
                        assertEquals(plain.end(), guarded.end(), pattern.toString());
                    }
                }
            }
        }
        assertTrue(found > 100, "the spans hold matches to compare: " + found);
    }
}
