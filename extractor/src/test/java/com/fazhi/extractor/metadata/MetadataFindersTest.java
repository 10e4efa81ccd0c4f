package com.fazhi.extractor.metadata;

import com.fazhi.reference.compliance.ComplianceCalculator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fazhi.contract.model.Compliance;
import com.fazhi.contract.model.Parts;

class MetadataFindersTest {

    /** A page with each sentence on a line of its own: a sentence that names a report is no title. */
    @Test
    void aBodySentenceThatNamesAReportIsNoTitle() {
        for (String sentence : List.of("认真落实法治政府报告制度,推动各级政府和部门向社会公开报告内容。",
                "完成年度法治政府建设工作情况报告,推动落实《法治政府建设实施纲要》。",
                "将我区53个述法对象单位撰写述法报告、将履行推进法治建设工作情况列入年终述职报告。",
                "举办深学笃用习近平法治思想宣讲报告会3场。",
                "市委常委会会议、市政府常务会议定期听取法治政府建设情况报告,研究制定工作计划。",
                "区政府常务会议专题审议2023年度法治政府建设情况报告")) { // a line that ends in 报告: only 审议 tells
            assertNull(TitleFinder.find(List.of("2023年,我区坚持以习近平法治思想为指导。", sentence, "全年开展学法12次。")), sentence);
        }
        assertEquals("2023年度法治政府建设工作报告", TitleFinder.find(List.of("2023年度法治政府建设工作报告 2023年,我区坚持依法行政。")),
                "a title followed by the page's body on its line is still one");
        assertEquals("2023年度法治政府建设工作报告", TitleFinder.find(List.of("1、2023年度法治政府建设工作报告2023年,在市委的正确领导下")),
                "a document page's marker 1、 before the title is no heading");
    }

    @Test
    void titleAfterBreadcrumbsAndBehindAPageMarker() {
        assertEquals("重庆市荣昌区人民政府关于2023年法治政府建设情况的报告", TitleFinder.find(List.of(
                "当前位置:首页 > 政务公开 > 法治政府建设年度报告", "重庆市荣昌区人民政府关于2023年法治政府建设情况的报告", "日期:2024-02-26")));
        assertEquals("梅州市司法局2022年法治政府建设年度报告", TitleFinder.find(List.of("页面:",
                "梅州市人民政府门户网站 梅州市司法局 公示公告 梅州市司法局2022年法治政府建设年度报告", "当前位置:首页 > 政务公开 > 市司法局 > 公示公告",
                "梅州市司法局2022年法治政府建设年度报告", "来源:本网   时间:2023-01-19 10:40:25", "2022年,梅州市司法局坚持以习近平法治思想为指导。")),
                "the title alone below a line that runs the site's and column's names before it");
        assertEquals("广州市南沙区人民政府珠江街道办事处关于2024年度法治政府建设情况的报告", TitleFinder.find(List.of(
                "您现在的位置:首页 > 政务公开 > 法治政府建设 > 镇街法治政府建设报告", "", "镇街法治政府建设报告",
                "广州市南沙区人民政府珠江街道办事处关于2024年度法治政府建设情况的报告", "", "来源:珠江街发布日期:2025-01-14",
                "2024年,在区委、区政府正确领导下,珠江街坚持以习近平法治思想为指导。")),
                "the column's yearless name over the report's dated title");
        assertEquals("琼海市人民政府 关于2023年度法治政府建设情况的报告", TitleFinder.find(List.of("琼海市人民政府 关于2023年度法治政府建设情况的报告",
                "关于2023年度法治政府建设情况的报告", "2023年,我市坚持以习近平法治思想为指导。")),
                "an issuer, a space, then 关于…: the part below names no issuer");
        assertEquals("中共大通镇委员会 大通镇人民政府关于2023年度法治政府建设情况的报告", TitleFinder.find(List.of(
                "中共大通镇委员会 大通镇人民政府关于2023年度法治政府建设情况的报告", "大通镇人民政府关于2023年度法治政府建设情况的报告",
                "2023年,我镇坚持以习近平法治思想为指导。")), "a joint title keeps its first issuer");
        assertEquals("2023年度法治政府建设工作报告", TitleFinder.find(List.of(
                "《2023年度法治政府建设工作报告.docx》由会员分享,可在线阅读", "1、2023年度法治政府建设工作报告2023年,在市委、市政府的正确领导下")));
        // a site's list of links to other reports is not this page's title; a bulleted metadata row with its label is
        assertNull(TitleFinder.find(List.of("• 情况报告", "  • 自查报告", "  • [山东省政府发布2018年度法治政府建设情况报告] 对法治政府建设的思考",
                "时间:2018-07-23", "2016年,全省各级政府坚持依法行政。")));
        assertEquals("黑龙江省司法厅关于2023年法治政府建设情况的报告", TitleFinder.find(List.of("• 索引号: 123", "• 标题: 黑龙江省司法厅关于2023年法治政府建设情况的报告", "• 发布日期: 2024-03-01")));
        // a bureau's party group issues the report on its own line above the title; a title may add the next year's 方案
        assertEquals("中共青岛市交通运输局党组2022年度法治政府建设报告", TitleFinder.find(List.of(
                "中共青岛市交通运输局党组", "2022年度法治政府建设报告", "2022年,市交通运输局党组坚持以习近平新时代中国特色社会主义思想为指导,深入学习。")));
        assertEquals("2023年度乡镇法治政府建设情况报告及2023年工作方案", TitleFinder.find(List.of(
                "2023年度乡镇法治政府建设情况报告及2023年工作方案", "区政府:")));
        // a page headline naming only the place gives way to the heading below whose issuer stands alone on its line
        assertEquals("秀山土家族苗族自治县人民政府关于2020年度法治政府建设情况的报告", TitleFinder.find(List.of(
                "秀山土家族苗族自治县2020年度法治政府建设情况报告", "秀山土家族苗族自治县人民政府", "关于2020年度法治政府建设情况的报告", "市政府:")));
        // a bureau's party group as a sentence's subject: the bureau speaks
        assertTrue(LevelClassifier.speaksAsDepartment("按照纲要要求推进。2021年,生态环境局党组集中学习习近平法治思想4次。", 0));
        assertFalse(LevelClassifier.speaksAsDepartment("按照纲要要求推进。2021年,区生态环境局党组组长带队检查。", 0)); // a person's title
        // a bureau's head named as the one who fulfils the 第一责任人 duties, in the first part: the bureau reports
        String opening = "2020年,嘉定区教育法治工作以习近平法治思想为指导,现将建设推进情况报告如下:\n(一)压实责任\n";
        assertTrue(LevelClassifier.speaksAsDepartment(opening + "区教育局党政主要负责人切实履行推进法治建设第一责任人职责。", 0));
        // not a party committee's head in a government's report, nor every department's heads
        assertFalse(LevelClassifier.speaksAsDepartment(opening + "县委主要负责同志切实履行推进法治建设第一责任人职责。", 0));
        assertFalse(LevelClassifier.speaksAsDepartment(opening + "督促各部门主要负责人履行推进法治建设第一责任人职责。", 0));
        assertFalse(LevelClassifier.speaksAsDepartment(opening + "督促各委办局主要负责人切实履行推进法治建设第一责任人职责。", 0));
        assertFalse(LevelClassifier.speaksAsDepartment(opening + "县直各局主要负责同志认真履行推进法治建设第一责任人职责。", 0));
        assertFalse(LevelClassifier.speaksAsDepartment(opening + "中共某县委员会主要负责同志履行推进法治建设第一责任人职责。", 0));
        // a subject's verb phrase may open with 奋力 (2020年,在市委市政府领导下,市司法局奋力扛起…)
        String striving = "2020年,在市委市政府正确领导下,市司法局奋力扛起法治建设统筹协调的重要责任。";
        assertEquals("department", LevelClassifier.Speaker.of(striving, 0).level());
        assertTrue(LevelClassifier.speaksAsDepartment(striving, 0));
        // a clause that says what the year was, then the frame it worked in, then the bureau
        assertEquals("department", LevelClassifier.fromOpeningSubject(
                "2023年是学习贯彻党的二十大精神开局之年,根据工委依法治区办要求,区行政审批局党组紧紧围绕法治建设工作目标任务。", 0));
        assertEquals("department", LevelClassifier.fromOpeningSubject(
                "2025年是“十四五”规划收官之年,是推进中国式现代化行稳致远的关键一年,市国资委深入学习习近平法治思想。", 0), "two clauses on the year");
        // a bureau's party group as an enumeration's subject (二是局党组…)
        assertTrue(LevelClassifier.speaksAsDepartment("按照工作要求,现将2024年法治政府建设情况报告如下。\n一是推动领导干部带头学习。二是局党组严格落实“第一议题”要求。", 0));
        // the bureau's tier word after the leadership it works under: a city's bureau, whatever province it names later
        assertEquals("city", LevelClassifier.Speaker.of("2023年,在市委、市政府的正确领导下,市科技局以习近平新时代中国特色社会主义思想为指导,"
                + "聚焦法治杭州建设重点任务。2023年,再度获得浙江省科技创新鼎。", 0).governmentTier());
        // a bureau's other names in brackets between its name and its verb
        assertTrue(LevelClassifier.speaksAsDepartment("2025年,市数据局(市营商环境建设局、市行政审批局)在市委、市政府的坚强领导下,深入学习贯彻习近平法治思想。", 0));
        // several 在…下 clauses before the subject: the subject is the township, not the 县 of the second clause
        assertEquals("township", LevelClassifier.Speaker.of("2023年,在县委、县政府的坚强领导下,在县依法治县领导小组的关心指导下,可大乡按照上级部署,坚持以法治教育为先导。", 0).level());
        // a street a title issues, even one the division table does not know; not 乡镇, every township's word
        assertEquals("桂东街道", LevelClassifier.townshipIssuing("垫江县桂东街道2025年全面依法治县和法治政府建设工作报告"));
        assertEquals(null, LevelClassifier.townshipIssuing("垫江县乡镇2025年法治政府建设工作报告"));
        assertEquals(null, LevelClassifier.townshipIssuing("垫江县2025年法治政府建设工作报告"));
        assertEquals("包场镇", LevelClassifier.townshipIssuing("2023年度包场镇法治政府建设工作报告"), "the year first (dev69 PC03)");
        assertEquals(null, LevelClassifier.townshipIssuing("2023年度全镇法治政府建设工作报告"));
        assertEquals("桂东街道", LevelClassifier.townshipIssuing("重庆市垫江县桂东街道2025年法治政府建设工作报告"));
        assertEquals("桂阳街道", LevelClassifier.townshipIssuing("垫江县人民政府桂阳街道办事处2025年法治政府建设工作报告"));
        assertEquals("新市镇", LevelClassifier.townshipIssuing("德清县新市镇2024年法治政府建设工作报告"));
        // an office named 处 speaks as a department; a street's 办事处 does not
        assertTrue(LevelClassifier.speaksAsDepartment("2023年以来,地区司法处坚持以习近平法治思想为指导。", 0));
        assertFalse(LevelClassifier.speaksAsDepartment("2023年以来,街道办事处坚持以习近平法治思想为指导。", 0));
        // a township's party committee reports at its township's level
        assertEquals("township", LevelClassifier.classify("乡镇委员会", "2024年,我镇认真贯彻习近平法治思想。"));
        assertEquals("长沙市2023年法治政府建设情况报告", TitleFinder.find(List.of(
                "长沙市政府门户网站-长沙市2023年法治政府建设情况报告_足彩app", "首页 > 市政府 > 通知公告")),
                "a browser title's site name before a hyphen is no part of the title");
        assertEquals("退役军人事务局关于2023年度法治政府建设情况的报告", TitleFinder.find(List.of(
                "环球国际", "环球国际(中国)官方网站 退役军人事务局关于2023年度法治政府建设情况的报告")),
                "nor one before a space");
    }

