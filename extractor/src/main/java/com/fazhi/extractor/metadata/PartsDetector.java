package com.fazhi.extractor.metadata;

import java.util.regex.Pattern;

import com.fazhi.extractor.model.Parts;

/** Which of the four required parts the text contains, by content: a part can sit unheaded inside another. */
public final class PartsDetector {

    private static final Pattern MEASURES = Pattern.compile("主要举措|举措和成效|工作情况|主要工作|主要成效|工作成效|取得的成效");
    private static final Pattern RESPONSIBILITY = Pattern.compile("第一责任人|主要负责人履行|述法");
    private static final Pattern PROBLEMS = Pattern.compile("存在的问题|存在问题|不足|差距|短板|薄弱");
    private static final Pattern PLANS = Pattern.compile("下一步|下一年度|工作安排|工作打算|工作计划|工作思路|20\\d{2}年(?:工作|重点|主要)");

    private PartsDetector() {
    }

    public static Parts detect(String text) {
        return new Parts(MEASURES.matcher(text).find(), RESPONSIBILITY.matcher(text).find(),
                PROBLEMS.matcher(text).find(), PLANS.matcher(text).find());
    }
}
