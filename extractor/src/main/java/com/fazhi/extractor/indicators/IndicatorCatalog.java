package com.fazhi.extractor.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The indicator catalog's rules, as data: resource indicators/catalog.json (in the reference module, whose
 * {@code IndicatorKeys} lists its keys for the API) gives each key its label, units and the wordings that state it.
 * An analyst adds an indicator by adding an entry. In the patterns, {@code {gap}} stands for a
 * short run of text without a clause break or a digit, {@code {year}} for an optional "2022年(的)". A key with
 * {@code headGovernsItems} reads "审查决策1件、合同70余份" as 审查 governing 合同 too (case and review counts: the verb
 * before an enumeration's first item carries over); study and publicity keys need their own words in each item.
 */
public final class IndicatorCatalog {

    private static final IndicatorCatalog DEFAULT = load("/indicators/catalog.json");

    private final Map<String, List<IndicatorRule>> rulesByUnit = new java.util.HashMap<>();
    private final Map<String, Pattern> topicalGivesWay;
    private final WordingIndex wordingIndex;

    private IndicatorCatalog(List<IndicatorRule> rules, Map<String, Pattern> topicalGivesWay) {
        this.topicalGivesWay = topicalGivesWay;
        this.wordingIndex = new WordingIndex(rules);
        for (IndicatorRule rule : rules) {
            for (String unit : rule.units()) {
                rulesByUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(rule);
            }
        }
    }

    /** Which rules' wordings the words before a figure could match (see WordingIndex). */
    WordingIndex wordingIndex() {
        return wordingIndex;
    }

    /** The rules a figure with this unit can match, in catalog order. */
    List<IndicatorRule> rulesFor(String unit) {
        return rulesByUnit.getOrDefault(unit, List.of());
    }

    /**
     * For a key whose topical figures give way to a named one in the same sentence: the words that keep a topical
     * figure anyway (its own item names the concept after all); null for other keys.
     */
    Pattern topicalGivesWay(String key) {
        return topicalGivesWay.get(key);
    }

    public static IndicatorCatalog get() {
        return DEFAULT;
    }

    public static IndicatorCatalog load(String resource) {
        try (InputStream in = IndicatorCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("indicator catalog " + resource + " is missing");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, String> macros = macros(root.path("macros"));
            List<IndicatorRule> rules = new ArrayList<>();
            Map<String, Pattern> topicalGivesWay = new java.util.HashMap<>();
            for (JsonNode key : root.path("indicators")) {
                String name = key.get("key").asText();
                Pattern keeps = compile(key, "topicalGivesWay", macros);
                if (keeps != null) {
                    topicalGivesWay.put(name, keeps);
                }
                List<String> units = new ArrayList<>();
                key.path("units").forEach(u -> units.add(u.asText()));
                for (JsonNode rule : key.path("rules")) {
                    // a rule may read its key's figures in a unit of its own ("审核14次" counts documents reviewed)
                    List<String> ruleUnits = new ArrayList<>(units);
                    rule.path("alsoUnits").forEach(u -> ruleUnits.add(u.asText()));
                    rules.add(new IndicatorRule(name, new LinkedHashSet<>(ruleUnits), compile(rule, "before", macros),
                            compile(rule, "after", macros), guarded(rule, "topic", macros),
                            guarded(rule, "topicNot", macros), guarded(rule, "topicAfter", macros), compile(rule, "not", macros),
                            compile(rule, "clauseNot", macros),
                            rule.hasNonNull("confidence") ? rule.get("confidence").asDouble() : null,
                            firstChars(rule, "before", macros), requiredWords(rule, "before", macros),
                            requiredWords(rule, "after", macros), key.path("headGovernsItems").asBoolean(false),
                            rules.size()));
                }
            }
            return new IndicatorCatalog(List.copyOf(rules), Map.copyOf(topicalGivesWay));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The characters a rule's {@code before} wording can start with (null: any): a cheap test before its regex. */
    private static String firstChars(JsonNode rule, String field, Map<String, String> macros) {
        String pattern = expanded(rule, field, macros);
        return pattern == null ? null : com.fazhi.reference.lexicon.FirstCharGuard.firstChars(pattern);
    }

    /** Words one of which every match of a rule's pattern contains (null: none known): a cheap test before its regex. */
    private static String[] requiredWords(JsonNode rule, String field, Map<String, String> macros) {
        String pattern = expanded(rule, field, macros);
        List<String> words = pattern == null ? null : com.fazhi.reference.lexicon.FirstCharGuard.requiredWords(pattern);
        return words == null ? null : words.toArray(String[]::new);
    }

    private static Pattern compile(JsonNode rule, String field, Map<String, String> macros) {
        String pattern = expanded(rule, field, macros);
        return pattern == null ? null : com.fazhi.reference.lexicon.FirstCharGuard.compile(pattern);
    }

    /** A pattern searched over a sentence rather than a clause: it skips to the characters a match can start with. */
    private static com.fazhi.reference.lexicon.GuardedPattern guarded(JsonNode rule, String field, Map<String, String> macros) {
        String pattern = expanded(rule, field, macros);
        return pattern == null ? null : com.fazhi.reference.lexicon.GuardedPattern.compile(pattern);
    }

    /** A rule's pattern with its {macros} written out, or null when the rule has none for the field. */
    private static String expanded(JsonNode rule, String field, Map<String, String> macros) {
        JsonNode node = rule.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        return written(node.asText(), macros);
    }

    /** The catalog's macros, each written out; a macro may name the macros defined above it ("staffwide" names "placewide"). */
    public static Map<String, String> macros(JsonNode definitions) {
        Map<String, String> macros = new LinkedHashMap<>();
        definitions.fields().forEachRemaining(e -> macros.put(e.getKey(), written(e.getValue().asText(), macros)));
        return macros;
    }

    /** A pattern with the {macros} it names written out. */
    public static String written(String pattern, Map<String, String> macros) {
        for (Map.Entry<String, String> macro : macros.entrySet()) {
            pattern = pattern.replace("{" + macro.getKey() + "}", macro.getValue());
        }
        return pattern;
    }
}
