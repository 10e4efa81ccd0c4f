package com.fazhi.extractor.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fazhi.contract.model.Indicator;

/** Wordings of the genre beyond the corpus: other provinces' phrasing, sub-clauses, rates, targets, changes. */
class IndicatorFinderTest {

    private final IndicatorFinder finder = new IndicatorFinder(IndicatorCatalog.get());

    private List<String> found(String text) {
        return finder.find(text, 2023, offset -> null).stream()
                .map(i -> i.key() + "=" + fmt(i.value()) + (i.year() != 2023 ? "@" + i.year() : ""))
                .collect(Collectors.toList());
    }

    private List<Double> confidences(String text) {
        return finder.find(text, 2023, offset -> null).stream().map(Indicator::confidence).collect(Collectors.toList());
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    @Test
    void reconsiderationChainWithItsBreakdown() {
        assertEquals(List.of("reconsideration.cases=56", "reconsideration.accepted=48", "reconsideration.concluded=45",
                        "reconsideration.corrected=6", "reconsideration.correction_rate=12.5"),
                found("全年共收到行政复议申请56件,其中受理48件,审结45件,直接纠错6件,纠错率12.5%。"));
    }

    /** The genre's wordings added in session 5, each from a real report of the work sets. */
    @Test
    void studyCountedBeforeItsBodyOrWithItsTopicAfterAndAnEnumerationHeadGoverningItsItems() {
        assertEquals(List.of("law_study.sessions=21"),
                found("结合习近平法治思想,共召开21次理论学习中心组专题教育学习大会和8次全体干部培训。"));
        assertEquals(List.of("law_study.sessions=12"),
                found("组织开展党工委理论学习中心组集中学习研讨12次,将习近平法治思想作为学习重点。"));
        assertEquals(List.of("law_study.sessions=7"),
                found("市政府常务会议每季度听取法治政府建设情况汇报、开展常务会议学法7次。"), "每季度 dates only its own item");
        assertEquals(List.of(), found("将宪法、民法典纳入学习内容,组织乡村社干部开展集中学习20次、专题学习6次。"),
                "the head's staff governs both items");
        assertEquals(List.of("law_study.sessions=1800", "law_study.sessions=60"), // 1800: every party committee, summed
                found("全年各级党委(党组)开展理论中心组学法1800余次、政府常务会学法60余次。"),
                "an item that names its own body is not governed by the head");
        assertEquals(List.of(), found("围绕学习贯彻党的十九届五中全会和省委九届十一次全会精神进行研讨交流。"), "九届十一次 is an ordinal");
    }

    /** The genre's wordings added in session 6, each from a real report of the work sets. */
    @Test
    void citedTitlesMeetingCountsBareMediationRatesAndCaseFileReviews() {
        assertEquals(List.of("law_study.sessions=51"), found("以局党委理论学习中心组学法为载体,集中学习《习近平总书记关于防汛减灾工作重要论述》"
                + "《中国共产党纪律处分条例》《生产安全事故罚款处罚规定》等法律法规51次。"), "three cited titles are three short words");
        assertEquals(List.of("law_study.sessions=9", "law_study.sessions=11"),
                found("召开9次区政府党组会议、11次区政府常务会议,学习贯彻习近平总书记全面依法治国新理念新思想新战略。"));
        assertEquals(List.of(), found("先后16次召开厅党委会、厅长办公会,深入学习贯彻习近平法治思想,及时传达学习上级会议文件精神,研究贯彻落实举措。"),
                "meetings that also relay and deliberate are general meetings");
        assertEquals(List.of("mediation.disputes=2571", "mediation.success_rate=99.73"),
                found("全区人民调解组织调解纠纷2571宗,成功率99.73%。"));
        assertEquals(List.of("mediation.disputes=39728", "mediation.resolved=37860", "mediation.success_rate=95.3"),
                found("全市各级人民调解组织调解案件39728件,调解成功案件37860件,成功率达95.3%。"));
        assertEquals(List.of(), found("全年审结行政复议案件120件,审结率98%,成功率很高。").stream()
                .filter(k -> k.startsWith("mediation")).toList(), "a rate outside a mediation sentence");
        assertEquals(List.of("enforcement.case_files_reviewed=4526"), found("组织全系统共对4526份行政处罚案件进行案卷评查。"));
        assertEquals(List.of("enforcement.case_files_reviewed=3400"), found("开展依法行政考核,共查阅了3400余份执法卷宗。"));
        assertEquals(List.of("legal_aid.cases=109"), found("今年以来受理法律援助案件109起。"));
        assertEquals(List.of("legal_aid.cases=4567"), found("全市各级法律援助机构办理案件4,567件。"));
        assertEquals(List.of("normative_docs.reviewed=58"), found("通过平台收到行政规范性文件备案申请58件,准予登记37件。"));
        assertEquals(List.of(), found("部门规范性文件备案1件,失效2件。"), "a document filed is not a document reviewed");
        assertEquals(List.of("law_study.exam_participants=50000"), found("开展示范创建学法用法考试,覆盖公职人员近5万名。"));
        assertEquals(List.of("normative_docs.reviewed=18"), found("(四)加强合法性审查。完成18件行政规范性文件和代拟稿的审核。"));
        assertEquals(List.of(), found("加强合法性审查。经清理,现行12件规范性文件均予保留。"));
        assertEquals(List.of(), found("举办科级干部法治讲座2场次。"), "section chiefs are staff, not the leadership");
        assertEquals(List.of("services.online_rate=85"), found("率先开展“无人智能审批”,行政服务中心减压窗口60%,线上办件率超过85%,群众满意率提升4.7个百分点。"),
                "the share of cases handled online");
        assertEquals(List.of("services.online_rate=100"), found("现行所有政务服务事项可“网上办”事项占比达100%,可“不见面办”事项占比达72%。"),
                "不见面 (no visit in person; by post too) is not online");
        assertEquals(List.of("publicity.events=171"), found("结合行业特点开展主题普法宣传。组织开展了“城管十进”活动(进广场、进公园、"
                + "进社区),活动共开展171次,发放宣传资料25000余份。"));
        assertEquals(List.of(), found("组织干部职工开展学习。活动共开展12次。"));
        assertEquals(List.of("publicity.events=250"), found("将习近平法治思想作为领导干部任前法律考试重要内容,开展宣讲250余场,"
                + "覆盖人群近15万人次。"), "an audience reached is no exam's participants");
        assertEquals(List.of("mediation.disputes=1523"), found("全年1,523件矛盾纠纷得到有效化解。"));
        assertTrue(!found("全年326件矛盾纠纷调解成功。").contains("mediation.disputes=326"),
                "disputes settled are not the disputes mediated");
        assertEquals(List.of("enforcement.penalties=22"), found("今年以来,共对22宗行政处罚进行了法制审核。"));
        assertEquals(List.of("enforcement.officers_trained=180"),
                found("开展基层执法培训,今年以来共组织执法人员开展2场共180人次的业务培训。"));
        assertEquals(List.of("litigation.head_appearance_rate=100"), found("街道领导及时出庭应诉,应诉率达100%。"));
        assertEquals(List.of(), found("行政应诉率达100%。"), "an 应诉率 says nothing of who appeared");
        assertEquals(List.of("enforcement.officers_trained=7"),
                found("积极安排7名执法人员参加省应急管理厅举办的4期综合执法队伍专业能力提升培训班。"));
        assertEquals(List.of(), found("组织30名干部职工参加为期4天的市委党校公共法律知识培训班。"), "a training course is no exam");
        assertEquals(List.of("law_study.exam_participants=57", "law_study.exam_pass_rate=100"),
                found("实现基层法治工作队伍学习全覆盖,57名在职在编人员法治理论考试通过率100%。"));
        assertEquals(List.of("law_study.exam_participants=278"), found("组织开展集中考法、任前考法3场、278人次。"));
        assertEquals(List.of("law_study.sessions=8"),
                found("2024年,围绕学习法治思想、《中华人民共和国宪法》《中华人民共和国民法典》等重点内容开展8次集中学习。"));
        assertEquals(List.of("law_study.sessions=5"),
                found("市委书记先后5次主持召开市委常委会会议、市委理论学习中心组会议,认真学习《习近平法治思想学习纲要》。"));
        assertEquals(List.of("law_study.sessions=2"),
                found("将学习贯彻习近平法治思想纳入党工委理论学习中心组必修课,全年共开展专题研学2次。"));
        assertEquals(List.of("law_study.sessions=2"), found("教育局党委邀请律师事务所专业律师举办两期法治专题讲座。"));
        assertEquals(List.of("legality_review.contracts=185"), found("法律顾问审查合同超185份。"));
        assertEquals(List.of("legality_review.contracts=11"), found("全年共审查各类合同及文件11件。"));
        assertEquals(List.of("enforcement.cases=103"), found("全年办结林业行政案件103件。"));
        assertEquals(List.of("enforcement.cases=74"), found("2025年在云阳县行政执法监督平台录入案件74件,其中普通程序1件,简易程序73件。"));
        assertEquals(List.of("normative_docs.reviewed=18", "legality_review.contracts=56"), found("全年审查规范性文件和合同分别为18件、56件。"),
                "documents and contracts given respectively are each their own");
        assertEquals(List.of(), found("在省行政执法与刑事司法衔接信息平台录入案件5件。"), "cases handed on to the courts");
        assertEquals(List.of(), found("政府信息公开申请中,网上申请占比68%。"), "applications for disclosure, not services done online");
        assertEquals(List.of(), found("邀请律师为局机关开展法治教育讲座2场,参加干部60余人次。"), "an in-house lecture for the bureau's staff");
        assertEquals(List.of("services.online_rate=100"), found("普及高频事项线上办,政务服务事项实现网上申请、网上预审率达100%。"));
        assertEquals(List.of("publicity.events=96"), found("深入实施“八五”普法规划,开展学习宣传活动96场次。"));
        assertEquals(List.of(), found("全年以来开展街道党工委扩大会议“第一议题”、理论学习中心组学习共67次,专题学习《中国共产党纪律处分条例》5次,举办领导干部警示教育培训班2次。"),
                "the party's discipline rules are not law");
        assertEquals(List.of("publicity.events=70"), found("连续8年开展法治讲师团巡讲活动,内容涵盖依法治国、依法治校等方面,2022年已开展各类法治教育讲座70场,受益师生3万余人次。"),
                "law lectures for the schools, the audience named after the count");
    }

    @Test
    void lawStudyInItsOwnWordsAndMeetingListsAfterTheCount() {
        // 法治专题学习 names law study as 专题学法 does: no leadership around it is needed, a staff-wide subject still refuses
        assertEquals(List.of("law_study.sessions=4"), found("年度听取法治建设重要工作汇报2次,召开有关法治建设工作会议3次,组织法治专题学习4次。"));
        assertEquals(List.of(), found("组织全体干部职工开展法治专题学习4次。"));
        // read at the topic's confidence, unless a rule before it names the leadership: then at its own
        assertEquals(List.of(0.6), confidences("年度召开有关法治建设工作会议3次,组织法治专题学习4次。"));
        assertEquals(List.of(0.9), confidences("党组理论学习中心组开展法治专题学习5次。"));
        // and so a sentence's lecture for the leadership does not give way to it
        assertEquals(List.of("law_study.sessions=6", "law_study.sessions=2"),
                found("局党组坚持集体学法,全年开展党组中心组法治专题学习6次,邀请执业律师为班子成员作专题讲座2次。"));
        // the meetings that studied the law listed after the count, the list ending in 学法
        assertEquals(List.of("law_study.sessions=5"), found("将国家基本法律法规纳入党组中心组学习计划,全年共组织5次党组中心组、厅长办公会学法。"));
        assertEquals(List.of(), found("在市委156次常委会会议、市政府党组(扩大)会议传达学习了中央依法治国工作会议精神。"),
                "a list that does not end in 学法 is the meetings' business, not their study");
    }

    @Test
    void contractsDescribedBeforeTheirReviewPlansTargetsAndThoseWhoSatAnExam() {
        // contracts counted, described, then reviewed; another count before them is not theirs
        assertEquals(List.of("legality_review.contracts=120"),
                found("先后对90个拟提交局党组会审议的议题,以及120份拟对外签订的业务合同(合作协议)进行合法性审查。"));
        assertEquals(List.of(), found("对15件重大行政决策和20个部门合同进行合法性审查。").stream()
                .filter(f -> f.equals("legality_review.contracts=15")).toList());
        // what the year's plan holds is a target; the plan a count was done by is not
        assertEquals(List.of(), found("年内计划专题研究法治建设工作1次、党组理论学习中心组专题学习《法治政府建设实施纲要》等政策文件4次。"));
        assertEquals(List.of("law_study.sessions=12"), found("按照全年计划组织政府常务会议会前学法12次。"));
        assertEquals(List.of("law_study.sessions=12"), found("按照局党组全年计划组织政府常务会议会前学法12次。"));
        assertEquals(List.of(), found("今年计划在全县开展法治专题学习4次。"));
        // 实考 after the exam it names, as 参考; 应考 counts those expected to sit it, not those who did
        assertEquals(List.of("law_study.exam_participants=58"), found("组织局机关工作人员参加2021年普法考试,应考60人,实考58人。"));
        assertEquals(List.of("law_study.exam_pass_rate=100"), found("组织局机关工作人员参加2021年普法考试,应考54人,考试及格54人,通过率100%。"));
    }

    @Test
    void aBodysGeneralStudyGivesWayToTheLawStudyNamedInItsSentence() {
        assertEquals(List.of("law_study.sessions=14", "law_study.sessions=10"),
                found("发挥好领导干部带头作用,区委常委会学习习近平法治思想14次,区政府常务会议学习习近平法治思想10次,共开展中心组学习80余场。"));
    }

    /** A party education campaign named after the law makes the study count that campaign's (dev31 HB10, HC16). */
    @Test
    void aStudyCountAfterAPartyEducationCampaignIsThatCampaignsStudy() {
        String law = "局党组将习近平法治思想纳入理论学习中心组学习内容,组织专题学习4次。";
        assertEquals(List.of("law_study.sessions=4"),
                found(law + "开展深入贯彻中央八项规定精神学习教育,累计组织集中学习33次,参与党员干部270人次。"));
        assertEquals(List.of(), found("深入学习习近平法治思想,开展学习贯彻习近平新时代中国特色社会主义思想主题教育,组织召开理论中心组学习25次。"));
        assertEquals(List.of("law_study.sessions=25"), found("开展主题教育。局党组深入学习习近平法治思想,组织召开理论中心组学习25次。"),
                "a campaign before the law names nothing of the count");
    }

    /** A clause of a total word alone counts what the clause before it names (dev31 HA04, HA07). */
    @Test
    void aTotalAloneInItsClauseCountsTheClauseBefore() {
        assertEquals(List.of("publicity.events=42"), found("深入各镇、各单位组织开展普法宣传活动,共计42次。"));
        assertEquals(List.of("law_study.exam_participants=40"),
                found("依托国家工作人员学法用法考试平台开展线上学法,2024年度总人数40人。"));
        assertEquals(List.of("publicity.events=12", "publicity.events=30"), found("开展普法讲座12场、宣传活动30场,共计42场。"),
                "a total of the figures before it is not read as the last item's wording");
        assertEquals(List.of(), found("召开党委会议研究工作,共计12次。"), "the clause before must name a concept");
        assertEquals(List.of("law_study.sessions=6"), found("深入开展宪法学习教育,局党组组织专题学习6次。"), "the law's 学习教育 is no campaign");
        assertEquals(List.of(), found("局领导班子带头学法用法,全年组织3次学法知识竞赛。"), "a contest is no study session");
    }

    @Test
    void aLabelBeforeAColonIsItsValuesWording() {
        assertEquals(List.of("reconsideration.cases=87", "reconsideration.correction_rate=9.2", "law_study.sessions=12"),
                found("2021年主要指标完成情况:\n行政复议收案数:87件\n行政复议纠错率: 9.2%\n● 市政府常务会议会前学法次数:12次"));
        assertEquals(List.of(), found("主要做法:12次"), "a colon after words that name nothing");
    }

    @Test
    void aListOfConceptsAndItsFiguresRespectively() {
        assertEquals(List.of("normative_docs.reviewed=26", "legality_review.contracts=143", "legality_review.opinions=78"),
                found("2017年,县政府法制办共审查规范性文件、重大行政决策、政府合同分别为26件、9件、143件,提出审查意见78条。"));
        assertEquals(List.of("normative_docs.reviewed=26", "legality_review.contracts=143", "legality_review.opinions=78"),
                found("2017年,县政府法制办共审查规范性文件、重大行政决策和政府合同分别为26件、9件、143件,提出审查意见78条。"),
                "the last concept cut at 和, as the list is split");
        assertEquals(List.of("enforcement.cases=412", "reconsideration.cases=3", "litigation.cases=2"),
                found("2021年,我局共办理行政执法案件、行政复议案件、行政诉讼案件分别为412件、3件、2件。"));
        assertEquals(List.of("law_study.sessions=6", "law_study.sessions=11"),
                found("分别开展会前学法6次和11次。"), "one concept and two figures: both are its");
    }

    @Test
    void anAverageIsNoCount() {
        assertEquals(List.of("legal_services.consultations=6300"),
                found("2021年,区公共法律服务中心提供法律咨询6,300余人次,日均接待群众咨询25人次。"));
    }

    @Test
    void aBareListOfFiguresSharesTheFirstOnesWordingAndAQualificationExamIsNoLawExam() {
        assertEquals(List.of("law_study.sessions=4", "law_study.sessions=6", "law_study.sessions=12"),
                found("2024年,市委理论学习中心组、市政府党组、市政府常务会议分别开展法治专题学习4次、6次、12次。"));
        assertEquals(List.of("law_study.sessions=10"),
                found("组织全局民警参加全省公安机关执法资格等级考试,参考189人,通过率87.3%。局党委会会前学法10次。"));
        assertEquals(List.of("publicity.events=23", "publicity.events=6"),
                found("全县开展主题普法活动23场、法治文艺演出6场。"));
    }

    @Test
    void aPoliticalTalkIsNoPublicityAndALectureToPupilsNoLeadershipStudy() {
        assertEquals(List.of("publicity.events=64"), found("组建“法治宣讲团”,深入村(社区)、企业、学校开展习近平法治思想宣讲64场。"
                + "县委宣讲团同步开展党的二十届三中全会精神宣讲210场。"));
        assertEquals(List.of("law_study.sessions=9", "publicity.events=8"), found("2020年,镇领导班子坚持班子会学法,全年集中学法9次。"
                + "镇长、派出所所长等担任辖区中小学法治副校长,到校开展法治讲座8场次,覆盖师生2400余人次。"));
    }

    @Test
    void aRateThatRoseBelongsPartlyToTheYearBefore() {
        assertEquals(List.of("reconsideration.mediation_rate=16.2@2022", "reconsideration.mediation_rate=28.8"),
                found("行政复议案件调撤率由2022年的16.2%上升至28.8%。"));
    }

    @Test
    void litigationIsNotReconsideration() {
        assertEquals(List.of("litigation.cases=41", "litigation.lost=3", "litigation.loss_rate=7.3",
                        "litigation.head_appearance_rate=100"),
                found("全年行政应诉案件41件,审结37件,败诉3件,败诉率7.3%,行政机关负责人出庭应诉率100%。"));
    }

    @Test
    void mediationFiguresWithWanAndYu() {
        assertEquals(List.of("mediation.disputes=12000", "mediation.resolved=11800", "mediation.success_rate=98.3",
                        "mediation.committees=215", "mediation.mediators=1260"),
                found("全市各级调解组织共调解矛盾纠纷1.2万余件,调解成功11800件,调解成功率98.3%。"
                        + "建立人民调解委员会215个,配备人民调解员1260名。"));
    }

    @Test
    void figuresBeforeTheirNoun() {
        assertEquals(List.of("legal_advisers.count=12", "legality_review.contracts=64", "normative_docs.reviewed=23"),
                found("县政府聘请12名律师担任法律顾问,对64份政府合同进行合法性审查,对23件行政规范性文件进行合法性审核。"));
    }

    @Test
    void chineseNumeralsAndLawStudy() {
        assertEquals(List.of("law_study.sessions=12", "law_study.exam_participants=3500", "law_study.exam_pass_rate=99.2"),
                found("县政府常务会议会前学法十二次。组织3500名领导干部参加年度学法考试,考试合格率99.2%。"));
    }

    @Test
    void aFigureInChineseNumeralsReadsAsOneInDigits() {
        // each meeting's count in a list whose last item names the study of the law, in either script
        assertEquals(List.of("law_study.sessions=10", "law_study.sessions=11"),
                found("市委常委会会议10次、市政府常务会议11次、市委理论学习中心组会议4次研学习近平法治思想。"));
        assertEquals(List.of("law_study.sessions=10", "law_study.sessions=11"),
                found("市委常委会会议十次、市政府常务会议十一次、市委理论学习中心组会议四次研学习近平法治思想。"));
        // a wording's gap stops at the figure before, whichever its script: the case studies are not the law study
        assertEquals(List.of("law_study.sessions=4"), found("党组会议会前学法4次、案例研讨3次。"));
        assertEquals(List.of("law_study.sessions=4"), found("党组会议会前学法四次、案例研讨三次。"));
        // 一 whose measure word ends its clause counts; as a word it does not (一批, 一次性)
        assertEquals(List.of("legal_advisers.count=1"), found("为新华乡配备法律顾问一名,村法律顾问九名。"));
        // a count each of several units has is no count of the place's (a rate over them is)
        assertEquals(List.of(), found("各村(社区)均配备法律顾问一名,"));
        assertEquals(List.of(), found("各村(社区)均配备法律顾问1名,"));
        assertEquals(List.of(), found("聘请法律顾问一次性审查合同。"));
        // the evidence is the report's own words, not the rules' reading of them
        assertEquals("市政府常务会议学法十一次", finder.find("市政府常务会议学法十一次。", 2023, offset -> null).get(0).text());
    }

    @Test
    void changesTargetsAndCitedTitlesAreNotIndicators() {
        assertEquals(List.of(), found("行政复议案件同比增长15%。行政诉讼败诉率控制在5%以下。"));
        assertEquals(List.of(), found("印发《关于办理行政复议案件30件的通知》。"));
        assertEquals(List.of(), found("力争行政机关负责人出庭应诉率达到100%。"));
        // 确保 in a report of the year past states what was achieved, as two labellers of the work sets read it
        assertEquals(List.of("law_study.exam_pass_rate=100"), found("组织法律知识考试,确保参考率和通过率均达到 100%。"));
        assertTrue(found("主动公开政府信息3200条,受理依申请公开件75件。").contains("disclosure.applications=75"));
        assertEquals(List.of("disclosure.applications=75"), found("主动公开政府信息3200条,受理依申请公开件75件。"));
    }

    @Test
    void publicityServicesAndEnforcement() {
        assertEquals(List.of("publicity.events=320", "legal_services.consultations=2600", "services.online_rate=98.6",
                        "enforcement.cases=5120", "enforcement.penalties=3300", "enforcement.case_files_reviewed=150"),
                found("开展普法宣传活动320场次,解答群众法律咨询2600人次。政务服务事项网上可办率98.6%。"
                        + "全年办理行政执法案件5120件,其中行政处罚3300件。组织评查行政执法案卷150卷。"));
    }

    @Test
    void offsetsPointAtTheFigureInTheText() {
        String text = "全年办理法律援助案件330件。";
        Indicator aid = finder.find(text, 2023, offset -> "(三)").get(0);
        assertEquals("330件", text.substring(aid.start(), aid.end()));
        assertEquals("全年办理法律援助案件330件", aid.text());
        assertEquals("(三)", aid.section());
    }

    @Test
    void moreWordingsOfTheGenre() {
        assertEquals(List.of("reconsideration.cases=156", "reconsideration.concluded=142", "reconsideration.corrected=12",
                        "reconsideration.corrected=5", "reconsideration.correction_rate=14.8"),
                found("全年共办理行政复议案件156件,审结142件,其中维持89件,撤销12件,确认违法5件,综合纠错率14.8%。"));
        assertEquals(List.of("legality_review.contracts=300", "legality_review.opinions=260"),
                found("审核各类合同协议300余份,提出法律意见建议260条。"));
        assertEquals(List.of("legal_services.consultations=35000", "disclosure.applications=356"),
                found("12348热线接听咨询3.5万人次。受理政府信息公开申请356件。"));
        assertEquals(List.of("litigation.cases=268", "litigation.loss_rate=3.2"),
                found("全年共发生行政诉讼案件268件,一审败诉率为3.2%。"));
        assertEquals(List.of("enforcement.officers_trained=800"), found("举办行政执法人员培训班12期,培训800人次。"));
    }

    @Test
    void notEveryLectureIsLawStudyNorEveryTalkLawPublicity() {
        assertEquals(List.of("publicity.events=80"), found("在社区举办法治讲座80场。"));
        assertEquals(List.of(), found("开展党的二十大精神宣讲100场。"));
        assertEquals(List.of("law_study.sessions=2"), found("开展省政府常务会议法治专题讲座2次。"));
    }

    /** Session 26's unseen texts (dev53): a screen's or a newspaper's count is no event; a count over several trainings is no officers'. */
    @Test
    void mediaPlacementsMixedTrainingsAndMeetingsThatStudiedTheLaw() {
        assertEquals(List.of(), found("落实“谁执法谁普法”,印发普法宣传资料8000余份,利用LED屏宣传4000余次。"));
        assertEquals(List.of(), found("法治建设工作信息被人民日报、法治日报等国家级媒体宣传报道50余次。"));
        assertEquals(List.of("publicity.events=12"), found("围绕民法典开展普法宣传12场次。"));
        assertEquals(List.of(), found("开展了放射人员培训、卫生健康行政执法培训、职业危害企业负责人培训等10余次法律法规培训,参训2000余人。"));
        assertEquals(List.of("enforcement.officers_trained=120"), found("组织行政执法人员专题培训,参训120人。"));
        assertEquals(List.of("law_study.sessions=2"),
                found("先后召开2次区政府党组(扩大)会议、区政府常务会议专题学习习近平法治思想,部署贯彻落实工作。"));
        assertEquals(List.of(), found("先后召开3次区政府常务会议专题研究经济工作。"));
        // dev55: files counted, then reviewed; lectures of the 法律六进 campaign; a case-telling campaign for firms and a
        // policy talk are no leadership study and no law publicity
        assertEquals(List.of("enforcement.case_files_reviewed=4192"), found("联合重点行政执法单位对4192份行政执法案卷完成评查整改。"));
        assertEquals(List.of("publicity.events=1200"), found("各普法成员单位依托“法律六进”开展习近平法治思想专题讲座1200余场(次)。"));
        assertEquals(List.of("publicity.events=4"), found("为科创企业开展“以案讲法”活动4次。"));
        assertEquals(List.of(), found("持续优化法治营商环境。包保队员深入企业1600余人次,政策宣讲110余次,宣传解读各项政策。"));
        assertEquals(List.of(), found("开展“法治大讲堂”“以案释法”研讨活动10余场。"));
        // dev56: the count before 法治学习, the leadership named in the rules it keeps
        assertEquals(List.of("law_study.sessions=8"), found("严格执行《红谷滩区政府常务会议学法制度》,全年组织8次法治学习,涵盖《重大行政决策程序暂行条例》等法规。"));
        // a conveyed study of the law is a leadership meeting's; of speeches in general, no law study
        assertEquals(List.of("law_study.sessions=6"), found("二、深入学习宣传贯彻习近平法治思想\n传达学习习近平法治思想有关论述6次。"));
        assertEquals(List.of(), found("传达学习习近平总书记重要讲话重要指示精神60次。"));
        assertEquals(List.of(), found("传达学习全市法治建设工作会议精神8次。"));
        // dev57: a rate held for several years running; a sampled law exam; a share given in the clause after the service
        assertEquals(List.of("litigation.head_appearance_rate=100"), found("全区行政机关负责人出庭应诉率连续3年保持100%,近3年无一件行政决策被纠错。"));
        assertEquals(List.of("litigation.head_appearance_rate=100"), found("行政机关负责人出庭应诉率连续两年100%。"));
        assertEquals(List.of("law_study.exam_participants=510"), found("组织新提任领导干部法治理论知识考试、年度法治理论知识考试集中抽考510人次。"));
        // dev57: a study whose own sentence names general theory or party rules, the law only in the sentence before
        assertEquals(List.of(), found("深入学习贯彻习近平法治思想,推进法治机关建设。坚持理论学习中心组学习制度和第一议题制度,认真学习贯彻习近平新时代中国特色社会主义思想,全年局党组理论学习中心组开展了11次专题学习。"));
        assertEquals(List.of(), found("局党组带头学习宪法和法律法规。深入贯彻落实习近平总书记关于依规治党的重要论述精神,组织开展中央及省委、市委党内法规制度文件学习会议16场次。"));
        assertEquals(List.of("law_study.sessions=11"), found("局党组带头学习宪法和法律法规。全年局党组理论学习中心组开展了11次专题学习。"));
        // dev59: documents newly made under a legality-review topic are not documents reviewed
        assertEquals(List.of(), found("健全法律顾问和公职律师制度,切实做好合法性审核,2025年我局新增2件规范性文件,目前现行有效规范性文件4件。"));
        // dev60: a legal adviser's opinions among legal services; a party group's cell; documents and decisions in one
        // total; the participants after the test's count; an exam named by its seasons; a lecture named 法治公益讲座; a
        // reconsideration count before its category in a breakdown
        assertEquals(List.of(), found("参与管委会重大决策会议231次,向各部门提供法律咨询611次,出具法律意见书35件。"));
        assertEquals(List.of("legality_review.opinions=32"), found("严格执行重大行政决策制度,所有决策均经合法性审查,出具法律意见32条。"));
        assertEquals(List.of(), found("局党组带头学法。党小组集中学习法律法规426次。"));
        assertEquals(List.of(), found("严格落实行政规范性文件合法性审查,完成厅20件行政规范性文件和重大决策事项、21项上会文件合法性审查。"));
        assertEquals(List.of(), found("严格落实合法性审查制度,审核重大行政决策和规范性文件共25件。"));
        assertEquals(List.of("law_study.exam_participants=200"), found("全年累计开展法治能力测试2次,参与乡、村干部200余人次。"));
        assertEquals(List.of(), found("开展党纪知识测试2次,参与党员干部200人次。"));
        assertEquals(List.of(), found("开展政务服务系统压力测试3次,参与工作人员120人次。"));
        assertEquals(List.of("law_study.exam_participants=79"), found("组织79名新提任领导干部参加春季、秋季法治理论知识考试和在线旁听庭审。"));
        assertEquals(List.of("publicity.events=300"), found("向全市各区中小学、中职校,以及特殊学校和专门学校,送去法治公益讲座300余场。"));
        assertEquals(List.of(), found("全县开展习近平法治思想专题讲座10次。"));
        assertEquals(List.of("reconsideration.cases=8", "reconsideration.corrected=1"), found("收到行政复议8件,1件维持,1件撤销,1件撤回,1件驳回,4件正在审理中。"));
        assertEquals(List.of(), found("全年无行政复议案件。办理市场主体登记3000件,其中1500件变更登记。"));
        assertEquals(List.of("legality_review.opinions=12"), found("对重大行政决策进行合法性审查,充分听取居民意见,出具法律意见12条。"));
        // dev61: the law named as the general secretary's 全面依法治国 thought; the count before a centre group's
        // 报告会; a regulation named by its title as the topic of its publicity
        assertEquals(List.of("law_study.sessions=3"), found("将习近平总书记全面依法治国新理念新思想新战略纳入学习计划,组织开展3次区委理论学习中心组报告会。"));
        // dev61: each meeting's count in a list whose last item names the study of the law; meetings that planned work are not
        assertEquals(List.of("law_study.sessions=10", "law_study.sessions=11"),
                found("2022年,市委常委会会议10次、市政府常务会议11次、市委理论学习中心组会议4次研学习近平法治思想。"));
        assertEquals(List.of(), found("2022年,市委常委会会议10次、市政府常务会议11次研究部署法治建设工作。"));
        assertEquals(List.of("publicity.events=45"), found("《上海市药品管理条例》正式施行。累计开展《条例》线上线下宣贯活动45场,覆盖企业6000余家。"));
        assertEquals(List.of(), found("累计开展线上线下宣贯活动45场,覆盖企业6000余家。"));
        assertEquals(List.of(), found("深入开展党纪学习教育,开展《中国共产党纪律处分条例》专题宣讲活动12场。"));
        assertEquals(List.of("services.online_rate=100"),
                found("发布了734项行政许可事项,其中328项实现“马上办”“一次办”,比例44.7%;734项实现“网上办”,比例100%;105项实现“就近办”,比例14.3%。"));
        assertEquals(List.of(), found("全部事项实现“一网通办”,其中“跨省通办”事项120项,占比35%。"));
    }

    /** The concept stated after the figure or around it (issue 9's classes), one wording each. */
    @Test
    void theConceptAfterOrAroundTheFigure() {
        assertEquals(List.of("services.online_rate=98"), found("政务服务事项98%实现全程网办。"));
        assertEquals(List.of("services.online_rate=90"), found("90%的区级政务服务事项实现全程网办。"));
        // the items' noun and the platform they go through between the rate and its quoted predicate
        assertEquals(List.of("services.online_rate=98"), found("全区98%的政务服务事项通过一体化在线政务服务平台实现“一网通办”。"));
        assertEquals(List.of("law_study.exam_participants=2600"), found("2,600余名干部完成线上学法考试。"));
        assertEquals(List.of("law_study.exam_participants=41000"), found("组织全市4.1万名公职人员学法考法。"));
        assertEquals(List.of("law_study.sessions=12"), found("部门负责人“轮值讲法”12场次。"));
        assertEquals(List.of("law_study.sessions=9"), found("组织集中学法9次。"));
        assertEquals(List.of("law_study.sessions=24"), found("区委常委会会议、区政府常务会议会前学法24次。"));
        assertEquals(List.of("law_study.sessions=4"), found("以宪法为主题,组织4次市政府常务会会前学法。"));
        assertEquals(List.of("publicity.events=400"), found("开展送法下乡宣讲400余场次。"));
        assertEquals(List.of("publicity.events=12"), found("围绕民法典普法,全年开展12场集中宣传活动。"));
        assertEquals(List.of("legal_services.consultations=600"), found("为群众解答法律、政策咨询600余人次。"));
        assertEquals(List.of("enforcement.case_files_reviewed=88"), found("开展案卷评查3次,评查案件88起。"));
        assertEquals(List.of("law_study.sessions=3"),
                found("将习近平法治思想纳入党委理论学习中心组学习内容,全年开展专题学习3次。"));
    }

    /** What must not count: issue 9's false friends. */
    @Test
    void falseFriendsOfTheGenre() {
        assertEquals(List.of(), found("办理行政诉讼案件调撤率达到30%。"));
        assertEquals(List.of(), found("开展法治培训班12期、法律知识考试3场。"));
        assertEquals(List.of(), found("组织执法人员参加执法资格考试120人。"));
        assertEquals(List.of(), found("全年召开常务会议1次。"));
        assertEquals(List.of(), found("组织全体干部职工开展法治专题宣讲2次。"));
        assertEquals(List.of(), found("每月至少开展3场次禁毒普法宣传。"));
        assertEquals(List.of(), found("完成重大合同审查,审查通过率100%。"));
        assertEquals(List.of(), found("成功化解风险案件39件。"));
        assertEquals(List.of(), found("州委理论学习中心组集中学习12次习近平新时代中国特色社会主义思想。"));
        assertEquals(List.of(), found("全年开展党组学习5次、中心组学习7次和支部学习8次。").stream()
                .filter(f -> f.endsWith("=8")).toList());
    }

    /** The verb before an enumeration's first item governs the later ones, for case and review counts only. */
    @Test
    void anEnumerationsVerbGovernsItsLaterItems() {
        assertEquals(List.of("normative_docs.reviewed=10", "legality_review.contracts=70"),
                found("区政府法律顾问共审查重大行政决策1件、规范性文件10件、合同70余份。"));
        assertEquals(List.of("legality_review.contracts=211"), found("审查合同、投资协议211件。"));
        // study and publicity need their own words in each item
        assertEquals(List.of(), found("开展党委理论学习中心组学习15次、读书班2期、专题研讨9次。").stream()
                .filter(f -> !f.endsWith("=15")).toList());
    }

    @Test
    void wordingsReadInSession4() {
        assertEquals(List.of("legal_advisers.count=206"), found("加强区政府及部门共206名法律顾问管理。"));
        assertEquals(List.of(), found("落实村(居)法律顾问,聘用2名专业司法调解人员,确保群众纠纷能及时调解。"), "mediators engaged are no advisers");
        assertEquals(List.of("legality_review.opinions=40"), found("为街道行政决策、合同协议提供合法性审查意见40余条。"));
        assertEquals(List.of("legality_review.opinions=309"),
                found("全年审查行政规范性文件、政府合同、会议纪要等270份,提出意见建议309条。").stream()
                        .filter(f -> f.startsWith("legality_review.opinions")).toList());
        assertEquals(List.of("law_study.exam_participants=44000"), found("在线学法平台培训国家工作人员4.4万名。"));
        assertEquals(List.of("law_study.sessions=11"), found("2024年共开展周例会学法11次。"));
        assertEquals(List.of("law_study.exam_pass_rate=100"), found("组织参加法律知识考试,通过率均达到 100%。"));
    }

    @Test
    void grassRootsAndStaffStudyIsNotTheLeadershipsStudy() {
        assertEquals(List.of(), found("各基层党组织结合“三会一课”、主题党日等开展集中学习320场(次)。"));
        assertEquals(List.of("law_study.sessions=8"), found("全年开展中心组专题学法8次、全镇干部集中学法16次。"));
        assertEquals(List.of(), found("开展机关工作人员普法知识讲座12场。"));
        assertEquals(List.of(), found("提出合理化建议130余条。"));
    }

    /** Session 12's phrasebooks (written blind from the spec): how the genre pairs, breaks down and plans its figures. */
    @Test
    void pairedFiguresBreakdownsOfStudyAndPlans() {
        assertEquals(List.of("law_study.sessions=6", "law_study.sessions=11"),
                found("区委常委会会议、区政府常务会议分别开展会前学法6次和11次。"));
        // the whole is theory study; what it counts as law study is the breakdown
        assertEquals(List.of("law_study.sessions=4"),
                found("党组理论学习中心组全年集中学习研讨14次,其中专题学习习近平法治思想和宪法、民法典等法律4次。"));
        // siblings of one 其中 list are not each other's totals
        assertEquals(List.of("reconsideration.cases=47", "reconsideration.concluded=39", "reconsideration.corrected=9",
                        "reconsideration.corrected=3"),
                found("共收到行政复议申请47件,审结39件,其中维持24件、撤销9件、确认违法3件。"));
        // a total and its breakdown in the next sentence
        assertEquals(List.of("enforcement.cases=886"),
                found("全区城管执法部门共办结行政执法案件886件,处罚金额144.6万余元。其中,简易程序案件528件;普通程序案件358件。"));
        assertEquals(List.of(), found("下一步,将持续落实负责人出庭应诉制度,确保行政机关负责人出庭应诉率达到100%。"));
        // a count over several years is no figure of the report's year; the year's own one after it is
        assertEquals(List.of("reconsideration.cases=902"),
                found("“十三五”期间,全市累计办理行政复议案件3,920件。2023年,全市办理行政复议案件902件。"));
        // dev72 RF06: a span of years inside a cited title is the document's period, not the figure's
        assertEquals(List.of("law_study.sessions=2"),
                found("把增强干部法治思维能力纳入《2022—2025年干部教育培训规划》,省政府举办2期专题法治讲座,学习外商投资法等内容。"));
        assertEquals(List.of(), found("2020年至2023年,省政府累计举办8期专题法治讲座。"));
        assertEquals(List.of(), found("到2024年底,县级政务服务事项网上可办率将达到100%。"));
        assertEquals(List.of(), found("2023年,我市将围绕示范创建任务,重点抓好以下工作。一是深化行政复议体制改革,行政机关负责人出庭应诉率保持100%。"
                + "二是持续优化政务服务,网上可办率提升至98%以上。"));
    }

    /** Session 14's dev21 (labelled blind): a rate reached "了", documents made and all reviewed. */
    @Test
    void aRateReachedAndDocumentsAllReviewed() {
        assertEquals(List.of("litigation.head_appearance_rate=100"), found("一审案件行政机关负责人出庭率达到了100%。"));
        assertEquals(List.of("normative_docs.reviewed=3"),
                found("我局共制定《关于做好2021年企业退休人员健康体检工作的通知》等规范性文件3件,均按规定完成合法性审查并在网站上公布。"));
        // documents made with no review said of them stay out
        assertEquals(List.of(), found("2022年共制定规范性文件1件《关于杭锦旗旗级储备粮管理办法(试行)》。"));
    }

    /** Session 14's Traditional phrasebook (written blind): the genre's traps and phrasings, script aside. */
    @Test
    void arbitrationCourtsQualificationExamsYearRangesAndCasesConcluded() {
        // arbitration's and courts' mediation is not the people's mediation the report counts
        assertEquals(List.of(), found("劳动人事争议仲裁院全年受理劳动争议仲裁案件926件,仲裁调解成功率71.3%。"));
        assertEquals(List.of("mediation.disputes=935"), found("县法院诉前调解案件1860件;全县各类人民调解组织受理纠纷935件。"));
        // a pass rate follows the exam its sentence names: a qualification exam's is no law exam's
        assertEquals(List.of(), found("组织362名新招录人员参加行政执法资格考试,考试通过率92.5%。"));
        assertEquals(List.of("law_study.exam_pass_rate=97.3"), found("国家工作人员年度法律知识考试及格率为97.3%。"));
        assertEquals(List.of("legality_review.contracts=85"), found("全年政府合同审查项目共85件。"));
        // a count over a span of years is not the year's; a plan's period inside its title is no such span
        assertEquals(List.of("legal_aid.cases=6812"),
                found("2018年至2023年全市累计办理法律援助案件3.6万件,2023年办理法律援助案件6812件。"));
        assertEquals(List.of("publicity.events=46"),
                found("县委、县政府印发《全县法治宣传教育第七个五年规划(2016—2020年)》,全年开展法制宣传活动46场次。"));
        assertEquals(List.of("reconsideration.concluded=503", "reconsideration.correction_rate=13.2"),
                found("全市行政复议机关办结案件503件,纠错率为13.2%。"));
    }

    @Test
    void anAssessedRiverSectionIsNoExamAnEnforcementExamNoLawExamAndAHotlineNoLegalService() {
        assertEquals(List.of(), found("13个国省控考核断面水质达标率100%,随机抽查合格率分别为95.95%、98.13%。"));
        assertEquals(List.of("law_study.exam_pass_rate=100"), found("组织全市1.19万人参加习近平法治思想网络专题班学习,考核通过率100%。"));
        assertEquals(List.of(), found("组织全体行政执法人员参加综合法律知识培训,6名人员通过行政执法考试。"));
        assertEquals(List.of("law_study.exam_participants=298"), found("先后组织全区298名领导干部,参加全省无纸化学法用法考试。"));
        assertEquals(List.of(), found("经开区营商环境热线整合后效率不断提升,累计解答各类咨询约9.2万件。"));
        assertEquals(List.of("legal_services.consultations=2400"), found("开展防养老诈骗宣传活动,派发资料3250多册,接待咨询2400人。"));
    }

    @Test
    void aCourtsFirstInstanceCountCasesFiledPenaltyDecisionsAfterNoticesDocumentsMadeAndReviewedAndABookStudied() {
        assertEquals(List.of("litigation.cases=18"), found("2024年全县共审结一审行政案件18件,行政机关败诉4件。").subList(0, 1));
        assertEquals(List.of("litigation.cases=13"), found("行政诉讼发案量13件,败诉2件。").subList(0, 1));
        assertEquals(List.of("enforcement.penalties=215"), found("下达行政执法处罚告知书191件、决定书215件,处罚金额898万元。"));
        assertEquals(List.of("normative_docs.reviewed=2"), found("严格落实行政规范性文件“三统一”制度,出台行政规范性文件2件并按规定进行合法性审核。"));
        assertEquals(List.of(), found("通过党工委会议,组织领导班子成员深入学习《习近平谈治国理政》第四卷26次。"));
        assertEquals(List.of("law_study.sessions=4"), found("组织领导班子成员集中学习《中华人民共和国行政处罚法》4次。"));
        assertEquals(List.of("law_study.sessions=5"), found("组织领导班子成员集中学习《习近平谈治国理政》、《习近平著作选读》、《中华人民共和国宪法》5次。"));
        assertEquals(List.of(), found("市中院共审结一审行政案件356件。"));
        assertEquals(List.of(), found("开展医保政策宣传进社区,现场解答群众咨询1200人次。"));
        assertEquals(List.of(), found("机关干部年度考核合格率100%。"));
        assertEquals(List.of(), found("党组先后3次集中学习上级关于法治建设工作的文件精神。"));
    }

    @Test
    void theCountBeforeTheLeadershipsStudyOfTheLaw() {
        assertEquals(List.of("law_study.sessions=5"), found("省水利厅党组始终把学习贯彻落实习近平法治思想作为一项重大政治任务抓紧抓实,先后5次专题组织学习习近平总书记全面依法治国新理念新思想新战略。"));
        assertEquals(List.of(), found("全局干部职工先后5次集中学习法律法规。"), "staff-wide study is no leadership study");
    }
    /** The genre's wordings added in session 17, each from a report of dev28 read blind first. */
    @Test
    void quotedCampaignsTrainedUnitsAndTheLawStudiedNamedFirst() {
        assertEquals(List.of("publicity.events=28"), found("深入推进全社会法治宣传教育。开展“法律赶大集”活动28场,发放资料3000份。"));
        assertEquals(List.of("enforcement.officers_trained=110"),
                found("承办全市行政执法示范培训观摩会,全区21家执法单位及镇街行政执法协调监督指导室共110余人参加培训。"));
        assertEquals(List.of("law_study.sessions=3"), found("党委中心组开展3次习近平法治思想专题学习。"));
        assertEquals(List.of(), found("围绕推进落实“八五”普法规划、党政机关法律顾问等内容开展法治督查3次。"), "an inspection is no publicity event");
        assertEquals(List.of(), found("今年以来参与上级部门法治培训3次,机关集中学习法律、法规3次。"), "the whole office's study is staff-wide");
        assertEquals(List.of(), found("全面贯彻落实党的二十大关于法治建设重大部署。围绕学习贯彻习近平总书记重要讲话精神、党的二十大精神等"
                + "举行学习会11次,开展宣讲活动30余场。"), "political 宣讲 after the law named in the sentence before");
        assertEquals(List.of("publicity.events=30"), found("围绕学习贯彻党的二十大精神和习近平法治思想,开展宣讲活动30余场。"),
                "the law named after the political theme");
    }
    /** dev29's wordings, read blind first. */
    @Test
    void qualificationExamsMixedReviewsAdvisersOnHandAndReviewsCountedInTimes() {
        assertEquals(List.of(), found("12名新进执法人员全部通过司法局组织的行政执法人员通用法律知识考试,取得了执法资格。"),
                "an enforcement qualification exam is no law-study exam");
        assertEquals(List.of(), found("全年审查规范性文件和各类招商引资、政府采购合同共715份。"), "a mixed total is neither key's");
        assertEquals(List.of("legal_advisers.count=17"), found("深化法律顾问工作,区委、区政府法律顾问团现有17人,全年参与法制工作718件次。"));
        assertEquals(List.of("normative_docs.reviewed=14"), found("全年开展行政规范性文件合法性审核14次、文件备案1次。"));
        assertEquals(List.of("legal_services.consultations=500"), found("开展主题普法活动,接受群众法律咨询500余起。"));
    }
    /** A review of session 17's rules: the ways they could misfire on other reports, each kept out. */
    @Test
    void theSessionsRulesKeepOutWhatTheReviewFound() {
        assertTrue(found("受理法律咨询及纠纷35起。").stream().noneMatch(f -> f.startsWith("legal_services")), "起 only right after 咨询");
        assertEquals(List.of(), found("邀请执法部门骨干授课,全镇120名村(社区)干部参加培训。"), "village cadres are no officers");
        assertEquals(List.of(), found("开展“法治督察”专项活动3次。"), "an inspection named in quotes is no publicity event");
        assertEquals(List.of(), found("开展规范性文件集中审查2次。"), "review rounds are no documents");
        assertEquals(List.of(), found("全年审查合同和规范性文件共41件。"), "a mixed total is no documents' count either");
        assertEquals(List.of("law_study.exam_participants=45"), found("新进公务员45人参加任前法律知识考试。"),
                "a new civil servant's pre-appointment exam is a law exam");
        assertEquals(List.of(), found("全县村(社区)法律顾问共有156名。"), "village advisers are not the government's");
        assertEquals(List.of(), found("省委主要负责同志主持召开省委理论学习中心组学习会、百名法学家百场报告会。"),
                "百场 names a programme, it counts nothing");
    }

    /** An enumeration's later item is its own statement: the leadership named in 一是 is not the topic of 二是 (dev34 HK02). */
    @Test
    void aLaterItemDoesNotReadTheItemBeforeAsItsTopic() {
        assertEquals(List.of("law_study.sessions=2"), found("一是党委会和理论学习中心组坚持专题学习习近平法治思想,全年组织学习2次;"
                + "二是将学习贯彻习近平法治思想纳入全镇党员干部教育内容,作为必修课,全年学习6场次。"));
        assertEquals(List.of("law_study.sessions=6"), found("坚持专题学习习近平法治思想,党委理论学习中心组全年组织学习6场次。"),
                "the same count in the leadership's own sentence");
    }

    /** dev35's first blind misses: items after 其中, a district-wide count, mixed review totals, a column's instalments. */
    @Test
    void breakdownsDistrictWideCountsMixedTotalsAndColumns() {
        assertEquals(List.of("enforcement.cases=26334", "enforcement.penalties=23328"), found(
                "全市共办理行政执法案件26334件,其中行政处罚23328件,告知承诺案件3006件,非现场执法案件14841件。"));
        assertEquals(List.of(), found("区委理论学习中心组带头学法,全区举办习近平法治思想专题讲座180场次。"));
        assertEquals(List.of(), found("全年审核各类区级文件和协议总计278件。"));
        assertEquals(List.of(), found("在《三峡日报》开辟“书记局长谈习近平法治思想”专题宣传20期。"));
        assertEquals(List.of("legal_advisers.count=10"), found("聘任10位专业法律服务工作者担任区政府法律顾问。"));
    }

    /** Session 20's dev36 misses. */
    @Test
    void casesHandledAfterEnforcementTheLawStudiedBeforeItsMeetingAndAnOnlineStudyExam() {
        assertEquals(List.of("enforcement.cases=1135"), found("加大行政执法力度,办理各类案件1135件。"));
        assertEquals(List.of(), found("加大行政复议工作力度,办理各类案件35件。"), "reconsideration cases are no enforcement cases");
        assertEquals(List.of("law_study.sessions=2"),
                found("街道党工委坚持带头学深悟透习近平法治思想,开展2期《中华人民共和国宪法》和习近平总书记重要论述的学习会。"));
        assertEquals(List.of(), found("组织全体干部职工开展2期宪法学习会。"), "the whole staff's study is not the leadership's");
        assertEquals(List.of(), found("街道党工委书记带头学习党的二十大报告关于法治建设的专章论述;推动街道开展主题党日活动220次,专题学习党的二十大报告196场。"),
                "a study of the party congress's report is that report's study");
        assertEquals(List.of("law_study.sessions=12"), found("党组专题学习党的二十大精神和习近平法治思想12次。"));
        // a review of these rules: what they must not read
        assertEquals(List.of(), found("全面推行行政执法“三项制度”。县纪委监委全年查办案件56件,给予党纪政务处分60人。"), "discipline cases");
        assertEquals(List.of(), found("深化行政执法与刑事司法衔接,公安机关办理各类案件326件。"), "police cases");
        assertEquals(List.of(), found("加强行政执法监督。区人民法庭全年办结案件560件。"), "a court's cases, the enforcement in another sentence");
        assertEquals(List.of(), found("持续规范涉企行政执法检查,全面推行证明事项告知承诺制,全年以告知承诺方式办理案件累计近32770件。"));
        assertEquals(List.of(), found("落实行政执法责任制,12345热线受理群众诉求5000件,办结案件4980件。"), "a hotline's cases");
        assertEquals(List.of(), found("镇党委切实履行推进法治建设主体责任。在各村(社区)开展16场《民法典》专题学习会。"), "villages' study");
        assertEquals(List.of(), found("局党组深入开展党纪学习教育,组织8次《中国共产党纪律处分条例》集中学习。"), "party rules");
        assertEquals(List.of(), found("局党组开展3期《中华人民共和国行政处罚法》《中华人民共和国行政许可法》等法律法规专题学习培训。"), "a training");
        assertEquals(List.of("law_study.sessions=18"),
                found("局党组理论学习中心组学习党的二十大精神、中央经济工作会议精神、习近平总书记关于全面依法治国的重要论述等18次。"),
                "the law named after the congress's spirit, however far in its clause");
        assertEquals(List.of(), found("组织全局86名干部职工参加业务学考。"));
        assertEquals(List.of(), found("组织全县5600名考生参加普通高中学考。"), "a school exam");
        assertEquals(List.of("law_study.exam_participants=443"), found("组织全镇443名国家工作人员参加习近平法治思想网上学考,优秀率为99.55%。"));
    }

    /** dev37's misses: a list of cited laws is one word of its clause; exam takers after the exam and after its count. */
    @Test
    void aListOfCitedLawsIsOneWordAndExamTakersAfterTheExam() {
        assertEquals(List.of("law_study.sessions=10"), found("落实领导干部集体学法制度,市政府常务会议集体学习《中华人民共和国突发事件应对法》"
                + "《中华人民共和国粮食安全保障法》《浙江省优化营商环境条例》《浙江省科学技术进步条例》《浙江省生态环境保护条例》等法律法规10次。"));
        assertEquals(List.of("law_study.sessions=51"), found("以局党委理论学习中心组学法为载体,集中学习《习近平总书记关于防汛减灾工作重要论述》"
                + "《中国共产党纪律处分条例》《生产安全事故罚款处罚规定》等法律法规51次。"), "a document studied among laws named 等法律法规");
        assertEquals(List.of(), found("党组集中学习《关于加强党的政治建设的意见》3次。"), "a document that is no law");
        assertEquals(List.of("law_study.exam_participants=4283"), found("行政机关工作人员参加学法用法考试4283人次。"));
        assertEquals(List.of("law_study.exam_participants=97"), found("组织新提任市管领导干部任前法律知识考试4次共97人。"));
        assertEquals(List.of(), found("严格规范性文件合法性审查;加强党内法规制度建设,审查党内备案文件9件。"), "the party's filings");
        assertEquals(List.of(), found("推进政府法律顾问工作。聘任30名新区行政执法监督员。"), "supervisors are no advisers");
    }

    /** dev38's misses: honours, services to villages and business study are no indicators. */
    @Test
    void honoursVillagesContractsAndBusinessStudyAreNoIndicators() {
        assertEquals(List.of(), found("全市1个人民调解组织和3名人民调解员获评全国先进。"), "the units honoured");
        assertEquals(List.of("mediation.disputes=1257"), found("全年共调解纠纷1257件,其中2件获评优秀案例。"),
                "an honour in a later clause leaves the total");
        assertEquals(List.of(), found("村(社区)法律顾问为村(社区)审核合同563份。"), "contracts reviewed for villages");
        assertEquals(List.of(), found("年度共组织党工委会议研究学习33次,业务学习12次。"), "business study is no law study");
    }

    @Test
    void bothInstancesOfLitigationAndCleanedPartyDocuments() {
        assertEquals(List.of("litigation.cases=8"), found("办理以市政府为被告的行政应诉一、二审案件8件。"),
                "first and second instance named together");
        assertEquals(List.of(), found("全年共审查上会议题300余件;清理市委规范性文件45件。"),
                "a clean-up of a party committee's documents is no review");
        assertEquals(List.of("normative_docs.reviewed=5"), found("审查县委规范性文件5件。"), "reviewed ones count");
    }

    @Test
    void everyPartyCommitteesStudySummedBranchesIntegrityAndLecturesCountedBeforeTheInvitation() {
        assertEquals(List.of("law_study.sessions=100"), found("县委常委会会议、县政府常务会议及全县各级党委(党组)专题学习"
                + "习近平法治思想、法律法规等100余场次。"), "the place's party committees' law study, summed");
        assertEquals(List.of(), found("全州各级党委(党组)共开展“深入学习习近平法治思想”主题培训817次。"), "training, not study");
        assertEquals(List.of(), found("构建“党委领学、支部研学”的习近平法治思想学习体系。2025年,各支部依托“三会一课”等载体,"
                + "累计开展专题学习20余次。"), "the party branches' study");
        assertEquals(List.of(), found("局党委常态化开展法治廉政教育,全年组织月度法治廉政学习6次。"), "integrity study");
        assertEquals(List.of("law_study.sessions=4"), found("将《习近平法治思想学习纲要》作为党组会会前学法重要内容,"
                + "4次邀请专家学者作习近平法治思想专题辅导报告。"), "the count before the invitation");
        assertEquals(List.of(), found("严把重大行政处罚案件法律审核关,全年共审核重大行政处罚案件65件。"),
                "major cases put through the legality review");
        assertEquals(List.of("enforcement.penalties=1906"), found("2024年,审核行政处罚案件1906起。"), "every case reviewed");
    }

    /** A government that holds its own law study is its leadership (session 23); its legal advisers' lectures are not. */
    @Test
    void aGovernmentHoldingItsOwnLawStudyIsItsLeadership() {
        assertEquals(List.of("law_study.sessions=11"), found("认真学习习近平总书记重要指示精神,组织市政府开展法治专题学习11次。"));
        assertEquals(List.of(), found("组织全市干部职工开展法治专题学习11次。"), "staff-wide study is not the leadership's");
    }

    /**
     * 会前学法 at a list of meetings that names the leadership's own (session 30): a staff meeting in the list does not
     * make the count staff-wide; a count over the whole place still is not the unit's own.
     */
    @Test
    void studyBeforeAListOfMeetingsThatNamesTheLeadershipsOwn() {
        assertEquals(List.of("law_study.sessions=13"), found("局党组理论学习中心组、支部会、干部职工大会会前学法13次。"));
        assertEquals(List.of("law_study.sessions=20"), found("通过镇党委会议、镇村干部工作会议等开展会前集中学法20次。"));
        assertEquals(List.of("law_study.sessions=35"), found("全市共开展政府常务会会前学法563次。其中,市政府常务会议开展会前学法35次。"),
                "a count over the place is not the unit's own: the government's own (其中…) stands");
    }
    /** dev70 QD05: a 、 between two nouns ("镇村干部、执法人员", 部 being a measure word) does not end a figure's item. */
    @Test
    void aListOfSubjectsIsNoListOfFigures() {
        assertEquals(List.of(), found("组织镇村干部、执法人员开展集中学法12场次。"), "the staff's study, not the leadership's");
        assertEquals(List.of("law_study.sessions=9"), found("组织干部职工学法130余次、市政府常务会会前学法9次。"),
                "after a figure the 、 still starts the next item");
        assertEquals(List.of("law_study.sessions=3"), found("全体干部学法三次、常务会议学法3次。"),
                "a count in Chinese numerals ends an item too");
    }
    /** dev70 QK01: officers trained together with other cadres are no count of the officers. */
    @Test
    void officersTrainedWithOtherCadresAreNotTheOfficersCount() {
        assertEquals(List.of(), found("召开行政执法工作专题培训班2期,累计培训镇村干部、执法骨干近200人次。"));
        assertEquals(List.of("enforcement.officers_trained=200"), found("全年累计培训行政执法人员200人次。"));
        assertEquals(List.of("enforcement.officers_trained=86"), found("全年培训农业农村系统执法人员86人次。"), "农村 is no village's cadres");
    }
    /** dev68: a publication's issues, the grassroots' study a unit guides, and a fair-competition review are none of these keys. */
    @Test
    void issuesPrintedGrassrootsStudyAndFairCompetitionReviewAreNotCounted() {
        assertEquals(List.of(), found("编印涉及习近平法治思想的中心组学习参考22期。"), "issues of a study digest");
        assertEquals(List.of("law_study.sessions=3"), found("编印学习资料,局党组中心组开展法治专题学习3期。"),
                "期 of study itself still counts, a publication in another clause");
        assertEquals(List.of("publicity.events=12"), found("编印普法手册、举办普法讲座12期。"), "the publication is another item");
        assertEquals(List.of(), found("镇党委中心组指导推动基层进行学习38次。"), "the grassroots' study");
        assertEquals(List.of("law_study.sessions=3"), found("局党组中心组围绕基层治理法治化开展专题学法3次。"),
                "基层 as a topic is no staff-wide cue");
        assertEquals(List.of(), found("局党组带领全局干部职工开展会前学法48次。"), "a staff total led by the party group");
        assertEquals(List.of(), found("各村党组织会前学法200次。"), "the villages' party organisations");
        assertEquals(List.of(), found("开展公平竞争审查,出具公平竞争审查意见12件。"), "a fair-competition review");
        assertEquals(List.of("legality_review.opinions=12"), found("开展合法性审查,出具合法性审查意见12件。"));
    }

    /**
     * A page that puts each sentence on a line of its own: the sentence before stays the topic across the stop and
     * the line break, as it is across the stop alone; so does the total before a breakdown.
     */
    @Test
    void theSentenceBeforeIsTheTopicWhenEachSentenceHasItsOwnLine() {
        String topic = "局党组把习近平法治思想作为学习重点。";
        String count = "全年开展集中学习12次。";
        assertEquals(List.of("law_study.sessions=12"), found(topic + count), "one paragraph");
        assertEquals(List.of("law_study.sessions=12"), found(topic + "\n" + count), "a line each");
        assertEquals(List.of("law_study.sessions=12"), found(topic + "\r\n  " + count), "a line each, indented");
        assertEquals(List.of(), found("局党组完成年度工作。\n" + count), "no law in the sentence before");
        assertEquals(List.of("legal_advisers.count=5"), found("共聘请法律顾问5名。其中重点项目法律顾问2名。"));
        assertEquals(List.of("legal_advisers.count=5"), found("共聘请法律顾问5名。\n其中重点项目法律顾问2名。"),
                "a breakdown on the next line is still a part of the total before it");
    }
}