    @Test
    void titleSplitOverTwoLinesOrBehindADocumentNumber() {
        assertEquals("重庆市荣昌区人民政府关于2023年法治政府建设情况的报告",
                TitleFinder.find(List.of("重庆市荣昌区人民政府", "关于2023年法治政府建设情况的报告")));
        // the issuer and its 关于 on the first line, the rest a title of its own on the second (dev57 LF19)
        assertEquals("长春市人民政府关于2023年度法治政府建设情况的报告",
                TitleFinder.find(List.of("当前位置:  首页 >  政务 >  通知公告", "长春市人民政府关于", "2023年度法治政府建设情况的报告", "时间:2024-04-01 15:02 来源:")));
        assertEquals("重庆市荣昌区人民政府关于2023年法治政府建设情况的报告",
                TitleFinder.find(List.of("荣府发〔2024〕5号 重庆市荣昌区人民政府关于2023年法治政府建设情况的报告")));
        // a page's title naming no body gives way to the document's heading under the date line, split over two lines
        assertEquals("山东省交通运输厅关于2019年度法治建设情况的报告", TitleFinder.find(List.of("2019年度法治政府建设报告",
                "发布时间:2020-02-28 15:15 浏览次数:", "分享到:", "山东省交通运输厅关于2019年度", "法治建设情况的报告",
                "2019年,在省委、省政府的正确领导下,省交通运输厅以习近平新时代中国特色社会主义思想为指导。")));
        // a copy site's headline of another year gives way to the document's heading the body's opening agrees with
        assertEquals("县2019年法治政府建设工作总结", TitleFinder.find(List.of("县 2022 年法治政府建设工作总结", "县2019年法治政府建设工作总结",
                "2019年,我县法治政府建设工作在市委、市政府的正确领导下,坚持以习近平新时代中国特色社会主义思想为指导。")));
        // but not a metadata row joined to the title under it
        assertEquals("2024年度浦东新区川沙新镇人民政府法治政府建设情况报告", TitleFinder.find(List.of("2024年度浦东新区川沙新镇人民政府法治政府建设情况报告",
                "公开类别主动公开发布时间2025-03-10", "2024年度浦东新区川沙新镇人民政府法治政府建设情况报告")));
    }

    @Test
    void bracketedPageDateAndChineseNumeralSignature() {
        assertEquals("2024-03-01", PublicationDateFinder.find(List.of("发布日期:[2024-03-01]", "正文")));
        // dev62 LS11: a metadata line glued together, the site's publication labelled 网站发布
        assertEquals("2023-03-07", PublicationDateFinder.find(List.of("濮阳市人民政府关于2022年度法治政府建设情况的报告",
                "序号:1000005294发布机构:市司法局公开形式:主动公开公开时限:常年公开网站发布:2023-03-07", "正文")));
        assertEquals("2024-02-19", PublicationDateFinder.find(List.of("泉州市人民政府关于2023年法治政府建设情况的报告",
                "来源:市司法局 2024-02-19 10:57 阅读人数:1", "正文")), "a source line's date before the page's reading count");
        // a repost site's day-first date alone under the title; not a figure like 1.5.2 in a sentence
        assertEquals("2018-04-13", PublicationDateFinder.find(List.of("省教育厅2017年法治政府建设工作报告", "13.04.2018  13:14", "正文")));
        assertNull(PublicationDateFinder.find(List.of("标题", "增长13.04.2018倍的说法", "正文")));
        // a date closing a source or title line, after a space or in brackets, or opening a line before a bar
        assertEquals("2026-03-16", PublicationDateFinder.find(List.of("标题", "来源:陕西日报 2026-03-16 08:15", "正文")));
        assertEquals("2022-03-15", PublicationDateFinder.find(List.of("标题", "省政府办公厅 2022-03-15", "正文")));
        assertEquals("2020-01-07", PublicationDateFinder.find(List.of("标题", "2020年01月07日 10:50来源: 四川省眉山市生态环境局浏览:", "正文")));
        assertEquals("2024-02-26", PublicationDateFinder.find(List.of("上海市司法局2023年法治政府建设情况报告 (2024-02-26)", "正文")));
        assertEquals("2026-01-20", PublicationDateFinder.find(List.of("标题", "2026-01-20 17:01  |  武汉市水务局", "正文")));
        assertEquals(null, PublicationDateFinder.find(List.of("标题", "自2024-02-26起施行的办法", "正文")));
        assertEquals("2024-03-01", PublicationDateFinder.find(List.of("正文。", "某县人民政府", "二〇二四年三月一日")));
    }

    @Test
    void thePublicationDateBeforeTheDocumentsIssueDate() {
        // a disclosure table's 发文日期 may be the day before its 发布日期: the page's publication date wins
        assertEquals("2025-12-16", PublicationDateFinder.find(List.of("某局2025年度法治政府建设工作报告",
                "索 引 号: 011396186/2025-42400 发布机构: 某局 发文日期: 2025年12月15日 10:20:00 文  号:无 发布日期: 2025年12月16日 10:23:58",
                "正文")));
        assertEquals("2025-12-15", PublicationDateFinder.find(List.of("标题", "发文日期: 2025年12月15日", "正文")));
    }

    @Test
    void aDateGluedToItsSourceLineOrBoxedApartFromItsYear() {
        assertEquals("2023-03-10", PublicationDateFinder.find(List.of("岳阳市人民政府关于2022年度法治政府建设工作情况的报告", "",
                "来源:岳阳市司法局2023-03-10 11:29", "浏览量:1", "正文")));
        assertEquals("2023-04-19", PublicationDateFinder.find(List.of("2023", "04/19", "11:17", "来源:", "市交通运输局", "正文")));
        assertNull(PublicationDateFinder.find(List.of("标题", "2023", "04/19是一个比例", "正文")));
        // the page's boxed date, not the signing date its metadata states
        assertEquals("2023-04-19", PublicationDateFinder.find(List.of("2023", "04/19", "成文日期:2023-04-10", "正文")));
        assertEquals("2023-03-10", PublicationDateFinder.find(List.of("标题", "信息来源:中共某市委全面依法治市委员会办公室2023-03-10 11:29", "正文")),
                "a source line longer than the label's reach");
    }

    @Test
    void noTitleWhenTheTextShowsNone() {
        assertNull(TitleFinder.find(List.of("2024年,郭家沱街道在区委、区政府的坚强领导下,现将郭家沱街道2024年度法治政府建设情况报告如下:")));
    }

    @Test
    void pageDateLineWinsOverTheSignatureAndGarbledDatesAreSkipped() {
        assertEquals("2024-02-26", PublicationDateFinder.find(List.of("标题", "日期:2024-02-26", "正文", "202421")));
        assertEquals("2023-03-27", PublicationDateFinder.find(List.of("索引号", "K26058142/2023-14790", "发文日期", "2023年03月27日 16:43:09")));
        assertEquals("2025-01-14", PublicationDateFinder.find(List.of("正文。", "重庆市江北区人民政府郭家沱街道办事处", "2025年1月14日", "?")));
        assertNull(PublicationDateFinder.find(List.of("正文", "2025年7月30日日", "发布时间:2024-02-30")));
    }

