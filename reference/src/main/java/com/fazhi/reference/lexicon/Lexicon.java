package com.fazhi.reference.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The engine's word lists, as data beside the indicator catalog (resources {@code lexicon/*.json}): units, page
 * furniture, the required parts and their cue words, region aliases and short forms, how a report names its
 * own level, the change/target exclusions.
 * Loaded and validated once (every pattern compiles, no list is empty); {@link #hash()} covers these files and the
 * catalog, and goes into the extractor's version.
 */
public final class Lexicon {

    static final List<String> FILES = List.of("/lexicon/units.json", "/lexicon/furniture.json", "/lexicon/parts.json",
            "/lexicon/regions.json", "/lexicon/exclusions.json", "/lexicon/levels.json", "/lexicon/metadata.json", "/lexicon/script.json",
            "/indicators/catalog.json");

    private static final Lexicon DEFAULT = load();

    private final Map<String, JsonNode> documents;
    private final String hash;

    private Lexicon(Map<String, JsonNode> documents, String hash) {
        this.documents = documents;
        this.hash = hash;
    }

    public static Lexicon get() {
        return DEFAULT;
    }

    /** First 8 hex digits of the SHA-256 of every data file the engine reads. */
    public String hash() {
        return hash;
    }

    /** One of the loaded files by name (units, furniture, parts, regions, exclusions, levels, catalog). */
    public JsonNode documents(String name) {
        return documents.get(name);
    }

    public JsonNode units() {
        return documents.get("units");
    }

    public JsonNode furniture() {
        return documents.get("furniture");
    }

    public JsonNode parts() {
        return documents.get("parts");
    }

    public JsonNode regions() {
        return documents.get("regions");
    }

    public JsonNode levels() {
        return documents.get("levels");
    }

    /** Words of a Traditional mirror's vocabulary and the mainland words they stand for (script.json). */
    public JsonNode script() {
        return documents.get("script");
    }

    public JsonNode metadata() {
        return documents.get("metadata");
    }

    /** A list of words from metadata.json as one alternation (?:a|b|c). */
    public static String alternation(JsonNode list) {
        return "(?:" + String.join("|", strings(list)) + ")";
    }

    /**
     * Labels as page metadata tables write them, with or without spaces between their characters ("发 布 机 构:",
     * "发 文 日 期:" pad the label column to one width): each label's characters with optional spaces between them.
     */
    public static String spacedAlternation(JsonNode list) {
        return "(?:" + String.join("|", strings(list).stream()
                .map(label -> String.join("[ \\t\u3000]*", label.codePoints().mapToObj(Character::toString)
                        .map(java.util.regex.Pattern::quote).toList()))
                .toList()) + ")";
    }

    public JsonNode exclusions() {
        return documents.get("exclusions");
    }

    /** The measure words a figure may end with, longest first. */
    public List<String> unitList() {
        return strings(units().path("units"));
    }

    /** The measure words as one regex alternation, longest first as units.json lists them (the figure pattern's unit). */
    public String unitAlternation() {
        return quotedAlternation(unitList());
    }

    /** The first character of every measure word, once each: what may follow a number that is a figure. */
    public String unitStarts() {
        return firstChars(unitList());
    }

    /** The words as one regex alternation of literals, in the list's order (put the longer first where one starts another). */
    public static String quotedAlternation(List<String> words) {
        return words.stream().map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
    }

    /** The first character of every word, once each. */
    public static String firstChars(List<String> words) {
        return words.stream().map(w -> w.substring(0, 1)).distinct().collect(java.util.stream.Collectors.joining());
    }

    /** The last character of every measure word, once each: what a figure that ends in its unit ends with. */
    public String unitEnds() {
        return unitList().stream().map(u -> u.substring(u.length() - 1)).distinct().collect(java.util.stream.Collectors.joining());
    }

    public static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    public static Map<String, String> stringMap(JsonNode object) {
        Map<String, String> out = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    /** A pattern from the data, compiled: one alternation of a list's entries, or a single regex string. */
    public static Pattern pattern(JsonNode node) {
        return FirstCharGuard.compile(node.isArray() ? "(?:" + String.join("|", strings(node)) + ")" : node.asText());
    }

    /** The same pattern, searched by skipping to the characters its matches start with (see GuardedPattern). */
    public static GuardedPattern guarded(JsonNode node) {
        return GuardedPattern.compile(node.isArray() ? "(?:" + String.join("|", strings(node)) + ")" : node.asText());
    }

    private static Lexicon load() {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String file : FILES) {
                try (InputStream in = Lexicon.class.getResourceAsStream(file)) {
                    if (in == null) {
                        throw new IllegalStateException("word list " + file + " is missing");
                    }
                    byte[] bytes = in.readAllBytes();
                    sha.update(bytes);
                    String name = file.substring(file.lastIndexOf('/') + 1).replace(".json", "");
                    documents.put(name, json.readTree(bytes));
                }
            }
            Lexicon lexicon = new Lexicon(documents, HexFormat.of().formatHex(sha.digest()).substring(0, 8));
            lexicon.validate();
            return lexicon;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every list present and non-empty, every pattern compiles: a broken word list fails at load, not on a report. */
    void validate() {
        require(!unitList().isEmpty(), "units.json: units is empty");
        require(units().path("multipliers").size() > 0, "units.json: multipliers is empty");
        for (String field : List.of("measures", "joiners")) {
            require(units().path("ordinals").path(field).size() > 0, "units.json: ordinals." + field + " is empty");
        }
        for (String field : List.of("lineStarts", "anywhere", "footer")) {
            require(furniture().path(field).size() > 0, "furniture.json: " + field + " is empty");
            compiles(furniture().path(field), "furniture.json " + field);
        }
        compiles(furniture().path("keep"), "furniture.json keep");
        for (String field : List.of("columnLabels", "columnLabelsGlued")) {
            require(furniture().path(field).size() > 0, "furniture.json: " + field + " is empty");
        }
        for (String part : List.of("measures", "responsibility", "problems", "plans")) {
            JsonNode p = parts().path("parts").path(part);
            for (String field : List.of("content", "heading")) {
                require(p.hasNonNull(field), "parts.json: " + part + "." + field + " is missing");
                compiles(p.get(field), "parts.json " + part + "." + field);
            }
            require(p.path("literals").size() > 0, "parts.json: " + part + ".literals is empty");
        }
        for (String field : List.of("commonWords", "programmeWords", "provinceShortNames", "provinceAbbreviations", "designations", "cityShortWords", "aliases", "zonesWithin", "roadWords")) {
            require(regions().path(field).size() > 0, "regions.json: " + field + " is empty");
        }
        regions().path("aliases").forEach(code -> require(code.asText().matches("\\d{2,6}"), "regions.json: alias code " + code));
        regions().path("zonesWithin").forEach(code -> require(code.asText().matches("\\d{2,6}"), "regions.json: zone code " + code));
        regions().path("designations").forEach(code -> require(code.asText().matches("\\d{2}|\\d{4}|\\d{6}"), "regions.json: designation code " + code));
        regions().path("provinceAbbreviations").fields().forEachRemaining(e -> require(e.getKey().length() == 1
                && e.getValue().asText().matches("\\d{2}"), "regions.json: province abbreviation " + e));
        require(regions().hasNonNull("elsewhereBefore"), "regions.json: elsewhereBefore is missing");
        compiles(regions().path("elsewhereBefore"), "regions.json elsewhereBefore");
        for (String field : List.of("honourBefore", "spreadBefore")) {
            require(regions().hasNonNull(field), "regions.json: " + field + " is missing");
            compiles(regions().path(field), "regions.json " + field);
        }
        hasGroups(regions().path("superiorTier"), "regions.json superiorTier", "tier");
        require(regions().path("branchNames").size() > 0, "regions.json: branchNames is empty");
        regions().path("branchNames").forEach(name -> hasGroups(name, "regions.json branchNames", "parent", "stem"));
        compiles(levels().path("openers"), "levels.json openers");
        for (String field : List.of("verbStarts", "trailers", "suffixes", "notDepartment", "zones", "tierWordInAWord", "provinceAbove", "notATownshipNameHead")) {
            require(levels().path(field).size() > 0, "levels.json: " + field + " is empty");
        }
        levels().path("suffixes").forEach(pair -> require(pair.size() == 2
                && List.of("province", "city", "county", "township", "department").contains(pair.get(1).asText()),
                "levels.json: suffix " + pair));
        require(metadata().path("coverLetter").path("verbs").size() > 0 && metadata().path("coverLetter").path("kinds").size() > 0,
                "metadata.json: coverLetter verbs or kinds is empty");
        for (String field : List.of("publisherLabels", "bodies", "governments", "titleSubjects", "titleLabels", "titlePlans")) {
            require(metadata().path(field).size() > 0, "metadata.json: " + field + " is empty");
        }
        for (String field : List.of("publication", "plain", "issue", "signing")) {
            require(metadata().path("dateLabels").path(field).size() > 0, "metadata.json: dateLabels." + field + " is empty");
        }
        require(script().path("mainlandWords").size() > 0, "script.json: mainlandWords is empty");
        script().path("mainlandWords").forEach(pair -> require(pair.size() == 2 && !pair.get(0).asText().isEmpty()
                && !pair.get(1).asText().isEmpty(), "script.json: mainlandWords pair " + pair));
        for (String field : List.of("lawText", "partyRules")) {
            JsonNode titles = documents("catalog").path("citedTitles");
            require(titles.hasNonNull(field), "catalog.json: citedTitles." + field + " is missing");
            compiles(titles.get(field), "catalog.json citedTitles." + field);
        }
        require(exclusions().path("issuesUnits").size() > 0, "exclusions.json: issuesUnits is empty");
        require(units().path("oneCountsAfter").path("words").size() > 0, "units.json: oneCountsAfter.words is empty");
        for (String field : List.of("changeBefore", "changeAfter", "honouredAfter", "targetBefore", "datedBefore", "issuesBefore", "perUnitBefore")) {
            require(exclusions().hasNonNull(field), "exclusions.json: " + field + " is missing");
            compiles(exclusions().get(field), "exclusions.json " + field);
        }
    }

    /** A pattern the code reads by its named groups: present, compiling, and with each of those groups. */
    private static void hasGroups(JsonNode node, String where, String... groups) {
        require(node.isTextual(), where + " is missing");
        compiles(node, where);
        for (String group : groups) {
            require(node.asText().contains("(?<" + group + ">"), where + ": no group '" + group + "'");
        }
    }

    private static void compiles(JsonNode node, String where) {
        try {
            pattern(node);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(where + ": " + e.getDescription() + " in " + e.getPattern(), e);
        }
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalStateException("word list: " + problem);
        }
    }
}
