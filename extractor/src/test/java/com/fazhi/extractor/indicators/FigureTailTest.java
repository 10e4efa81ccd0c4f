package com.fazhi.extractor.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Where a 、 ends a figure's item: after a number and its unit, or a number's own last word (余, 万), never after a noun. */
class FigureTailTest {

    @Test
    void aFigureEndingInItsUnitOrItsNumberWordsEndsAnItem() {
        assertEquals("审查重大行政决策合同", IndicatorRule.governedItem("审查重大行政决策1件、合同"));
        assertEquals("审查重大行政决策合同", IndicatorRule.governedItem("审查重大行政决策12场次、合同"));
        assertEquals("共审查合同规范性文件", IndicatorRule.governedItem("共审查合同200余、规范性文件"));
        assertEquals("覆盖群众干部", IndicatorRule.governedItem("覆盖群众1.2万、干部"));
    }

    @Test
    void aNounListIsNoFigure() {
        assertNull(IndicatorRule.governedItem("组织镇村干部、执法人员开展集中学法"));
    }
}