    @Test
    void reportYearIsTheTitlesYearNotThePublicationYear() {
        assertEquals(2022, ReportYearFinder.find("十堰市茅箭区人民政府2022年法治政府建设工作报告", "…2023年工作计划", "2023-03-27"));
        assertEquals(2024, ReportYearFinder.find(null, "2024年,郭家沱街道在区委的领导下", null));
        assertEquals(2023, ReportYearFinder.find(null, "正文没有年份", "2024-02-01"));
        assertEquals(2024, ReportYearFinder.find(null, "2024年惠阳区法治政府建设,坚持以习近平法治思想为指导。区政府常务会议审议了2023年度法治政府建设年度报告。", null),
                "the year of the report a meeting reviewed is the year before");
        assertEquals(2022, ReportYearFinder.find(null, "根据规定,现按要求报送我局2022年度法治政府建设年度报告。一、推进法治政府建设。2021年以来", null),
                "the report a body sends is this one");
        assertEquals(2023, ReportYearFinder.find(null, "现公布我局2023年度法治政府建设情况报告如下:一、推进法治政府建设。局党组审议通过了2022年度法治政府建设工作报告。", null),
                "the report made public here is this one");
        assertEquals(2024, ReportYearFinder.find(null, "2024年惠阳区法治政府建设,坚持以习近平法治思想为指导。区委常委会听取2023年度法治政府建设工作情况汇报。", null),
                "a report heard as a briefing");
        assertEquals(2021, ReportYearFinder.find(null, "您当前的位置: 首页> 政务公开> 法治政府建设年度报告 > 2021年度\n一、总体情况\n认真贯彻落实。", null),
                "a breadcrumb's year column under the reports' column");
        assertNull(ReportYearFinder.find(null, "首页 > 新闻中心 > 2021年度\n一、总体情况\n认真贯彻落实。", null),
                "a year column under no reports' column");
        String body = "嘉定区坚持以习近平新时代中国特色社会主义思想为指导,全面推进法治政府建设各项任务,以高水平法治建设保障经济社会高质量发展。"
                + "一、深入学习宣传贯彻习近平法治思想。推动健全本区各级党委(党组)理论学习中心组学习习近平法治思想的常态化机制,"
                + "建立领导干部应知应会党内法规和法律法规清单制度,举行区委中心组专题学习(扩大)会,组织旁听庭审和法治讲座,推动领导干部带头尊法学法守法用法,"
                + "把法治素养作为干部考察的重要内容。对2021年以来新提任副处级领导干部开展法治培训。";
        assertNotEquals(2021, ReportYearFinder.find(null, body, null, 0), "X年以来 deep in the body is a span of years");
        assertEquals(2024, ReportYearFinder.find(null, "2024年以来,我区坚持依法行政。", null, 0));
        // no year stated, no date line: the year's plan the opening carried out
        assertEquals(2025, ReportYearFinder.find(null, "为贯彻落实县委、县政府《2025年全县法治政府建设工作要点》文件精神,镇党委政府坚持依法行政。", null));
    }

    @Test
    void authorityFromTitleOrSignature() {
        assertEquals("重庆市荣昌区人民政府", AuthorityFinder.find("重庆市荣昌区人民政府关于2023年法治政府建设情况的报告", null, List.of()));
        assertEquals("十堰市茅箭区人民政府", AuthorityFinder.find("十堰市茅箭区人民政府2022年法治政府建设工作报告", null, List.of()));
        assertEquals("惠阳区人民政府", AuthorityFinder.find("惠州市惠阳区2019年度法治政府 建设及依法行政工作报告", "惠阳区人民政府",
                List.of("惠州市惠阳区2019年度法治政府 建设及依法行政工作报告", "发布日期:2020-03-25 来源:惠阳区人民政府")),
                "a title that opens with its place and year names no body: its 法治政府 is no issuer");
        assertEquals("宁波市教育局", AuthorityFinder.find("宁波市教育局法治宁波(法治政府)建设2019年度工作总结和2020年工作思路", null, List.of()));
        assertEquals("惠阳区人民政府", AuthorityFinder.find("惠州市惠阳区二〇二三年度法治政府 建设情况报告", "惠阳区人民政府",
                List.of("惠州市惠阳区二〇二三年度法治政府 建设情况报告", "来源:惠阳区人民政府")), "a year in Chinese numerals is no part of a name");
        assertEquals("广东省卫生健康委员会", AuthorityFinder.find("广东省卫生健康委2023年法治政府建设情况年度报告", "广东省卫生健康委员会",
                List.of("广东省卫生健康委2023年法治政府建设情况年度报告", "时间:2024-02-08 09:41:20 来源:广东省卫生健康委员会")));
        assertEquals("余杭区人民政府", AuthorityFinder.find(null, null,
                List.of("余杭区人民政府", "时间:2021-03-22 16:26 来源:杭州市人民政府门户网站 浏览次数:", "", "2020年,余杭区法治政府建设坚持以习近平法治思想为指导。")),
                "a page with no title whose first line, a government's name, stands over its date line");
        assertEquals("重庆市江北区人民政府郭家沱街道办事处",
                AuthorityFinder.find(null, null, List.of("正文。", "重庆市江北区人民政府郭家沱街道办事处", "2025年1月14日")));
        assertNull(AuthorityFinder.find("2023年度法治政府建设工作报告", null, List.of("行政执")));
        // the page's first line names the site's owner (a banner), not the issuer of a title that names only a place
        assertNull(AuthorityFinder.find("长丰县2020年度法治政府建设情况报告", null, List.of("长丰县人民政府", "发布日期:2021-03-12",
                "长丰县2020年度法治政府建设情况报告", "合肥市人民政府:", "2020年,县政府坚持依法行政。")));
        // a subhead that ends in 局 with the report's prose after it is not a signature
        assertNull(AuthorityFinder.find(null, null, List.of("正文。", "服务发展大局", "充分发挥法治保障作用",
                "加强疫情防控法治保障,制定出台了《兰州市依法防控新冠肺炎疫情保障群众生命安全的实施方案》《中共")));
        // a year before the body; a party issuer joined by 、; a party issuer set apart by a space
        assertEquals("浦东新区川沙新镇人民政府", AuthorityFinder.find("2024年度浦东新区川沙新镇人民政府法治政府建设情况报告", null, List.of()));
        assertEquals("沙坪坝街道办事处", AuthorityFinder.find("沙坪坝街道党工委、沙坪坝街道办事处关于2025年法治政府建设情况的报告", null, List.of()));
        assertEquals("禹王台区人民政府", AuthorityFinder.find("中共禹王台区委禹王台区人民政府关于2022年度法治政府建设情况的报告", null, List.of()));
    }

    @Test
    void aPagesShortTitleGivesWayToTheIssuerLedTitleUnderIt() {
        assertEquals("中共禹王台区委禹王台区人民政府关于2022年度法治政府建设情况的报告", TitleFinder.find(List.of(
                "2022年度法治政府建设情况的报告", "中共禹王台区委 禹王台区人民政府", "关于2022年度法治政府建设情况的报告", "中共开封市委、开封市人民政府:")));
        assertEquals("福建省2017年法治政府建设情况报告", TitleFinder.find(List.of("[权威发布]福建省2017年法治政府建设情况报告")));
    }

    @Test
    void aPublisherLineLabelled发文机构NamesTheBody() {
        assertEquals("普兰县人民政府", MetadataLineFinder.find(List.of("普兰县2025年法治政府建设年度报告", "- 索引号:pnx/2026-00010",
                "- 发文机构:普兰县人民政府", "- 发布日期:2026-01-12")));
    }

    @Test
    void aStreetAsTheSubjectOfAnOpeningSentenceIsTheTownshipEvenWhenTheTableLacksIt() {
        assertEquals("巨野河街道", LevelClassifier.townshipSubject("法治政府建设是现代国家政治文明的重要标志。2024年,巨野河街道以习近平新时代中国特色社会主义思想为指导", 0));
        assertEquals("建筑新村街道", LevelClassifier.townshipSubject("2024年,建筑新村街道坚持以习近平新时代中国特色社会主义思想为指导", 0));
        assertNull(LevelClassifier.townshipSubject("2024年,我区坚持以习近平新时代中国特色社会主义思想为指导,指导各街道", 0));
        assertNull(LevelClassifier.townshipSubject("2.发展思路规范化。充分发挥镇党委在推进我镇法治政府建设中的领导作用。", 0), "a verb before 镇 names no town");
    }

    @Test
    void aPlaceThatSpeaksRightAfterItsYearKeepsTheCommitteesItDescribesInItsFirstPartItsOwn() {
        // dev59 LK05: "2023年彭浦镇人民政府坚持…" with no comma after the year is the place speaking in the preamble; the
        // town's committee its first part describes (彭浦镇党委法治建设委员会,作为…) is one of its organs
        String text = "2023年彭浦镇人民政府坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,认真贯彻落实《2023年静安区法治政府建设工作要点与责任分工》的规定,紧扣中心工作,坚持依法履行职能,全面推进法治政府的建设。现将有关情况报告如下:\n"
                + "一、2023年法治政府建设的主要举措和成效\n(一)优化体制机制建设\n一是强化法治建设委员会的领导作用。彭浦镇党委法治建设委员会,作为彭浦镇依法治理的议事协调机构,由党委书记任主任。\n";
        assertFalse(LevelClassifier.speaksAsDepartment(text, 0));
    }

