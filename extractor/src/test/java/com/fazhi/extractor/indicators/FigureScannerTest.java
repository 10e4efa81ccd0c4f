package com.fazhi.extractor.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class FigureScannerTest {

    private static List<String> scan(String text) {
        return FigureScanner.scan(text).stream().map(f -> f.value() + f.unit()).toList();
    }

    @Test
    void numbersWithMultipliersApproximationsAndParentheticals() {
        // the parenthetical belongs to the figure around it: its own 5件 is not read separately
        assertEquals(List.of("50000.0份", "13000.0名", "30.0份", "80.0%", "4800.0人", "30.0件"),
                scan("5万余份,1.3万余名,30余份,80%以上,4800人(次),30(去年转结案件5件)件"));
    }

    @Test
    void ratesInWordsAsOlderReportsWriteThem() {
        assertEquals(List.of("123.0件", "14.6%"), scan("共办理行政复议案件一百二十三件,综合纠错率为百分之十四点六。"));
        assertEquals(List.of("98.0%", "95.2%"), scan("调解成功率百分之九十八以上,出庭应诉率百分之95.2"));
        assertEquals(List.of("12000.0人"), scan("本年度参考人员达一万二千余人"));
        // a round 百 or 千 with 余/多 is a count (百余人次); alone it names a programme (千名干部, 百场报告会)
        assertEquals(List.of("100.0人次", "1000.0人"), scan("参训百余人次,覆盖千余人"));
        assertEquals(List.of(), scan("开展千名干部下基层活动"));
        // an ordinal carries over a list (第34次、40次、41次常务会议); a plain list counts
        assertEquals(List.of(), scan("市政府第34次、40次、41次常务会议先后组织会前集体学法"));
        assertEquals(List.of("12.0次", "8.0次"), scan("召开常务会议12次、会前学法8次"));
        assertEquals(List.of(), scan("市政府第三、五、七次常务会议专题学法"));
        assertEquals(List.of(), scan("第12次、15次及18次常务会议"));
    }

    @Test
    void anOfficialsNounAfterAWrittenCountIsItsMeasureWord() {
        // the noun is left to the words after the figure: 5万余|国家工作人员参加了…考试
        assertEquals(List.of("50000.0人", "47.0人"), scan("5万余国家工作人员参加了在线学法用法考试,我镇47公职人员全部通过考试"));
        List<Figure> figures = FigureScanner.scan("3800余干部参加");
        assertEquals("3800余", "3800余干部参加".substring(figures.get(0).start(), figures.get(0).end()));
        // a Chinese numeral before such a noun is a word's (庆七一党员干部大会); a section's or a list's number is none
        assertEquals(List.of(), scan("召开庆七一党员干部大会"));
        assertEquals(List.of(), scan("1.1领导干部带头学法,2 领导干部述法"));
        // 名 still wins where it is written
        assertEquals(List.of("12.0名", "14000.0名"), scan("12名干部,1.4万余名干部"));
    }

    @Test
    void aNumberInsideAQuotedNameCountsNothing() {
        assertEquals(List.of("36.0场次"), scan("“百名法学家百场报告会”宣讲团深入开展“七进”活动,全年开展各类主题活动36场次"));
        assertEquals(List.of("12.0次"), scan("开展“四下基层”12次"));
    }

    @Test
    void chineseNumeralsButNotOrdinalsOrWords() {
        assertEquals(List.of("12.0次", "205.0件"), scan("学法十二次,办理二百零五件,第一次,统一次"));
        assertEquals(List.of("12.0名"), scan("九届十一次全会,聘请新一届12名政府法律顾问"), "an ordinal after 届 is Chinese; digits count");
        assertEquals(List.of("12.0名"), scan("九届十一次全会,聘请新一届十二名政府法律顾问"), "a meeting's ordinal after 届 says 次");
        assertEquals(List.of("1.0名", "1.0次"), scan("设置一名“总法律顾问”,常务会议学法活动一次),统一次序"));
        assertEquals(List.of("1.0场"), scan("本年度共一场中心组学习"));
        assertEquals(12.0, ChineseNumerals.parse("十二"));
        assertEquals(2000.0, ChineseNumerals.parse("两千"));
        assertEquals(-1.0, ChineseNumerals.parse("十个"));
    }
}
