package com.fazhi.extractor.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {

    @Test
    void aSpaceAfterASentencesStopEndsAParagraph() {
        assertEquals("提供了有力法治保障。\n一、强化思想引领", ParagraphSplitter.split("提供了有力法治保障。 一、强化思想引领"));
        assertEquals("一是成立领导小组。\n成立了以市长为组长的", ParagraphSplitter.split("一是成立领导小组。  成立了以市长为组长的"));
        assertEquals("学习“宪法”。”\n二是", ParagraphSplitter.split("学习“宪法”。” 二是"));
        assertEquals("覆盖率达100%;\n(二)深耕宣传教育", ParagraphSplitter.split("覆盖率达100%; (二)深耕宣传教育"));
    }

    @Test
    void aSpaceBeforeAHeadingsNumberingEndsAParagraph() {
        assertEquals("现将有关情况报告如下:\n一、2023年主要举措和成效\n(一)坚持党委领导,不断筑牢法治建设阵地",
                ParagraphSplitter.split("现将有关情况报告如下: 一、2023年主要举措和成效 (一)坚持党委领导,不断筑牢法治建设阵地"));
        assertEquals("主要成效\n1.加强学习", ParagraphSplitter.split("主要成效 1.加强学习"));
        assertEquals("(一)学习贯彻习近平法治思想\n一是激发", ParagraphSplitter.split("(一)学习贯彻习近平法治思想 一是激发"));
    }

    @Test
    void aPagesLabelsStayOnTheirLine() {
        assertSame("芷江侗族自治县人民政府 发布时间: 2026-03-03 09:36", ParagraphSplitter.split("芷江侗族自治县人民政府 发布时间: 2026-03-03 09:36"));
        assertSame("会议时间:3月1日", ParagraphSplitter.split("会议时间:3月1日"));
    }

    @Test
    void aSignaturesDateStandsOnItsOwnLine() {
        assertEquals("重庆市江北区人民政府郭家沱街道办事处\n2025年1月14日", ParagraphSplitter.split("重庆市江北区人民政府郭家沱街道办事处 2025年1月14日"));
        assertEquals("某县人民政府\n2024年3月1日\n打印本页", ParagraphSplitter.split("某县人民政府 2024年3月1日 打印本页"));
        assertSame("于 2024年3月1日召开", ParagraphSplitter.split("于 2024年3月1日召开"));
        assertSame("今天是: 2018年9月10日 星期一", ParagraphSplitter.split("今天是: 2018年9月10日 星期一"));
        assertEquals("某县人民政府\n2024 年 3 月 1 日", ParagraphSplitter.split("某县人民政府 2024 年 3 月 1 日"));
        for (String kept : new String[] {"今天是 2018年9月10日 星期一", "发布时间 2023年03月30日 09:24", "会议于 2024年3月1日 召开",
            "某县人民政府 2024年3月1日 09:30"}) {
            assertSame(kept, ParagraphSplitter.split(kept), kept);
        }
    }

    @Test
    void otherSpacesStay() {
        String[] kept = {"合格率达到 100%,", "合格率达到 99. 1%", "序号 1 人民调解", "中共沙市镇委员会 沙市镇人民政府关于2022年法治政府建设情况的报告", "来源: 司法局",
            "2023-03-30 09:24", "共 1.5万人", "第3页 共5页", "关于 2022 年法治政府建设", "版本 2.0"};
        for (String text : kept) {
            assertSame(text, ParagraphSplitter.split(text), text);
        }
        assertEquals("成效明显。\n(二)", ParagraphSplitter.split("成效明显。\n(二)"));
        assertSame("成效明显。 ", ParagraphSplitter.split("成效明显。 ")); // a line's own end is the normaliser's to trim
    }
}