    @Test
    void aReportAnnouncedAsAnOfficesSpeaksAsADepartment() {
        assertTrue(LevelClassifier.speaksAsDepartment("现将市政府办公室2022年度法治政府建设情况报告如下:\n一、主要举措", 0));
        assertFalse(LevelClassifier.speaksAsDepartment("现将我区2022年度法治政府建设情况报告如下:\n一、主要举措", 0));
        // an office named short (现将市信访办…), a commission (国资委); not a street's 街道办 nor a party committee's 委
        assertTrue(LevelClassifier.speaksAsDepartment("按照市委依法治市办工作通知要求,现将市信访办2021年度法治政府建设情况报告如下:", 0));
        assertTrue(LevelClassifier.speaksAsDepartment("现将市国资委2023年度法治政府建设情况报告如下:", 0));
        assertFalse(LevelClassifier.speaksAsDepartment("现将街道办2021年度法治政府建设情况报告如下:", 0));
        assertFalse(LevelClassifier.speaksAsDepartment("现将县委2023年度法治政府建设情况报告如下:", 0));
        assertFalse(LevelClassifier.speaksAsDepartment("现将巨野河街道党工委2023年度法治政府建设情况报告如下:", 0));
        // the line of work a bureau leads, in its opening sentence; 市局 as a subject
        assertTrue(LevelClassifier.speaksAsDepartment("2023年来,在市委市政府的领导下,全市市场监管系统以习近平法治思想作为指导。", 0));
        assertTrue(LevelClassifier.speaksAsDepartment("2023年,全市交通运输工作稳步推进。市局获评全省优秀单位。", 0));
        assertFalse(LevelClassifier.speaksAsDepartment("2023年,全市政府系统坚持依法行政。", 0));
        // a place that speaks first is the speaker; the bureaus its sentence then names are its units
        assertFalse(LevelClassifier.speaksAsDepartment("一年来,梅县区坚持以习近平法治思想为指导,取得成效:区市场监督管理局坚持发出全市首张营业执照。", 0));
        assertTrue(LevelClassifier.speaksAsDepartment("2023年,全市以法治为引领,取得成效:市交通运输局坚持依法行政。", 0)); // 全市 names no place
        assertFalse(LevelClassifier.speaksAsDepartment("今年以来,东阳渡街道坚持依法行政。司法所获评集体,全省司法行政系统仅此一家。", 0));
        // a government speaking by its tier word in the preamble: a bureau its first part praises is not the speaker
        String county = "2021年,在市委、市政府和县委的坚强领导下,县政府深入贯彻党的十九大精神,法治政府建设取得良好进展。现将有关工作情况报告如下:\n"
                + "一、主要举措和成效\n我县获评全市第二名,县司法局在2021年度测评中排名第一。";
        assertFalse(LevelClassifier.speaksAsDepartment(county, 0));
        // a bureau's party group with no name before it, and the 法治政府部门 a department builds
        assertTrue(LevelClassifier.speaksAsDepartment("一、主要举措\n1.领导干部带头学习。坚持将法律法规纳入局党组理论学习中心组学习内容。", 0));
        assertTrue(LevelClassifier.speaksAsDepartment("2018年北京交通法制工作深入推进,交通法治政府部门建设逐步深化。", 0));
        assertFalse(LevelClassifier.speaksAsDepartment("2023年,全区坚持依法行政。区司法局党组书记带头讲法。", 0));
        assertTrue(LevelClassifier.speaksAsDepartment("根据文件要求,结合林草工作实际,现将全年工作开展情况报告如下。将法治建设纳入局年度工作考核。", 0));
    }

    @Test
    void aMinistrysReportIsADepartmentsWithNoRegion() {
        assertTrue(LevelClassifier.isCentralBody("国家知识产权局"));
        assertTrue(LevelClassifier.isCentralBody("中华人民共和国司法部"));
        assertTrue(LevelClassifier.isCentralBody("海关总署"));
        assertFalse(LevelClassifier.isCentralBody("市委宣传部"));
        assertFalse(LevelClassifier.isCentralBody("领导干部"));
        assertTrue(LevelClassifier.speaksAsCentralBody(null, "2024年,在党中央、国务院的坚强领导下,海关总署坚持以习近平法治思想为指导。", 0));
        assertFalse(LevelClassifier.speaksAsCentralBody(null, "2016年,南宁市全年举办领导干部坚持学法活动。", 0));
        assertEquals("海关总署", AuthorityFinder.find("海关总署党委 海关总署关于2022年度推进法治政府建设情况的报告", null,
                List.of("海关总署党委 海关总署关于2022年度推进法治政府建设情况的报告", "2022年,海关总署坚持依法行政。")));
        assertEquals("司法部", AuthorityFinder.find("司法部2018年法治政府建设年度报告", null,
                List.of("中华人民共和国司法部", "司法部2018年法治政府建设年度报告", "自2018年3月重新组建以来,司法部坚持依法行政。")));
    }

    @Test
    void aDevelopmentZoneOrANewAreaSpeaksAsADepartmentButADistrictNamedZoneDoesNot() {
        String zone = "2022年,在郑州市委、市政府的正确领导下,郑州高新区以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神。";
        assertEquals("department", LevelClassifier.fromOpeningSubject(zone, 0));
        assertEquals("department", LevelClassifier.classify(null, zone + "全区上下、我区各部门", 0, "county"));
        assertEquals("department", LevelClassifier.classify(null, "2025年,我区深入学习贯彻。现将宁河经济开发区2024年度法治政府建设情况报告如下:", 0, null));
        assertEquals("department", LevelClassifier.Speaker.of("全区上下", 0, "天津经济技术开发区管委会2023年度法治政府建设情况报告").level());
        assertEquals("department", LevelClassifier.fromOpeningSubject("一年来,长春新区坚持以习近平法治思想为引领,认真贯彻落实省、市关于法治政府建设的安排部署。", 0),
                "a new area's 管委会 is a commission (since session 17; labellers split, levels.json says how)");
        assertFalse(LevelClassifier.namesAZone("滨海新区"));
        assertTrue(LevelClassifier.namesAZone("西安高新区"));
        assertFalse(LevelClassifier.namesAZone("朝阳区"));
    }

    @Test
    void aBureausDatedWorkSummaryIsItsTitleAndTheSourceLineGivesItsPlaceAbove() {
        List<String> page = List.of("当前位置:", "2020年闵行区司法局行政工作总结", "来源:上海市闵行区司法局  发布时间:2021年2月18日", "",
                "2020年,闵行区司法局紧紧围绕区委、区政府以及市司法局各项工作部署,坚持疫情防控工作和业务工作两手抓、两不误。");
        String title = TitleFinder.find(page);
        assertEquals("2020年闵行区司法局行政工作总结", title);
        assertEquals("上海市闵行区司法局", AuthorityFinder.find(title, MetadataLineFinder.find(page), page));
        assertNull(TitleFinder.find(List.of("2020年全区法治政府建设工作总结会议召开")), "a news headline is no summary title");
    }

    @Test
    void aBureausNameAloneAboveTheOpeningIsTheIssuerWhenTheTextSpeaksAsABureau() {
        List<String> page = List.of("杭州市应急管理局", "时间:2021-02-25 16:03 来源:杭州市人民政府门户网站 浏览次数:", "",
                "2020年,我局坚持以习近平新时代中国特色社会主义思想为指导,认真贯彻落实法治政府建设实施纲要,现将有关情况报告如下。");
        assertEquals("杭州市应急管理局", AuthorityFinder.find(TitleFinder.find(page), MetadataLineFinder.find(page), page));
        List<String> governments = List.of("杭州市应急管理局", "时间:2021-02-25 16:03", "",
                "2020年,全区坚持以习近平新时代中国特色社会主义思想为指导,认真贯彻落实法治政府建设实施纲要,现将有关情况报告如下。");
        assertNull(AuthorityFinder.find(TitleFinder.find(governments), MetadataLineFinder.find(governments), governments),
                "a district's report under a bureau's banner is not the bureau's");
    }

    @Test
    void aColumnHeadingThatNamesNoBodyGivesWayToTheNamedTitleBelowIt() {
        assertEquals("重庆市綦江区城市管理局2023年法治政府建设情况报告", TitleFinder.find(List.of("首页>政务公开>法治政府建设年度报告", ">",
                "2023年法治政府建设年度报告", "重庆市綦江区城市管理局2023年法治政府建设情况报告", "",
                "2023年,在区委、区政府的领导下,区城市管理局扎实推进法治政府建设,进一步完善依法行政机制。")));
        assertEquals("2023年法治政府建设年度报告", TitleFinder.find(List.of("2023年法治政府建设年度报告",
                "重庆市綦江区城市管理局2022年法治政府建设情况报告")), "another year's title is a link, not this page's");
    }

    @Test
    void aPageTitleRepeatedBelowWithItsIssuerTakesTheIssuer() {
        assertEquals("湖南省交通运输厅关于2022年度法治政府部门建设工作情况的报告", TitleFinder.find(List.of("索引号 430S00/2023-018790",
                "关于2022年度法治政府部门建设工作情况的报告", "", "发布日期:2023-03-01 08:11", "信息来源:厅法制处", "字号:〖",
                "湖南省交通运输厅", "关于2022年度法治政府部门建设", "工作情况的报告",
                "    2022年,在省委、省政府和交通运输部的坚强领导下,我厅以习近平新时代中国特色社会主义思想为指导。")));
    }

    @Test
    void aHeadlineThatShortensItsIssuerGivesWayToTheHeadingWithTheFullName() {
        assertEquals("重庆市渝北区人民政府两路街道办事处关于2023年度法治政府建设情况的报告", TitleFinder.find(List.of(
                "您当前的位置:法治政府建设年度报告", "重庆市渝北区人民政府两路街道关于2023年度法治政府建设情况的报告", "日期:2024-03-15",
                "重庆市渝北区人民政府两路街道办事处", "关于2023年度法治政府建设情况的报告", "一、2023年推进法治政府建设的主要举措和成效")));
        // a heading below with another issuer is another document's, not a fuller name of this one's
        assertEquals("重庆市渝北区人民政府两路街道关于2023年度法治政府建设情况的报告", TitleFinder.find(List.of(
                "重庆市渝北区人民政府两路街道关于2023年度法治政府建设情况的报告", "日期:2024-03-15",
                "重庆市渝北区司法局", "关于2023年度法治政府建设情况的报告", "一、主要举措和成效")));
    }

    @Test
    void aZoneNamedInADatedTitleOrAsAnOpeningSubjectWithItsCommitteeSpeaksAsADepartment() {
        assertEquals("department", LevelClassifier.Speaker.of("全区上下", 0, "2025年天津经济技术开发区法治政府建设情况报告").level());
        assertEquals("department", LevelClassifier.fromOpeningSubject(
                "2025年,天津经济技术开发区管理委员会(简称经开区管委会)坚持以习近平新时代中国特色社会主义思想为指导。", 0));
    }

    @Test
    void theDocumentsOwnHeadingUnderItsNumberIsTheTitle() {
        assertEquals("漳州市应急管理局关于2023年度法治政府建设情况的报告", TitleFinder.find(List.of("返回首页",
                "漳州市应急管理局关于2023年度法治政府建设情况的工作报告", "", "漳应急〔2023〕92号", "", "漳州市应急管理局关于", "",
                "2023年度法治政府建设情况的报告", "市政府并报市委")));
        assertEquals("漳州市应急管理局关于2023年度法治政府建设情况的工作报告", TitleFinder.find(List.of(
                "漳州市应急管理局关于2023年度法治政府建设情况的工作报告", "漳应急〔2023〕92号", "漳州市应急管理局关于",
                "2022年度法治政府建设情况的报告")), "another year's heading is not this page's");
    }

