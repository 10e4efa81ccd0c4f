package com.fazhi.extractor.lexicon;

import com.fazhi.extractor.indicators.IndicatorCatalog;
import com.fazhi.reference.lexicon.FirstCharGuard;
import com.fazhi.reference.lexicon.Lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class FirstCharGuardTest {

    @Test
    void readsTheFirstCharactersOfAlternationsOfWords() {
        assertEquals("存问", FirstCharGuard.firstChars("存在的问题|问题和不足"));
        assertEquals("会集", FirstCharGuard.firstChars("(?:会前学法|集体学法)[^,]{0,12}$"));
        assertEquals("会集审", FirstCharGuard.firstChars("(?:会前学法|集体学法)X|审查"));
        assertEquals("学", FirstCharGuard.firstChars("^学法"));
    }

    @Test
    void readsGroupsClassesDigitsAndWhatFollowsAnOptionalStart() {
        assertEquals("会学", FirstCharGuard.firstChars("(?:会前学法)?学习"));
        assertEquals("学习", FirstCharGuard.firstChars("学?习"));
        assertEquals("自从12", FirstCharGuard.firstChars("(?:自|从)?((?:19|20)\\d{2})年"));
        assertEquals("七八九", FirstCharGuard.firstChars("[七八九]五”?普法"));
        assertEquals("0123456789", FirstCharGuard.firstChars("\\d+次"));
        assertEquals("学", FirstCharGuard.firstChars("学+法"));
        assertEquals("0123456789日", FirstCharGuard.firstChars("\\d{4}年|日期"));
    }

    @Test
    void givesUpWhereTheFirstCharactersCannotBeListed() {
        assertNull(FirstCharGuard.firstChars("[^,]{0,4}学习"));
        assertNull(FirstCharGuard.firstChars("(?:其中)?"));
        assertNull(FirstCharGuard.firstChars("[0-9]+"));
        assertNull(FirstCharGuard.firstChars("学法|.{2}讲法"));
        assertNull(FirstCharGuard.firstChars("(?=学)"), "a look-around with nothing after it");
    }

    @Test
    void aLookAroundConsumesNothingSoTheMatchStartsAfterIt() {
        assertEquals("日", FirstCharGuard.firstChars("(?<![成印])日期"));
        assertEquals("考测", FirstCharGuard.firstChars("(?<!资格[^,]{0,3}|培训)(?:考试|测试)"));
        assertEquals("学", FirstCharGuard.firstChars("(?!学习教育)学"));
    }

    /** Every pattern of the catalog and the word lists finds the same matches guarded as unguarded, on real text. */
    @Test
    void aGuardedPatternMatchesExactlyWhatTheOriginalMatches() throws Exception {
        String text = new String(FirstCharGuardTest.class.getResourceAsStream(
                "/corpus/seeds/000_e8bd0da2750646bc.txt").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        JsonNode catalog = Lexicon.get().documents("catalog");
        java.util.Map<String, String> macros = IndicatorCatalog.macros(catalog.path("macros"));
        int checked = 0;
        for (JsonNode key : catalog.path("indicators")) {
            for (JsonNode rule : key.path("rules")) {
                for (String field : List.of("before", "after", "topic", "topicNot", "not", "clauseNot")) {
                    if (!rule.hasNonNull(field)) {
                        continue;
                    }
                    String regex = IndicatorCatalog.written(rule.get(field).asText(), macros);
                    Pattern plain = Pattern.compile(regex);
                    Pattern guarded = FirstCharGuard.compile(regex);
                    assertEquals(plain.matcher(text).results().map(r -> r.start() + ":" + r.group()).toList(),
                            guarded.matcher(text).results().map(r -> r.start() + ":" + r.group()).toList(), regex);
                    // every match holds one of the pattern's required words (what the rules test before the regex)
                    List<String> words = FirstCharGuard.requiredWords(regex);
                    if (words != null) {
                        String pattern = regex;
                        plain.matcher(text).results().forEach(r -> assertTrue(words.stream().anyMatch(r.group()::contains),
                                pattern + " matched '" + r.group() + "' without any of " + words));
                    }
                    checked++;
                }
            }
        }
        assertEquals(true, checked > 50, "only " + checked + " patterns checked");
    }
}
