package com.fazhi.extractor.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CleanersTest {

    @Test
    void pageFurnitureGoesTheReportStays() {
        String page = "当前位置:首页 > 政务公开 > 法治政府建设年度报告\n某区人民政府关于2023年法治政府建设情况的报告\n"
                + "日期:2024-02-26\n字体:【 默认 超大\n分享:\n正文第一段。\n?\n?\n某区人民政府\n2024年2月26日\n"
                + "版权所有:某区人民政府\n主办单位:某区人民政府办公室\nICP备案:渝ICP备2021006398号-1 网站标识码:5002260001\n";
        assertEquals("某区人民政府关于2023年法治政府建设情况的报告\n日期:2024-02-26\n正文第一段。\n某区人民政府\n2024年2月26日\n",
                BoilerplateCleaner.clean(page));
    }

    @Test
    void aMetaTagsResidueEndsItsLine() {
        String page = "关于2017年法治政府建设工作的报告 青海省人民政府网\" > 关于2017年法治政府建设工作的报告 青海省人民政府网\" />\n2017年,在省委的坚强领导下。\n";
        assertEquals("关于2017年法治政府建设工作的报告 青海省人民政府网\n2017年,在省委的坚强领导下。\n", BoilerplateCleaner.clean(page));
        assertEquals("受理a>b类案件\n", BoilerplateCleaner.clean("受理a>b类案件\n")); // a bare > is not residue
    }

    @Test
    void aDocumentSitesPageCounterIsCutFromTheLineItOpens() {
        assertEquals("区依法行政工作报告材料2023年,区府法制办根据区政府工作重点。\n",
                BoilerplateCleaner.clean("第1页共4页区依法行政工作报告材料2023年,区府法制办根据区政府工作重点。\n"));
        assertEquals("关于2022年法治政府建设情况的报告\n", BoilerplateCleaner.clean("共 4 页 第 1 页 关于2022年法治政府建设情况的报告\n"));
        // a count of pages inside a sentence is the report's words
        assertEquals("编印学习资料第1页共4页\n", BoilerplateCleaner.clean("编印学习资料第1页共4页\n"));
        // a counter between two pages leaves no line of its own
        assertEquals("一、主要举措\n二、存在的问题\n", BoilerplateCleaner.clean("一、主要举措\n第2页共4页\n二、存在的问题\n"));
    }

    @Test
    void ocrSlipsInNumbersKeepTheirLength() {
        // two letters without a digit ("共IO家") are too little evidence of a slipped number: left alone
        assertEquals("受理1000件,满意度达到100%,ISO认证,共IO家", OcrDigitFixer.fix("受理IOOO件,满意度达到IO0%,ISO认证,共IO家"));
        assertEquals("合格率95.6%o", OcrDigitFixer.fix("合格率95.6%o"));
    }

    @Test
    void docxPageMarkersAreRemovedAndTheirSplitsJoined() {
        String dump = "《报告.docx》由会员分享。\n1、2023年度法治政府建设工作报告2023年,县政府向县委报告当年法治政\n2、府建设情况。"
                + "共发布数据资源目录1\n3、309项,审查文件8件,其中非规范性文件\n4、8件;推进\n5、惠企政策。";
        assertEquals("《报告.docx》由会员分享。\n2023年度法治政府建设工作报告2023年,县政府向县委报告当年法治政府建设情况。"
                + "共发布数据资源目录1309项,审查文件8件,其中非规范性文件8件;推进惠企政策。", PageMarkerRemover.remove(dump));
    }

    @Test
    void aRealNumberedListStays() {
        String list = "主要做法如下:\n1、加强领导。\n2、健全制度。\n3、强化监督。";
        assertEquals(list, PageMarkerRemover.remove(list));
    }
}
