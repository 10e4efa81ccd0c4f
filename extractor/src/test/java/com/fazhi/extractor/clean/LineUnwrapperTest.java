package com.fazhi.extractor.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineUnwrapperTest {

    /** A pdf's text layer: every line as wide as the page, sentences running across the breaks. */
    private static final String WRAPPED = String.join("\n",
            "某县人民政府关于2023年法治政府建设情况的报告",
            "",
            "一、主要举措和成效",
            "(一)深入学习贯彻习近平法治思想。县政府常务会议",
            "会前学法12次,组织全县领导干部参加法治专题培训,",
            "全年办理行政复议案件45件,综合纠错率为8.9%,行政",
            "机关负责人出庭应诉率达到100%。",
            "(二)严格规范公正文明执法。全年开展行政执法案卷评",
            "查2次,评查案件88件,组织执法人员培训560人次。");

    @Test
    void linesOfOneWidthAreJoinedIntoTheirParagraphs() {
        assertEquals(String.join("\n",
                "某县人民政府关于2023年法治政府建设情况的报告",
                "",
                "一、主要举措和成效",
                "(一)深入学习贯彻习近平法治思想。县政府常务会议会前学法12次,组织全县领导干部参加法治专题培训,全年办理行政复议案件45件,综合纠错率为8.9%,行政机关负责人出庭应诉率达到100%。",
                "(二)严格规范公正文明执法。全年开展行政执法案卷评查2次,评查案件88件,组织执法人员培训560人次。"),
                LineUnwrapper.unwrap(WRAPPED));
    }

    @Test
    void aFullLineBeforeAHeadingOrAfterASentenceEndKeepsItsBreak() {
        String text = String.join("\n",
                "全年开展行政执法案卷评查2次,评查案件88件,执法",
                "人员培训560人次,法治宣传活动36场次,覆盖群众",
                "12000余人,法律顾问审查合同56份,提出意见建议",
                "(二)严格规范公正文明执法。全年开展行政执法案卷",
                "评查工作,评查案件88件,组织执法人员培训560人",
                "次,全县行政机关负责人出庭应诉率达到100%。今年",
                "二、存在的问题");
        assertEquals(String.join("\n",
                "全年开展行政执法案卷评查2次,评查案件88件,执法人员培训560人次,法治宣传活动36场次,覆盖群众12000余人,法律顾问审查合同56份,提出意见建议",
                "(二)严格规范公正文明执法。全年开展行政执法案卷评查工作,评查案件88件,组织执法人员培训560人次,全县行政机关负责人出庭应诉率达到100%。今年",
                "二、存在的问题"), LineUnwrapper.unwrap(text));
    }

    @Test
    void aPageWhoseLinesAreParagraphsIsLeftAsItIs() {
        // a header's lines share a length; the paragraphs under them are far longer: no wrapping
        String page = String.join("\n",
                "湖北省市场监督管理局2021年法治政府建设年度报告",
                "湖北省市场监督管理局2021年法治政府建设年度报告",
                "2022-02-11 11:50 湖北省市场监督管理局",
                "发布机构 湖北省市场监督管理局 文    号",
                "",
                "2021年以来,省市场监管局坚持以习近平新时代中国特色社会主义思想为指导,认真学习贯彻习近平法治思想,深入贯彻落实党中央、国务院关于法治建设工作的决策部署,推动法治市场监管建设再上新台阶。",
                "一、深入学习贯彻习近平法治思想",
                "省局党组书记、局长多次主持召开党组会议,专题学习习近平法治思想,局党组会议会前学法8次,组织全局干部参加网上学法考试,参考率和合格率均达100%。");
        assertEquals(page, LineUnwrapper.unwrap(page));
    }

    @Test
    void aHeadersFullWidthRowIsNotRunOnIntoTheTitle() {
        // after normalisation no blank line parts the breadcrumb from the title: the breadcrumb has no comma or stop
        String text = String.join("\n",
                "您当前的位置:首页>政务公开>政府信息公开目录>年度报告",
                "忠县人民政府2021年法治政府建设年度报告",
                "日期:2022-02-14",
                "2021年,忠县坚持以习近平新时代中国特色社会主义思想为指导,深",
                "学笃用习近平法治思想,深入贯彻党的十九大和十九届二中、三中全会",
                "精神,严格按照《法治政府建设实施纲要》要求,全面推进依法行政工",
                "作,县政府常务会议会前学法12次,组织领导干部集中学法4次。");
        assertEquals(String.join("\n",
                "您当前的位置:首页>政务公开>政府信息公开目录>年度报告",
                "忠县人民政府2021年法治政府建设年度报告",
                "日期:2022-02-14",
                "2021年,忠县坚持以习近平新时代中国特色社会主义思想为指导,深学笃用习近平法治思想,深入贯彻党的十九大和十九届二中、三中全会"
                        + "精神,严格按照《法治政府建设实施纲要》要求,全面推进依法行政工作,县政府常务会议会前学法12次,组织领导干部集中学法4次。"),
                LineUnwrapper.unwrap(text));
    }

    @Test
    void tooFewLinesOfOneWidthAreNoWrapping() {
        String text = "关于2023年法治政府建设情况的报告\n县政府常务会议会前学法12次,组织\n全县领导干部参加法治专题培训。";
        assertEquals(text, LineUnwrapper.unwrap(text));
    }
}