    @Test
    void theIssuerPrintedUnderTheTitleIsTheAuthorityAndAPartyCommitteeReportsAtItsPlacesLevel() {
        List<String> page = List.of("  • 2020-05-07", "", "永嘉镇2019年法治政府建设工作报告", "", "中共重庆市铜梁区永嘉镇委员会", "",
                "2019年,永嘉镇在区委、区政府的坚强领导下,深入学习贯彻习近平法治思想,扎实推进法治政府建设,现将有关情况报告如下。");
        String title = TitleFinder.find(page);
        assertEquals("中共重庆市铜梁区永嘉镇委员会", AuthorityFinder.find(title, MetadataLineFinder.find(page), page));
        assertEquals("township", LevelClassifier.fromAuthority("中共重庆市铜梁区永嘉镇委员会"));
        assertEquals("county", LevelClassifier.fromAuthority("中共华容县委员会"));
        assertEquals("department", LevelClassifier.fromAuthority("华容县司法局"));
        assertEquals("province", LevelClassifier.fromAuthority("中共广西壮族自治区委员会"));
        assertEquals("province", LevelClassifier.fromAuthority("中共北京市委员会"));
        assertEquals("city", LevelClassifier.fromAuthority("中共阿里地区委员会"));
        assertEquals("department", LevelClassifier.fromAuthority("中共华容县委政法委员会"), "a committee's organ is a department");
        assertEquals("department", LevelClassifier.fromOpeningSubject("2023年,北京市城市管理委员会持续深化法治建设。", 0),
                "a commission's 管理委员会 is no zone's committee");
    }

    @Test
    void anAbbreviatedIssuerTakesTheFullNameThePublisherLineGivesAndABrigadeIsABody() {
        List<String> page = List.of("河西区市场监管局2020年法治政府建设情况报告", "来源:天津市河西区市场监督管理局 发布日期:2021-01-08 17:00", "",
                "2020年,我局在区委区政府领导下,全面履行各项市场监管职能,大力加强法治政府建设。现将具体工作情况总结如下。");
        assertEquals("天津市河西区市场监督管理局", AuthorityFinder.find(TitleFinder.find(page), MetadataLineFinder.find(page), page));
        assertTrue(AuthorityFinder.unabbreviates("绿春县林业和草原局", "绿春县林草局"));
        assertFalse(AuthorityFinder.unabbreviates("中共重庆市荣昌区委教育工作委员会", "重庆市荣昌区教育委员会"), "the party's committee is another body");
        assertFalse(AuthorityFinder.unabbreviates("绿春县自然资源局", "绿春县林草局"));
        assertFalse(AuthorityFinder.unabbreviates("西湖区文化广电新闻出版旅游局", "西湖区文化广电旅游局"),
                "a whole word more (新闻出版) is the body's other name, not its full one");
        assertTrue(AuthorityFinder.unabbreviates("天津市河西区市场监督管理局", "河西区市场监管局"));
        List<String> brigade = List.of("韶关市浈江区消防救援大队2024年法治政府建设年度报告",
                "2024年,韶关市浈江区消防救援大队坚持以习近平新时代中国特色社会主义思想为指导,认真学习贯彻习近平法治思想。");
        assertEquals("韶关市浈江区消防救援大队", AuthorityFinder.find(TitleFinder.find(brigade), null, brigade));
    }

    @Test
    void neitherABodyEnumerationNorANewsHeadlineIsTheTitle() {
        assertNull(TitleFinder.find(List.of("二是严格履行法治政府报告制度。2018年一季度区政府分别向区委常委会报告")));
        assertNull(TitleFinder.find(List.of("应急管理部发布2023年法治政府建设年度报告", "发布时间:2024-11-27 21:34:52")));
    }

    @Test
    void levelFromHowATownshipOrALeagueNamesItsOwnCommitteeAndOffice() {
        assertEquals("township", LevelClassifier.fromSelfReference("(一)强化组织领导。乡党委、政府高度重视法治政府建设。"));
        // 全市首个, 在全市率先: where a district's unit ranks, not the district's own jurisdiction
        assertEquals("county", LevelClassifier.fromSelfReference("我局围绕全区中心工作,成立全市首个个人调解室,并在全市率先制定规则,全区调解覆盖面扩大。"));
        assertEquals("township", LevelClassifier.fromSelfReference("全街获得“清风政务窗口”称号的窗口1个。"));
        assertEquals("township", LevelClassifier.fromSelfReference("2021年来,街道按照《奉节县法治政府建设实施方案》的要求,以创建全县法治文明辖区为统领。"),
                "the street itself as a clause's subject outweighs one 全县");
        assertEquals("county", LevelClassifier.fromSelfReference("全县各街道、乡镇坚持依法行政,县政府常务会议学法。"));
        assertEquals("city", LevelClassifier.fromSelfReference("一是全面履行责任。盟委、行署主要领导同志认真履行第一责任人职责。"));
        assertEquals("department", LevelClassifier.fromOpeningSubject("2023年以来,渭南市司法行政系统在市委、市政府的坚强领导下,坚持依法行政。", 0),
                "a bureau reports for its whole line");
        assertEquals("city", LevelClassifier.fromOpeningSubject("2023年,渭南市坚持以习近平法治思想为指导。", 0));
        assertEquals("city", LevelClassifier.fromSelfReference("市政府召开全市法治政府建设推进会。多数区政府和市政府委办局成立领导小组,分解到各区政府。"),
                "各区政府/多数区政府 are the units below the speaker");
        assertEquals(null, LevelClassifier.fromSelfReference("组织召开各镇党委书记会议,全街区整治。"));
    }

    @Test
    void levelFromAuthorityOrSelfReference() {
        assertEquals("county", LevelClassifier.classify("重庆市荣昌区人民政府", ""));
        assertEquals("township", LevelClassifier.classify("重庆市江北区人民政府郭家沱街道办事处", ""));
        assertEquals("department", LevelClassifier.classify("绍兴市生态环境局", ""));
        assertEquals("city", LevelClassifier.classify("淮安市人民政府", ""));
        assertEquals("province", LevelClassifier.classify("湖南省人民政府", ""));
        assertEquals("province", LevelClassifier.classify("重庆市人民政府", ""));
        assertEquals("county", LevelClassifier.classify(null, "全县共办理…我县坚持…全市部署"));
        assertNull(LevelClassifier.classify(null, "没有自称"));
    }

    /** Session 6's report-field wordings, each from a real report of the work sets. */
    @Test
    void coveringLettersAnnualWorkTitlesFirstPartHeadingsAndBureauTitles() {
        assertNull(AuthorityFinder.find("2023年长宁区法治政府建设情况报告", null, List.of("中共长宁区委:", "以上请示妥否,请批示。",
                "上海市长宁区司法局", "2024年1月4日", "2023年长宁区法治政府建设情况报告", "2023年,长宁区坚持…")),
                "the covering 请示's signature is above the report's title");
        assertEquals("芷江侗族自治县司法局关于2025年工作情况及2026年工作计划的报告", TitleFinder.find(List.of(
                "芷江侗族自治县司法局关于2025年工作情况及2026年工作计划的报告", "2025年,芷江侗族自治县司法局在县委…")));
        assertEquals("湖南省人民政府", AuthorityFinder.find("湖南省人民政府公布2017年度法治政府建设情况", null, List.of()));
        assertEquals("武汉市水务局", AuthorityFinder.find("市水务局2025年度法治政府建设情况报告", null,
                List.of("2026-01-20 17:01  |  武汉市水务局", "市水务局2025年度法治政府建设情况报告", "2025年,我局深入学习…")),
                "a title's issuer named by its level word alone takes the full name the header gives it");
        assertEquals("市水务局", AuthorityFinder.find("市水务局2025年度法治政府建设情况报告", null,
                List.of("市水务局2025年度法治政府建设情况报告", "2025年,我局深入学习…")));
        assertEquals(null, AuthorityFinder.find("桑日县藏语委办(编译局)2024年法治政府建设年度报告", null,
                List.of("山南市人民政府", "桑日县藏语委办(编译局)2024年法治政府建设年度报告", "2024年,在县委、县政府的坚强领导下…")),
                "the site's banner is not the issuer of a title that opens with another body, its other name in brackets");
        assertEquals("上海市浦东新区生态环境局(水务局、海洋局、绿化和市容管理局)", AuthorityFinder.find(
                "上海市浦东新区生态环境局 (水务局、海洋局、绿化和市容管理局) 2020年度法治政府建设情况报告", null, List.of()),
                "a merged bureau's other names in brackets are its name, the page's spacing is not");
        assertEquals("嘉兴市人民政府", AuthorityFinder.find("中共嘉兴市委 嘉兴市人民政府关于2020年法治政府建设情况的报告", null, List.of()));
        assertEquals("重庆市荣昌区教育委员会", AuthorityFinder.find(
                "中共重庆市荣昌区委教育工作委员会 重庆市荣昌区教育委员会 关于2024年法治政府建设情况的报告", null, List.of()),
                "a joint title's party issuer gives way to the body of government after it");
        assertEquals(2022, ReportYearFinder.find(null, "大黄堡镇政府在区委领导下…现将有关情况汇报如下:\n一、2022年度推进法治政府建设的主要举措和成效",
                null));
        assertEquals(2022, ReportYearFinder.find(null, "今年以来,我局…2021年度全省考评第一。\n一、2022年工作开展情况", null));
        assertEquals("department", LevelClassifier.Speaker.of("办(局)始终将法治建设作为…", 0,
                "西藏自治区藏语委办(编译局)2025年度法治政府建设工作报告").level());
        assertEquals("department", LevelClassifier.Speaker.of("一、主要举措\n我委坚持…", 0, null).level());
        assertEquals("county", LevelClassifier.classify(null, "2024年,开州区坚持依法行政。区委机关、区检察院、区司法局围绕依法行政开展"
                + "专项督察。全区推进…", 0, "county"), "a bureau listed with other bodies is not the speaker");
        assertEquals("department", LevelClassifier.classify(null, "2024年,开州区司法局围绕依法行政开展工作。", 0, "county"));
        assertEquals("department", LevelClassifier.classify(null,
                "2024年,在市委、市政府的正确领导下,楚雄市林业和草原局,以全面推进依法行政为目标,抓好法治政府建设。", 0, "county"),
                "a comma may set the opening's subject apart from its verb");
        String toTheRegion = "自治区人民政府:\n??2020年,我州贯彻落实自治区党委、政府关于法治政府建设的部署,全州推进依法行政,"
                + "自治区人民政府督察组肯定。";
        assertEquals("city", LevelClassifier.classify(null, toTheRegion, toTheRegion.indexOf("??"), null),
                "a report sent to the region's government speaks from below it");
        String theRegion = "2020年,自治区党委、政府贯彻落实党中央部署,全区推进依法行政。";
        assertEquals("province", LevelClassifier.classify(null, theRegion, 0, null));
        assertEquals(null, LevelClassifier.Speaker.of("正文", 0, "中共长宁区委关于2023年法治建设情况的报告").level(),
                "a party committee is no bureau");
        assertEquals("township", LevelClassifier.Speaker.of(
                "2021年,东明路街道办事处在区委区政府的坚强领导下,严格按照《中共上海市浦东新区委员会全面依法治区委员会2021年工作要点》", 0, null)
                .level(), "委员会全面依法治区委员会 is one committee's name");
    }

