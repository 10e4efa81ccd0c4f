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

    @Test
    void aMirrorsTaiwanVocabularyBecomesTheMainlandWords() {
        assertEquals("县级以上政府共出台4195份规范性文件,均经合法性审查;受理政府信息公开申请128件;严格履行决策程序",
                ChineseScript.toMainlandWords(ChineseScript.toSimplified(
                        "縣級以上政府共出臺4195份規範性檔,均經合法性審查;受理政府資訊公開申請128件;嚴格履行決策程式")));
        assertEquals("审查规范性文件23件", ChineseScript.toMainlandWords(ChineseScript.toSimplified("審查規範性檔案23件")));
        // words the mainland uses too are left alone
        assertEquals("发放宣传资料2万份,整理执法档案", ChineseScript.toMainlandWords("发放宣传资料2万份,整理执法档案"));
    }
}
