package com.fazhi.extractor.indicators;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fazhi.reference.lexicon.Lexicon;

/**
 * Where a key's topical figures give way to one read from its own wording ({@code topicalGivesWay}), a figure must
 * be read by the own-wording rule when one matches it: so every rule without a topic comes before every rule with
 * one (a figure belongs to the first rule that matches, and its confidence is that rule's).
 */
class CatalogOrderTest {

    @Test
    void ownWordingRulesComeBeforeTopicRulesWhereTopicalFiguresGiveWay() {
        int checked = 0;
        for (JsonNode key : Lexicon.get().documents("catalog").path("indicators")) {
            if (!key.hasNonNull("topicalGivesWay")) {
                continue;
            }
            boolean topicSeen = false;
            for (JsonNode rule : key.path("rules")) {
                boolean topical = rule.hasNonNull("topic") || rule.hasNonNull("topicAfter");
                assertFalse(topicSeen && !topical, key.path("key").asText() + ": an own-wording rule after a topic rule: " + rule);
                topicSeen |= topical;
            }
            checked++;
        }
        assertTrue(checked > 0, "a key with topicalGivesWay was found");
    }
}
