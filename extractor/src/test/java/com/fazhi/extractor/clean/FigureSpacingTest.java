package com.fazhi.extractor.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FigureSpacingTest {

    @Test
    void aFigureSplitBySpacesIsOneFigure() {
        assertEquals("共排查调处矛盾纠纷2318件,调解成功率98.3%。", FigureSpacing.mend("共排查调处矛盾纠纷2 318件,调解成功率98.3 %。"));
        assertEquals("收到申请12345件,纠错率99.1%", FigureSpacing.mend("收到申请12\u2009345件,纠错率99. 1%"));
        assertEquals("共1234567件", FigureSpacing.mend("共1 234 567件"));
    }

    @Test
    void aFigureSplitByALineBreakIsOneFigure() {
        assertEquals("受理法律援助案件412件,", FigureSpacing.mend("受理法律援助案件412\n件,"));
        assertEquals("纠错率为11.2%。", FigureSpacing.mend("纠错率为11.\n2%。"));
        assertEquals("集体学法6次;", FigureSpacing.mend("集体学法\n6次;"));
    }

    @Test
    void aNumberSetOffBySpacesKeepsItsUnitOrItsDatesWords() {
        assertEquals("2025年03月19日 09时07分", FigureSpacing.mend("2025年 03 月 19 日 09时 07 分"));
        assertEquals("审议了2023年度报告,举办培训班10余期,培训700余人", FigureSpacing.mend("审议了 2023 年度报告,举办培训班 10 余期,培训 700 余人"));
        assertEquals("现将武定县人民政府办公室2022年开展", FigureSpacing.mend("现将武定县人民政府办公室 2022 年开展"));
        assertEquals("行政机关负责人100%出庭应诉", FigureSpacing.mend("行政机关负责人 100% 出庭应诉"));
        assertEquals("出庭应诉率连续3年保持100%", FigureSpacing.mend("出庭应诉率连续 3 年保持 100%"));
        assertEquals("% 中", FigureSpacing.mend("% 中"), "a sign alone at the start");
    }

    @Test
    void otherSpacesAndBreaksStay() {
        assertEquals("2023年 全县\n一、主要举措", FigureSpacing.mend("2023年 全县\n一、主要举措"));
        assertEquals("1. 2023年,全县", FigureSpacing.mend("1. 2023年,全县"));
        assertEquals("强化学习\n2023年,全县开展", FigureSpacing.mend("强化学习\n2023年,全县开展"));
        assertEquals("第3页 共5页", FigureSpacing.mend("第3页 共5页"));
        assertEquals("产生日期 2022-01-24 来源 县司法局", FigureSpacing.mend("产生日期 2022-01-24 来源 县司法局"));
        assertEquals("发布日期 2023年3月30日", FigureSpacing.mend("发布日期 2023 年 3 月 30 日"), "a labelled date keeps its space");
        assertEquals("浏览次数: 123 分享到 点击: 56 日期:", FigureSpacing.mend("浏览次数: 123 分享到 点击: 56 日期:"), "no date's word");
        assertEquals("2023年 全县开展12次", FigureSpacing.mend("2023年 全县开展12次"));
        assertEquals("2023年3月 12家单位", FigureSpacing.mend("2023年3月 12 家单位"), "a count after a date is no day");
    }
}
