package com.fazhi.extractor.metadata;

import java.util.List;
import java.util.regex.Pattern;

import com.fazhi.extractor.model.Parts;
import com.fazhi.extractor.structure.SectionKinds;
import com.fazhi.extractor.structure.SectionParser;

/**
 * Which of the four required parts the report contains, by content: a section of that kind, or the part's own
 * wording where it sits unheaded inside another (seed 002 states its problems inside the last measures paragraph).
 */
public final class PartsDetector {

    private static final Pattern MEASURES = Pattern.compile("主要举措|举措和成效|工作情况|主要工作|主要成效|工作成效|取得的成效");
    private static final Pattern WORK_DONE = Pattern.compile("开展|推进|完成|办理|落实|建立|组织");
    private static final Pattern RESPONSIBILITY = Pattern.compile("第一责任人|主要负责人履行|述法");
    private static final Pattern PROBLEMS = Pattern.compile("存在的问题|存在问题|问题和不足|不足之处|差距和不足|不足和差距|还存在|仍存在|存在一定差距|短板|薄弱环节");
    private static final Pattern PLANS = Pattern.compile("下一步(?:工作)?(?:打算|计划|安排|思路|工作|将|,|,)|下一年度|(?:20\\d{2}年|明年)(?:度)?(?:工作)?(?:打算|计划|安排|思路|重点工作)|工作(?:打算|思路)");
    private static final int WORK_VERBS_FOR_MEASURES = 8;

    private PartsDetector() {
    }

    public static Parts detect(String text) {
        return detect(text, List.of());
    }

    public static Parts detect(String text, List<SectionParser.Located> sections) {
        boolean measures = hasKind(sections, SectionKinds.MEASURES) || found(text, MEASURES, "工作", "成效", "举措")
                || WORK_DONE.matcher(text).results().limit(WORK_VERBS_FOR_MEASURES).count() >= WORK_VERBS_FOR_MEASURES;
        return new Parts(measures,
                hasKind(sections, SectionKinds.RESPONSIBILITY) || found(text, RESPONSIBILITY, "责任人", "负责人", "述法"),
                hasKind(sections, SectionKinds.PROBLEMS) || found(text, PROBLEMS, "问题", "不足", "差距", "短板", "薄弱"),
                hasKind(sections, SectionKinds.PLANS) || found(text, PLANS, "下一", "打算", "计划", "安排", "思路"));
    }

    /** The regex only where one of the literals it needs occurs: a plain indexOf is far cheaper than an alternation. */
    private static boolean found(String text, Pattern pattern, String... requiredOneOf) {
        for (String literal : requiredOneOf) {
            if (text.contains(literal)) {
                return pattern.matcher(text).find();
            }
        }
        return false;
    }

    private static boolean hasKind(List<SectionParser.Located> sections, String kind) {
        return sections.stream().anyMatch(s -> s.section().level() == 1 && kind.equals(s.section().kind()));
    }
}
