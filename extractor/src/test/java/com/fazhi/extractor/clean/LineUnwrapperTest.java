package com.fazhi.extractor.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LineUnwrapperTest {

    private static final String PARAGRAPH_1 = "(一)深入学习贯彻习近平法治思想。县政府常务会议会前学法12次,组织全县领导干部参加法治专题培训,"
            + "全年办理行政复议案件45件,综合纠错率为8.9%,行政机关负责人出庭应诉率达到100%。";
    private static final String PARAGRAPH_2 = "(二)严格规范公正文明执法。全年开展行政执法案卷评查2次,评查案件88件,组织执法人员培训560人次,"
            + "开展普法宣传活动36场次,全县共调解矛盾纠纷1200件,调解成功率98%。";

    private static final String PARAGRAPH_3 = "(三)健全依法决策机制。全年审查重大行政决策事项16件,审查规范性文件23件,审查政府合同56份,"
            + "提出法律意见建议78条,法律顾问参与政府常务会议研究议题42次,办理政府信息公开申请128件。";

    /** A pdf's text layer: the paragraphs broken every {@code width} characters. */
    private static List<String> wrapped(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        for (int at = 0; at < paragraph.length(); at += width) {
            lines.add(paragraph.substring(at, Math.min(paragraph.length(), at + width)));
        }
        return lines;
    }

    private static String join(List<String> head, List<String>... parts) {
        List<String> all = new ArrayList<>(head);
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return String.join("\n", all);
    }

    @Test
    void linesOfOneWidthAreJoinedIntoTheirParagraphs() {
        String text = join(List.of("某县人民政府关于2023年法治政府建设情况的报告", "一、主要举措和成效"), wrapped(PARAGRAPH_1, 24),
                wrapped(PARAGRAPH_2, 24), wrapped(PARAGRAPH_3, 24));
        assertEquals(String.join("\n", "某县人民政府关于2023年法治政府建设情况的报告", "一、主要举措和成效", PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3),
                LineUnwrapper.unwrap(text));
    }

    @Test
    void aHeadingAloneATitleOrATablesRowIsNotRunOn() {
        String heading = "一、深入学习贯彻习近平法治思想坚持党的领导"; // as wide as the page, its 、 is its number's
        String title = "县人民政府关于贯彻落实法治政府建设实施纲要情况的报告"; // over an addressee that ends in a colon
        String text = join(List.of(title, "县委、县政府:", heading), wrapped(PARAGRAPH_1, 22), List.of("区交通运输局  行政许可、行政处罚  310件",
                "区司法局  行政复议案件  45件、行政应诉案件 12件"), wrapped(PARAGRAPH_2, 22), wrapped(PARAGRAPH_3, 22));
        String unwrapped = LineUnwrapper.unwrap(text);
        assertEquals(List.of(title, "县委、县政府:", heading, PARAGRAPH_1, "区交通运输局  行政许可、行政处罚  310件",
                "区司法局  行政复议案件  45件、行政应诉案件 12件", PARAGRAPH_2, PARAGRAPH_3), List.of(unwrapped.split("\n")));
    }

    @Test
    void pageNumbersGoAndClosingMarksEndASentence() {
        List<String> first = wrapped(PARAGRAPH_1 + "要求“做到应诉尽诉。”", 24);
        String text = join(first.subList(0, 3), List.of("— 3 —"), first.subList(3, first.size()), wrapped(PARAGRAPH_2, 24),
                wrapped(PARAGRAPH_3, 24));
        assertEquals(String.join("\n", PARAGRAPH_1 + "要求“做到应诉尽诉。”", PARAGRAPH_2, PARAGRAPH_3), LineUnwrapper.unwrap(text));
    }

    @Test
    void latinWordsKeepTheirSpace() {
        // a full line that ends in a Latin word, and the next that opens with one
        String text = join(List.of("县司法局开展法治宣传活动,推进全县执法 Law", "Enforcement 平台建设,全年办理行政复议案", "件45件,综合纠错率为8.9%,行政机关负责人出"),
                List.of("庭应诉率达到100%。"), wrapped(PARAGRAPH_2, 24), wrapped(PARAGRAPH_3, 24));
        String unwrapped = LineUnwrapper.unwrap(text);
        assertEquals(true, unwrapped.startsWith("县司法局开展法治宣传活动,推进全县执法 Law Enforcement 平台建设,全年办理行政复议案件45件"), unwrapped);
    }

    @Test
    void aPageWhoseLinesAreParagraphsIsLeftAsItIs() {
        // eight header rows share a length; the paragraphs under them are far longer: no wrapping
        List<String> page = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            page.add("索引号:11220502013583620H/2025-0522" + i);
        }
        page.add(PARAGRAPH_1 + PARAGRAPH_2);
        page.add(PARAGRAPH_2 + PARAGRAPH_1);
        page.add(PARAGRAPH_1 + PARAGRAPH_1);
        String text = String.join("\n", page);
        assertEquals(text, LineUnwrapper.unwrap(text));
    }

    @Test
    void tooFewLinesOfOneWidthAreNoWrapping() {
        String text = join(List.of("关于2023年法治政府建设情况的报告"), wrapped(PARAGRAPH_1, 24).subList(0, 4));
        assertEquals(text, LineUnwrapper.unwrap(text));
    }
}
