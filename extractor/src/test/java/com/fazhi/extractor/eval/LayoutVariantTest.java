package com.fazhi.extractor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LayoutVariantTest {

    private static final String PARAGRAPH = "2023年,全县坚持以习近平法治思想为指导,县政府常务会议会前学法12次,组织1200名干部参加学法考试,合格率100%。";

    @Test
    void joinedKeepsTheHeadsShortLinesAndPutsTheBodyOnOneLine() {
        String text = "某县2023年法治政府建设年度报告\n发布日期:2024-03-01\n\n" + PARAGRAPH + "\n一、主要举措\n" + PARAGRAPH;
        assertEquals("某县2023年法治政府建设年度报告\n发布日期:2024-03-01\n" + PARAGRAPH + " 一、主要举措 " + PARAGRAPH,
                LayoutVariant.JOINED.apply(text));
    }

    @Test
    void chineseNumeralsWriteSmallCountsOnly() {
        assertEquals("学法十二次、二十名、一名、十次、九十九件余,1200名,1.5件,2,600人,合格率100%,第三次",
                LayoutVariant.CHINESE_NUMERALS.apply("学法12次、20名、1名、10次、99件余,1200名,1.5件,2,600人,合格率100%,第3次"));
    }

    @Test
    void spacedFiguresSetNumbersBetweenChineseWordsApart() {
        assertEquals("开展 12 次,2023年,达到100%", LayoutVariant.SPACED_FIGURES.apply("开展12次,2023年,达到100%"));
        assertEquals("于 2023 年 3 月", LayoutVariant.SPACED_FIGURES.apply("于2023年3月"));
    }

    @Test
    void sentenceLinesBreakAfterEveryStopThatDoesNotEndItsLine() {
        assertEquals("一、学法\n全年学法12次。\n其中专题学法4次。\n他说:“要学法。”下一句。",
                LayoutVariant.SENTENCE_LINES.apply("一、学法\n全年学法12次。其中专题学法4次。\n他说:“要学法。”下一句。"));
    }
}
