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
    void otherSpacesAndBreaksStay() {
        assertEquals("2023年 全县\n一、主要举措", FigureSpacing.mend("2023年 全县\n一、主要举措"));
        assertEquals("1. 2023年,全县", FigureSpacing.mend("1. 2023年,全县"));
        assertEquals("强化学习\n2023年,全县开展", FigureSpacing.mend("强化学习\n2023年,全县开展"));
        assertEquals("第3页 共5页", FigureSpacing.mend("第3页 共5页"));
    }
}