    /** dev29: a bureau drawing up its own plan, new areas' committees, a district's site reposting its city's report. */
    @Test
    void aBureauMakingItsOwnPlanANewAreaAndARepostingDistrict() {
        assertEquals("department", LevelClassifier.Speaker.of("一、2020年度推进法治政府建设的主要举措和成效\n1.加强党对法治建设的领导。"
                + "制定出台《余杭区农业农村局2020年法治工作要点》,明确了重点工作。", 0, null).level());
        assertEquals("department", LevelClassifier.Speaker.of("2023年,新区法治政府建设工作以习近平法治思想为指导。", 0,
                "西咸新区2023年度法治政府建设工作报告").level(), "a new area's 管委会 is a commission");
        assertFalse(LevelClassifier.namesAZone("浦东新区"), "浦东新区 is a district of the division table");
        assertTrue(LevelClassifier.namesAZone("泾河新城"));
        assertNull(AuthorityFinder.find("关于南昌市2020年度法治政府建设工作的报告", "东湖区人民政府",
                com.fazhi.extractor.pipeline.Layout.of("关于南昌市2020年度法治政府建设工作的报告\n省政府:\n2020年,我市坚持…")),
                "a district's site reposting its city's report did not issue it");
        assertEquals("云冈区人民政府", AuthorityFinder.find("大同市云冈区2025年法治政府建设年度报告", "云冈区人民政府",
                com.fazhi.extractor.pipeline.Layout.of("大同市云冈区2025年法治政府建设年度报告\n2025年,云冈区深入贯彻…")));
    }

    /** A review of session 17's rules: the ways they could misfire on other reports, each kept out. */
    @Test
    void theSessionsMetadataRulesKeepOutWhatTheReviewFound() {
        assertTrue(AuthorityFinder.unabbreviates("攸县人力资源和社会保障局", "攸县人社局"), "人社局 is an abbreviation");
        assertTrue(AuthorityFinder.unabbreviates("攸县住房和城乡建设局", "攸县住建局"));
        assertEquals("红安县人民政府", AuthorityFinder.find("关于红安县推进法治政府建设情况的报告", "红安县人民政府",
                com.fazhi.extractor.pipeline.Layout.of("关于红安县推进法治政府建设情况的报告\n2023年,我县坚持…")));
        assertEquals("XX县人民政府", AuthorityFinder.find("关于我县2023年法治政府建设情况的报告", "XX县人民政府",
                com.fazhi.extractor.pipeline.Layout.of("关于我县2023年法治政府建设情况的报告\n2023年,我县坚持…")));
        assertEquals("某区人民政府关于2023年法治政府建设情况的报告", TitleFinder.find(List.of(
                "根据《法治政府建设与责任落实督察工作规定》,现将我区2023年法治政府建设情况公布如下:",
                "某区人民政府关于2023年法治政府建设情况的报告", "2023年,我区坚持…")), "a portal's preamble above the title");
        assertNull(LevelClassifier.Speaker.of("2023年,市场监管局坚持以习近平法治思想为指导,我局全面推进依法行政。", 0, null)
                .governmentTier(), "市场 is no city's word");
        assertEquals("county", LevelClassifier.Speaker.of("一、主要举措\n县司法局印发《县司法局2023年普法工作要点》,全县上下…", 0, null)
                .level(), "a government naming its bureau's plan does not speak as the bureau");
    }

    /** dev30: a joint title over two lines, a provincial department's party group. */
    @Test
    void aJointTitleOverTwoLinesAndAProvincialDepartmentsPartyGroup() {
        assertEquals("中共陕西省西咸新区工作委员会 陕西省西咸新区开发建设管理委员会关于2020年度法治政府建设情况的报告",
                TitleFinder.find(List.of("关于2020年度法治政府建设情况的报告", "中共陕西省西咸新区工作委员会", "陕西省西咸新区开发建设管理委员会",
                        "关于2020年度法治政府建设情况的报告", "2020年,西咸新区法治建设工作…")));
        // a headline that names its issuer in full stays the title above a joint heading below it
        assertEquals("重庆市万州区长滩镇人民政府关于2025年法治政府建设情况的报告",
                TitleFinder.find(List.of("重庆市万州区长滩镇人民政府关于2025年法治政府建设情况的报告", "中共重庆市万州区长滩镇委员会",
                        "重庆市万州区长滩镇人民政府", "关于2025年法治政府建设情况的报告", "现将长滩镇2025年法治政府建设情况报告如下:")));
        // one bureau's committee and the bureau as the subject together: the bureau speaks
        assertTrue(LevelClassifier.speaksAsDepartment("2025年,在区委、区政府的坚强领导下,区城市管理局委员会、区城市管理局坚持以习近平法治思想为指导。", 0));
        assertEquals("department", LevelClassifier.Speaker.of("一、坚持根本方向\n(一)强化理论武装。厅党组会、专题会多次研究法治工作。", 0, null)
                .level());
    }

    /** dev28's title and year wordings. */
    @Test
    void aReportTitleWithItsPlanABodyAnnouncedAndAYearWrittenShort() {
        assertEquals("蓬华镇2024年法治政府建设报告暨2025年工作计划", TitleFinder.find(List.of("• 发布机构:蓬华镇人民政府",
                "    蓬华镇2024年法治政府建设报告暨2025年工作计划", "    时间:2025-09-08 17:18")));
        assertNull(TitleFinder.find(List.of("2023年,嘉定区坚持以习近平新时代中国特色社会主义思想为指导,深入推进法治政府建设。具体情况报告如下:",
                "一、2023年法治政府建设的主要举措和成效", "本区各级党委(党组)和政府深入学习贯彻习近平法治思想、党的二十大报告中关于…")),
                "a body paragraph after 报告如下 is no title");
        assertEquals(2024, ReportYearFinder.find(null, "2024以来,在县委、县政府的精心指导下,本人切实履行职责。", null));
        assertEquals(2024, ReportYearFinder.find(null, "今年以来,我局坚持依法行政。研究确定2024年人社法治工作重点,明确目标任务。", null),
                "the year's plan the report drew up");
    }

    /** A bureau named by its tier word alone (区司法局) answers to that tier's government, where 全区/我区 say nothing. */
    @Test
    void aBureauNamedByItsTierWordSitsAtThatTier() {
        assertEquals("county", LevelClassifier.Speaker.of(
                "2023年,区司法局坚持以习近平新时代中国特色社会主义思想为指导,稳步推进法治城区建设。", 0, null).governmentTier());
        assertEquals("city", LevelClassifier.Speaker.of("一、主要举措\n我局坚持依法行政。", 0,
                "市交通运输局2020年法治政府建设情况报告").governmentTier());
        assertNull(LevelClassifier.Speaker.of("2023年,我局指导各区司法局开展法治宣传。", 0, null).governmentTier(),
                "the districts' bureaus it guides are not its tier");
        assertNull(LevelClassifier.Speaker.of("2023年,区委、区政府坚持依法行政。", 0, null).governmentTier(),
                "a government's report has no bureau tier");
    }

    /** dev13's bureau wordings. */
    @Test
    void aBureauSpeaksThroughItsTopicItsPartyGroupOrItsPublisherLine() {
        assertEquals("department", LevelClassifier.Speaker.of(
                "2021年,元谋县交通运输局法治政府建设工作在县委、县政府的正确领导下,以习近平新时代…", 0, null).level());
        assertEquals("department", LevelClassifier.Speaker.of("一、党政主要负责人履行法治建设第一责任人职责情况\n局党组书记切实扛起…", 0, null)
                .level());
        assertEquals("county", LevelClassifier.Speaker.of("2023年,全县紧紧围绕经济社会发展大局,以法治政府建设为引领,全县…", 0, null)
                .level(), "大局 is no bureau");
        String page = "2023年法治政府建设年度工作报告\n发布机构 南县退役军人事务局\n今年以来,县退役军人事务局深入学习贯彻习近平法治思想…";
        assertEquals("南县退役军人事务局", AuthorityFinder.find("2023年法治政府建设年度工作报告", "南县退役军人事务局",
                com.fazhi.extractor.pipeline.Layout.of(page)));
        assertNull(AuthorityFinder.find("2023年法治政府建设年度工作报告", "南县司法局",
                com.fazhi.extractor.pipeline.Layout.of("2023年法治政府建设年度工作报告\n2023年,我县坚持…全县…")),
                "a bureau that only uploaded a government's report");
    }

