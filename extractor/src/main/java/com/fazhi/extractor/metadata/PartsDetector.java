package com.fazhi.extractor.metadata;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fazhi.reference.lexicon.FirstCharGuard;
import com.fazhi.reference.lexicon.GuardedPattern;
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
    private static final Content MEASURES = Content.of("measures");
    private static final GuardedPattern WORK_DONE = Lexicon.guarded(PARTS.path("workVerbs"));
    private static final Content RESPONSIBILITY = Content.of("responsibility");
    private static final Content PROBLEMS = Content.of("problems");
    private static final Content PLANS = Content.of("plans");
    private static final int WORK_VERBS_FOR_MEASURES = PARTS.path("workVerbCount").asInt();

    /**
     * A part's own wording (lexicon/parts.json): its pattern, the words it is an alternation of where it is one
     * (searched word by word, never as a regex), and the literals one of which it needs.
     */
    private record Content(GuardedPattern pattern, List<String> plainWords, List<String> literals) {

        static Content of(String part) {
            JsonNode node = PARTS.path("parts").path(part);
            JsonNode content = node.path("content");
            return new Content(Lexicon.guarded(content),
                    content.isArray() ? null : FirstCharGuard.plainWords(content.asText()),
                    Lexicon.strings(node.path("literals")));
        }

        /** The regex only where one of the literals it needs occurs: a plain indexOf is far cheaper than a regex. */
        boolean foundIn(String text) {
            if (literals.stream().noneMatch(text::contains)) {
                return false;
            }
            return plainWords == null ? pattern.find(text, 0, text.length()) != null
                    : plainWords.stream().anyMatch(text::contains);
        }
    }

    private PartsDetector() {
    }

    public static Parts detect(String text) {
        return detect(text, List.of());
    }

    public static Parts detect(String text, List<SectionParser.Located> sections) {
        boolean measures = hasKind(sections, SectionKinds.MEASURES) || MEASURES.foundIn(text)
                || workVerbs(text) >= WORK_VERBS_FOR_MEASURES;
        return new Parts(measures,
                hasKind(sections, SectionKinds.RESPONSIBILITY) || RESPONSIBILITY.foundIn(text),
                hasKind(sections, SectionKinds.PROBLEMS) || PROBLEMS.foundIn(text),
                hasKind(sections, SectionKinds.PLANS) || PLANS.foundIn(text));
    }

    /** How many of the work verbs the text holds, counted up to the number that makes a measures part. */
    private static int workVerbs(String text) {
        int count = 0;
        for (java.util.regex.Matcher verb = WORK_DONE.find(text, 0, text.length());
                verb != null && count < WORK_VERBS_FOR_MEASURES; verb = WORK_DONE.find(text, verb.end(), text.length())) {
            count++;
        }
        return count;
    }

    private static boolean hasKind(List<SectionParser.Located> sections, String kind) {
        return sections.stream().anyMatch(s -> s.section().level() == 1 && kind.equals(s.section().kind()));
    }
}
