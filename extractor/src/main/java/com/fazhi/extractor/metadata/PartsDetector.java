package com.fazhi.extractor.metadata;

import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fazhi.reference.lexicon.Lexicon;
import com.fazhi.contract.model.Parts;
import com.fazhi.extractor.structure.SectionKinds;
import com.fazhi.extractor.structure.SectionParser;

/**
 * Which of the four required parts the report contains, by content: a section of that kind, or the part's own
 * wording where it sits unheaded inside another (seed 002 states its problems inside the last measures paragraph).
 */
public final class PartsDetector {

    private static final JsonNode PARTS = Lexicon.get().parts();
    /** The content patterns that are alternations of plain words, with their words. */
    private static final java.util.Map<Pattern, String[]> PLAIN_WORDS = new java.util.IdentityHashMap<>();

    private static final Pattern MEASURES = content("measures");
    private static final Pattern WORK_DONE = Lexicon.pattern(PARTS.path("workVerbs"));
    private static final Pattern RESPONSIBILITY = content("responsibility");
    private static final Pattern PROBLEMS = content("problems");
    private static final Pattern PLANS = content("plans");
    private static final int WORK_VERBS_FOR_MEASURES = PARTS.path("workVerbCount").asInt();

    private static Pattern content(String part) {
        JsonNode node = PARTS.path("parts").path(part).path("content");
        Pattern pattern = Lexicon.pattern(node);
        String regex = node.asText();
        if (!node.isArray() && regex.chars().noneMatch(c -> "\\[](){}.*+?^$".indexOf(c) >= 0)) {
            PLAIN_WORDS.put(pattern, regex.split("\\|"));
        }
        return pattern;
    }

    private static String[] literals(String part) {
        return Lexicon.strings(PARTS.path("parts").path(part).path("literals")).toArray(String[]::new);
    }

    private PartsDetector() {
    }

    public static Parts detect(String text) {
        return detect(text, List.of());
    }

    public static Parts detect(String text, List<SectionParser.Located> sections) {
        boolean measures = hasKind(sections, SectionKinds.MEASURES) || found(text, MEASURES, literals("measures"))
                || WORK_DONE.matcher(text).results().limit(WORK_VERBS_FOR_MEASURES).count() >= WORK_VERBS_FOR_MEASURES;
        return new Parts(measures,
                hasKind(sections, SectionKinds.RESPONSIBILITY) || found(text, RESPONSIBILITY, literals("responsibility")),
                hasKind(sections, SectionKinds.PROBLEMS) || found(text, PROBLEMS, literals("problems")),
                hasKind(sections, SectionKinds.PLANS) || found(text, PLANS, literals("plans")));
    }

    /**
     * The regex only where one of the literals it needs occurs: a plain indexOf is far cheaper than an alternation;
     * and a part whose content words are plain words ("存在的问题|短板") is searched word by word, never as a regex.
     */
    private static boolean found(String text, Pattern pattern, String... requiredOneOf) {
        for (String literal : requiredOneOf) {
            if (text.contains(literal)) {
                String[] words = PLAIN_WORDS.get(pattern);
                if (words == null) {
                    return pattern.matcher(text).find();
                }
                for (String word : words) {
                    if (text.contains(word)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static boolean hasKind(List<SectionParser.Located> sections, String kind) {
        return sections.stream().anyMatch(s -> s.section().level() == 1 && kind.equals(s.section().kind()));
    }
}