    @Test
    void citedDocumentsInOrderWithoutHostFileNames() {
        assertEquals(List.of("法治政府建设实施纲要(2021-2025年)", "重庆市重大行政决策程序规定"), CitedDocumentsFinder.find(
                "《报告.docx》由会员分享。落实《法治政府建设实施纲要(2021-2025年)》和《重庆市重大行政决策程序规定》,再次《法治政府建设实施纲要(2021-2025年)》"));
    }

    @Test
    void aCitedTitlesSpacingBesideChineseIsNotItsOwn() {
        assertEquals(List.of("茅箭区2022年法治政府建设工作要点", "Law of the PRC", "中共中央 国务院关于印发〈法治政府建设实施纲要〉的通知"),
                CitedDocumentsFinder.find("印发《茅箭区 2022 年法治政府建设工作要点》,翻译《Law of the PRC》,再次《茅箭区2022年法治政府建设工作要点》,"
                        + "落实《中共中央 国务院关于印发〈法治政府建设实施纲要〉的通知》"));
    }

    @Test
    void complianceDeadlineIsTheThirtyFirstOfMarchAfter() {
        Compliance late = ComplianceCalculator.of(2023, "2024-04-01", new Parts(true, true, false, true));
        assertEquals("2024-03-31", late.deadline());
        assertFalse(late.onTime());
        assertEquals(List.of("problems"), late.missingParts());
        assertTrue(ComplianceCalculator.of(2023, "2024-03-31", new Parts(true, true, true, true)).onTime());
        assertNull(ComplianceCalculator.of(2023, null, null).onTime());
    }

    /** Metadata tables pad their labels with spaces (发 布 机 构); a joint issuer's government is the issuer. */
    @Test
    void spacedLabelsAndJointIssuers() {
        assertEquals("江苏省人民政府", MetadataLineFinder.find(List.of("索   引   号: 014000319/2023-00286",
                "发 布 机 构: 江苏省人民政府 发 文 日 期: 2023-03-30")));
        assertEquals("2023-03-30", PublicationDateFinder.find(List.of("发 布 机 构: 江苏省人民政府 发 文 日 期: 2023-03-30",
                "江苏省2022年度法治政府建设情况报告")));
        assertEquals("南安市柳城街道办事处", MetadataLineFinder.find(List.of(
                "• 发布机构:中共南安市委柳城街道工作委员会 南安市柳城街道办事处")));
        assertEquals("中共张店区房镇镇委员会", MetadataLineFinder.find(List.of("发布机构:中共张店区房镇镇委员会")));
    }

    @Test
    void titlesCutMidPhraseSummariesWithPlansAndCategoryRows() {
        assertEquals("关于2025年法治政府建设情况及2026年推进法治政府建设工作要点的报告", TitleFinder.find(List.of(
                "发布机构:清源街道办事处", "关于2025年法治政府建设情况及2026年", "推进法治政府建设工作要点的报告", "区政府:")));
        assertEquals("大岚镇2024年法治建设总结和2025年工作计划", TitleFinder.find(List.of(
                "组配分类 法治政府建设年度报告 发布机构 大岚镇", "大岚镇2024年法治建设总结和2025年工作计划", "今年以来,我镇…")));
    }

    /**
     * A government alone on the page's first line is the site's banner, the site's owner: not the issuer, whatever the
     * title names (the spec takes the issuer from a title, a metadata line or a signature). A government alone on a
     * later header line (a table cell under the title) still is.
     */
    @Test
    void aSiteBannerIsNotTheIssuer() {
        List<String> page = List.of("左贡县人民政府", "政府信息公开", "碧土乡2024年法治政府建设情况报告",
                "2024年,在县委、县政府的坚强领导下,碧土乡坚持以习近平新时代中国特色社会主义思想为指导,全面推进依法治乡。");
        assertNull(AuthorityFinder.find("碧土乡2024年法治政府建设情况报告", null, page));
        assertNull(AuthorityFinder.find("关于2024年法治政府建设情况的报告", null, page));
        assertEquals("左贡县人民政府", AuthorityFinder.find("关于2024年法治政府建设情况的报告", null, List.of("政府信息公开",
                "关于2024年法治政府建设情况的报告", "左贡县人民政府", "2024年,县政府坚持依法行政。")));
    }

    /** Session 14's dev21 (labelled blind): a ministry's 贯彻落实 title, a short place name, a street's committee. */
    @Test
    void implementationTitlesShortPlaceNamesAndAStreetsCommittee() {
        assertEquals("自然资源部2018年贯彻落实《法治政府建设实施纲要(2015-2020年)》的情况", TitleFinder.find(List.of(
                "自然资源部2018年贯彻落实《法治政府建设实施纲要(2015-2020年)》的情况(2019年5月21日)", "2019-05-22 1325")));
        assertEquals("宁夏回族自治区司法厅", AuthorityFinder.find("宁夏司法厅2020年度法治政府建设情况报告",
                "宁夏回族自治区司法厅", List.of("宁夏司法厅2020年度法治政府建设情况报告", "发表时间:2021-03-05   来源:宁夏回族自治区司法厅")));
        assertEquals("宁夏司法厅", AuthorityFinder.find("宁夏司法厅2020年度法治政府建设情况报告", null, List.of("宁夏司法厅2020年度法治政府建设情况报告")));
        assertEquals("大理白族自治州司法局", AuthorityFinder.find("大理司法局2023年法治政府建设年度报告", null,
                List.of("大理司法局2023年法治政府建设年度报告", "发布时间:2024-03-01 来源:大理白族自治州司法局")));
        // a header naming another body of the same place is no full name of this one
        assertEquals("宁夏司法厅", AuthorityFinder.find("宁夏司法厅2020年度法治政府建设情况报告", null,
                List.of("宁夏司法厅2020年度法治政府建设情况报告", "来源:宁夏回族自治区人民政府办公厅")));
        assertEquals("宁夏司法厅", AuthorityFinder.find("宁夏司法厅2020年度法治政府建设情况报告", null,
                List.of("宁夏司法厅2020年度法治政府建设情况报告", "来源:宁夏回族自治区司法厅办公室")));
        assertEquals("township", LevelClassifier.fromSelfReference("一、2022年法治建设工作情况\n1.党政主要负责人履行职责。街道党工委、办事处持续推进法治政府建设。"));
        assertNull(LevelClassifier.fromSelfReference("带头学习,街道党工委理论学习中心组定期开展学法活动。"));
    }

    /** Session 18's dev32 misses: a 工作汇报 title, a commission's short name, a title's first line, a bureau's subject. */
    @Test
    void aWorkReportTitleACommissionsFullNameAndABureauOnlyInTheOpening() {
        assertEquals("晋州市2020年度法治政府建设工作汇报", TitleFinder.find(List.of("晋州市2020年度法治政府建设工作汇报", "发布日期:2021-03-15")));
        assertEquals("天津市住房和城乡建设委员会", AuthorityFinder.find("市住房城乡建设委2020年度法治政府建设情况报告", "天津市住房和城乡建设委员会",
                List.of("市住房城乡建设委2020年度法治政府建设情况报告", "来源: 天津市住房和城乡建设委员会 时间: 2021-03-15")));
        assertEquals("上海市宝山区人民政府", AuthorityFinder.find("上海市宝山区人民政府关于法治政府建设情况报告", null,
                List.of("上海市宝山区人民政府关于法治政府", "建设情况报告")), "a title's first line is no fuller name of its issuer");
        assertTrue(LevelClassifier.speaksAsDepartment("按照《纲要》和省州规划的要求,州应急管理局高度重视法治政府建设工作,认真开展学法培训。", 0));
        String district = "根据《上海市法治政府建设规划》的工作要求,2020年,闵行区在市委、市政府的领导下,全面加强法治政府建设,取得较好成效。"
                + "一、法治政府建设主要措施和成效 (一)政府职能科学合理 1. 行政审批改革成效显著。区市场局以“一个中心”构建智慧监管。";
        assertFalse(LevelClassifier.speaksAsDepartment(district, 0), "a bureau the body's first part names is one of its units");
        assertTrue(LevelClassifier.speaksAsDepartment("根据通知要求,现将2023年度枣庄市教育局法治政府建设工作情况报告如下。", 0));
        assertTrue(LevelClassifier.speaksAsDepartment("根据市委依法治市办的通知要求,现将2023年度法治政府建设情况报告如下:\n一、主要工作\n2023年,县交通运输局坚持依法行政。", 0),
                "a bureau that names itself under the first part, after a preamble with no subject of its own");
        assertFalse(LevelClassifier.speaksAsDepartment("2023年,县委全面依法治县委员会高位推动法治政府建设,全县上下坚持依法行政,取得明显成效。", 0),
                "高 alone is no verb after a committee: 高度 is");
        assertEquals("上海市公安局", AuthorityFinder.find("市公安局2023年法治政府建设情况报告", "上海市公安局",
                List.of("市公安局2023年法治政府建设情况报告", "郑州市公安局交通管理局", "上海市公安局")),
                "a body under the issuer (its traffic bureau) is no full name of it");
        assertEquals(2023, ReportYearFinder.find(null, "首页>法治政府建设年度报告>2024年\n正文没有年份", "2024-02-20"),
                "a column of the year published is not the year covered");
    }

