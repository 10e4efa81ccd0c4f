package com.fazhi.extractor.structure;

import java.util.regex.Pattern;

import com.fazhi.reference.lexicon.Lexicon;

/** The kind of a section from its heading: the four parts the regulation requires, or other. */
public final class SectionKinds {

    public static final String MEASURES = "measures";
    public static final String RESPONSIBILITY = "responsibility";
    public static final String PROBLEMS = "problems";
    public static final String PLANS = "plans";
    public static final String OTHER = "other";

    private static final Pattern RESPONSIBILITY_HEADING = heading(RESPONSIBILITY, "heading");
    private static final Pattern PROBLEMS_HEADING = heading(PROBLEMS, "heading");
    private static final Pattern PLANS_HEADING = heading(PLANS, "heading");
    private static final Pattern MEASURES_FIRST = heading(MEASURES, "headingFirst");
    private static final Pattern OTHER_HEADING = heading(OTHER, "heading");
    private static final Pattern MEASURES_HEADING = heading(MEASURES, "heading");

    /** A part's heading cues, from lexicon/parts.json. */
    private static Pattern heading(String part, String field) {
        return Lexicon.pattern(Lexicon.get().parts().path("parts").path(part).path(field));
    }

    private SectionKinds() {
    }

    /** Top-level headings say what they are; a sub-heading without its own cue belongs to its parent's kind. */
    public static String of(String heading, String parentKind, int level) {
        if (level <= 2 || parentKind == null) {
            if (RESPONSIBILITY_HEADING.matcher(heading).find()) {
                return RESPONSIBILITY;
            }
            if (level == 1 && PROBLEMS_HEADING.matcher(heading).find()) {
                return PROBLEMS;
            }
            if (level == 1 && MEASURES_FIRST.matcher(heading).find()) {
                return MEASURES; // "2023年主要工作和成效" reports work done, though it names a year
            }
            if (level == 1 && PLANS_HEADING.matcher(heading).find()) {
                return PLANS;
            }
            if (level == 1 && OTHER_HEADING.matcher(heading).find()) {
                return OTHER;
            }
            if (level == 1 && MEASURES_HEADING.matcher(heading).find()) {
                return MEASURES;
            }
        }
        return parentKind != null ? parentKind : (level == 1 ? OTHER : MEASURES);
    }
}
