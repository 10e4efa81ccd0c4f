package com.fazhi.reference.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChineseScriptTest {

    @Test
    void traditionalIsDetectedAndConverted() {
        String traditional = "重慶市江北區人民政府郭家沱街道辦事處關於法治政府建設情況的報告";
        assertEquals(ChineseScript.TRADITIONAL, ChineseScript.detect(traditional));
        assertEquals("重庆市江北区人民政府郭家沱街道办事处关于法治政府建设情况的报告", ChineseScript.toSimplified(traditional));
        assertEquals("提供法律咨询3,600余人次", ChineseScript.toSimplified("提供法律諮詢3,600餘人次"), "諮詢 is today's 咨询");
    }

    @Test
    void simplifiedStaysSimplified() {
        String simplified = "重庆市荣昌区人民政府关于2023年法治政府建设情况的报告,全年办理行政复议案件34件";
        assertEquals(ChineseScript.SIMPLIFIED, ChineseScript.detect(simplified));
        assertEquals(simplified, ChineseScript.toSimplified(simplified));
    }

    @Test
    void textWithoutHanIsSimplified() {
        assertEquals(ChineseScript.SIMPLIFIED, ChineseScript.detect("2023 annual report"));
    }
}