    /** Session 19's dev34 misses: a page headline naming only its place, a zone's committees as the subject, 综保区. */
    @Test
    void aPlaceHeadlineGivesWayToItsDocumentsHeadingAndZonesSpeakByTheirCommittees() {
        assertEquals("津南区人民政府关于2021年法治政府建设情况的报告", TitleFinder.find(List.of("津南区2021年法治政府建设情况报告",
                "来源:津南区政府办公室 发布时间:2022-03-11", "津南区人民政府关于", "2021年法治政府建设情况的报告", "2021年,津南区委、区政府坚持…")));
        assertEquals("津南区2021年法治政府建设情况报告", TitleFinder.find(List.of("津南区2021年法治政府建设情况报告",
                "发布时间:2022-03-11", "天津市人民政府关于", "2021年法治政府建设情况的报告")), "another body's heading is no fuller form");
        assertEquals("津南区2021年法治政府建设情况报告", TitleFinder.find(List.of("津南区2021年法治政府建设情况报告",
                "津南区人民政府关于", "2020年法治政府建设情况的报告")), "nor is one of another year");
        // a one-character county's headline, its joint heading under the page's metadata table
        List<String> metadataTable = List.of("冠县2023年度法治政府建设情况的报告", "时间: 2024-03-19 09:52", "索引号",
                "11371525004442025C/2024-45323361", "发布机构", "冠县司法局", "发文日期", "2024-03-19", "名称",
                "冠县2023年度法治政府建设情况的报告", "中共冠县县委冠县人民政府关于2023年法治政府建设情况的报告", "2023年,冠县坚持…");
        assertEquals("中共冠县县委冠县人民政府关于2023年法治政府建设情况的报告", TitleFinder.find(metadataTable));
        assertEquals("冠县2023年度法治政府建设情况的报告", TitleFinder.find(List.of("冠县2023年度法治政府建设情况的报告",
                "时间: 2024-03-19 09:52", "索引号", "11371525004442025C/2024-45323361", "发布机构", "冠县司法局", "发文日期",
                "2024-03-19", "名称", "冠县2023年度法治政府建设情况的报告", "中共聊城市委聊城市人民政府关于2023年法治政府建设情况的报告")),
                "another place's joint heading is no fuller form");
        assertEquals("冠县2023年度法治政府建设情况的报告", TitleFinder.find(List.of("冠县2023年度法治政府建设情况的报告",
                "时间: 2024-03-19 09:52", "索引号", "11371525004442025C/2024-45323361", "发布机构", "冠县司法局", "发文日期",
                "2024-03-19", "名称", "冠县2023年度法治政府建设情况的报告", "中共冠县县委关于2023年法治政府建设情况的报告")),
                "nor is the party committee's own report far below");
        assertTrue(LevelClassifier.Speaker.of("现将我区2021年度法治政府建设工作情况报告如下:\n一、主要举措\n区党工委、管委会主要领导认真履行法治建设第一责任人职责。", 0)
                .department());
        assertTrue(LevelClassifier.Speaker.of("2023年,我区坚持依法行政。党工委、管委会将深入贯彻习近平法治思想。", 0).department());
        assertFalse(LevelClassifier.Speaker.of("2023年,湖滨街道在新区党工委、管委会的坚强领导下,坚持依法行政。", 0).department(),
                "a street under a zone's committees is not the zone");
        assertFalse(LevelClassifier.Speaker.of("2023年,我县坚持依法行政。各园区党工委、管委会坚持依法办事。", 0).department(),
                "a county's zones are its units");
        assertEquals("department", LevelClassifier.Speaker.of("2024年,在市委、市政府和区委、区政府的正确领导下,东疆综保区坚持以习近平法治思想为指导。", 0)
                .level(), "综保区 is a zone (综合保税区)");
    }

    /** Session 20's dev36 misses: an opening with no comma between its year and its 在…领导下. */
    @Test
    void anOpeningsYearNeedsNoCommaBeforeItsLeadership() {
        assertEquals("department", LevelClassifier.Speaker.of("2023年在工委依法治区办的正确领导下,区农业农村局严格落实全面依法治国战略部署要求。", 0)
                .level(), "the bureau is the subject after 2023年在…领导下");
        assertNotEquals("department", LevelClassifier.Speaker.of("2023年在区委、区政府的正确领导下,我区坚持依法行政。", 0).level());
        assertEquals("department", LevelClassifier.Speaker.of("2024年西咸新区坚持以习近平新时代中国特色社会主义思想为指导,深入推进依法行政。", 0).level(),
                "nor before its subject: a new area speaks as a zone");
        assertNotEquals("department", LevelClassifier.Speaker.of("2023年是全面贯彻党的二十大精神的开局之年,我县坚持依法行政。", 0).level());
    }

    /** dev35's left title misses: a street alone on its line above its 关于 line; an unnamed headline above the document's named heading. */
    @Test
    void aStreetLeadsItsTitleAndAnUnnamedHeadlineGivesWayToTheNamedHeadingOfItsYear() {
        assertEquals("重庆市江北区石马河街道关于2022年法治政府建设情况的报告", TitleFinder.find(List.of("重庆市江北区石马河街道",
                "关于2022年法治政府建设情况的报告", "区委、区政府:", "2022年,石马河街道坚持…")));
        assertEquals("重庆市开州区交通运输委员会关于2024年法治政府建设情况的报告", TitleFinder.find(List.of(
                "2024年法治政府建设工作开展情况的报告", "重庆市开州区交通运输委员会", "关于2024年法治政府建设情况的报告", "2024年,我委坚持…")));
        assertEquals("2024年法治政府建设工作开展情况的报告", TitleFinder.find(List.of(
                "2024年法治政府建设工作开展情况的报告", "重庆市开州区交通运输委员会", "关于2023年法治政府建设情况的报告")),
                "a heading of another year is another report's");
        assertEquals("平江县交通运输局:2022年度法治政府部门建设报告", TitleFinder.find(List.of("平江县交通运输局:2022年度法治政府部门建设报告",
                "来源:平江县交通运输局 2023-07-26")), "an issuer, a colon, then a title naming no body");
        assertNull(TitleFinder.find(List.of("区委、区政府:", "2022年,石马河街道坚持…")), "an addressee is no title");
    }

    @Test
    void aCoverLettersTitleNamesTheReportItSends() {
        assertEquals("浦东新区人力资源和社会保障局(医疗保障局)2021年度法治政府建设情况报告", TitleFinder.find(List.of(
                "关于报送《浦东新区人力资源和社会保障局(医疗保障局)2021年度法治政府建设情况报告》的报告",
                "索引号 | SY0024578210202200007 |", "上海市浦东新区法治政府建设工作领导小组办公室:",
                "浦东新区人力资源和社会保障局(医疗保障局)", "2021 年度法治政府建设情况报告")));
        assertNull(TitleFinder.find(List.of("关于报送《行政执法案卷评查办法》的通知")), "a cover letter for no report");
        // the sender's letter naming its report without 《》: the report is the sender's
        assertEquals("湖南省交通运输厅2019年法治政府部门建设工作自查报告", TitleFinder.find(List.of(
                "发布单位 湖南省交通运输厅 来源 厅法制处", "湖南省交通运输厅关于报送2019年法治政府部门建设工作自查报告的函")));
    }

    @Test
    void aSitesColumnBeforeTheTitleIsNoPartOfIt() {
        assertEquals("济南市2020年法治政府建设情况报告", TitleFinder.find(List.of(
                "济南市人民政府 通知公告 济南市2020年法治政府建设情况报告", "2020年,在省委、省政府的正确领导下,济南市坚持…")));
        assertEquals("某市政务公开办公室2023年法治政府建设年度报告", TitleFinder.find(List.of(
                "某市政务公开办公室2023年法治政府建设年度报告")), "a column word inside the issuer's name");
        assertEquals("中共某镇委员会 某镇人民政府关于2022年度法治政府建设情况的报告", TitleFinder.find(List.of(
                "中共某镇委员会 某镇人民政府关于2022年度法治政府建设情况的报告")), "a joint issuer is no column");
    }

    @Test
    void aFeedsProvinceBeforeACityOfItIsNoPartOfTheTitle() {
        assertEquals("青岛市农业农村局2025年法治政府建设情况报告", TitleFinder.find(List.of(
                "山东青岛市农业农村局2025年法治政府建设情况报告(农法日记)", "2025年,认真学习…")), "a repost feed's 山东");
        assertEquals("湖南湘江新区管理委员会应急管理局2022年度法治政府建设工作总结", TitleFinder.find(List.of(
                "湖南湘江新区管理委员会应急管理局2022年度法治政府建设工作总结")), "a name that carries its province");
        assertEquals("山东省青岛市2023年法治政府建设情况报告", TitleFinder.find(List.of(
                "山东省青岛市2023年法治政府建设情况报告")), "the province in full is the issuer's own");
    }

    @Test
    void aDateInSpacedBracketsAfterTheTitleIsTheHeadersDate() {
        assertEquals("2024-01-15", PublicationDateFinder.find(List.of(
                "上海市国防动员办公室2023年度法治政府建设情况报告 ( 2024年01月15日 )", "沪国动〔2024〕1号", "市委、市政府:")));
    }

    /** Session 23 (dev47): what may stand before an opening's subject, a scenic area as a zone, a summary with its plan. */
    @Test
    void anOpeningSubjectAfterTheYearsSentenceOrAPrefaceOfItsGroundsAndTitlesWithAPlanOrOfEnforcement() {
        assertEquals("department", LevelClassifier.fromOpeningSubject("2020年是全面建成小康社会和“十三五”规划的收官之年。"
                + "西湖风景名胜区在市委、市政府的正确领导下,全面深入推进法治政府建设工作。", 0),
                "the year's sentence before the subject; a scenic area's 管委会 is an office of its city's government");
        assertEquals("department", LevelClassifier.fromOpeningSubject("根据《法治政府建设实施纲要(2021—2025年)》《广东省法治政府建设实施纲要》等要求,"
                + "龙华区投资促进服务中心(以下简称“中心”)紧紧围绕区委、区政府的决策部署,深入推进法治政府建设。", 0));
        assertEquals("county", LevelClassifier.fromOpeningSubject("按照市委全面依法治市委员会的部署,鄞州区坚持以习近平法治思想为指导。", 0));
        assertNull(LevelClassifier.fromOpeningSubject("根据《法治政府建设与责任落实督查工作规定》要求,现将2023年工作情况报告如下:", 0),
                "a preface with no subject after it names no level");
        assertEquals("华强北街道2015年法治建设工作总结和2016年法治建设年度规划", TitleFinder.find(List.of(
                "华强北街道2015年法治建设工作总结和2016年法治建设年度规划", "信息提供日期 : 2017-12-04 00:00")));
        assertEquals("东陈乡2020年度行政执法工作报告", TitleFinder.find(List.of("东陈乡2020年度行政执法工作报告", "",
                "2020年,东陈乡在县依法治县委员会的正确领导下,坚持依法行政。")));
    }
}
