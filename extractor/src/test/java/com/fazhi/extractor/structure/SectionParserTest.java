package com.fazhi.extractor.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fazhi.contract.model.Section;

class SectionParserTest {

    @Test
    void headingTreeWithKinds() {
        String text = "一、2023年主要工作和成效\n(一)深入学习贯彻习近平法治思想。全年开展学习12次。\n1.加强组织领导\n"
                + "二、党政主要负责人履行推进法治建设第一责任人职责情况\n三2023年存在的问题和不足\n(一)基层力量薄弱\n"
                + "四、2024年工作安排\n五、其他需要报告的情况\n";
        List<Section> roots = SectionParser.parse(text).roots();
        assertEquals(List.of("measures", "responsibility", "problems", "plans", "other"),
                roots.stream().map(Section::kind).toList());
        Section first = roots.get(0);
        assertEquals("深入学习贯彻习近平法治思想", first.children().get(0).heading());
        assertEquals("(一)".substring(1, 2), first.children().get(0).number());
        assertEquals("加强组织领导", first.children().get(0).children().get(0).heading());
        assertEquals("problems", roots.get(2).children().get(0).kind());
    }

    @Test
    void headingAtAnOffset() {
        String text = "一、主要举措\n(一)复议\n办理行政复议案件34件。\n";
        assertEquals("复议", SectionParser.parse(text).headingAt(text.indexOf("34")));
    }
}
