package com.fazhi.extractor.structure;

import java.util.regex.Pattern;

/** The kind of a section from its heading: the four parts the regulation requires, or other. */
public final class SectionKinds {

    public static final String MEASURES = "measures";
    public static final String RESPONSIBILITY = "responsibility";
    public static final String PROBLEMS = "problems";
    public static final String PLANS = "plans";
    public static final String OTHER = "other";

    private static final Pattern RESPONSIBILITY_HEADING = Pattern.compile("第一责任人|主要负责人|党政[^。]{0,12}履行[^。]{0,20}职责|述法");
    private static final Pattern PROBLEMS_HEADING = Pattern.compile("问题|不足|差距|短板|困难|薄弱");
    private static final Pattern PLANS_HEADING = Pattern.compile("下一步|下一年|打算|计划|安排|思路|展望|努力方向|(?:20\\d{2}|明)年(?:度)?(?:工作|重点|主要)");
    private static final Pattern MEASURES_FIRST = Pattern.compile("成效|举措|工作情况|做法");
    private static final Pattern OTHER_HEADING = Pattern.compile("其他|其它");
    private static final Pattern MEASURES_HEADING = Pattern.compile("举措|成效|工作情况|主要工作|做法|措施|推进法治|建设情况|总体情况|工作开展|取得");

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
