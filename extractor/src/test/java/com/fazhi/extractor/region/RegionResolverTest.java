package com.fazhi.extractor.region;

import com.fazhi.reference.region.RegionTable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import com.fazhi.contract.model.Region;

class RegionResolverTest {

    private final RegionResolver resolver = new RegionResolver(RegionTable.get());

    private Region resolve(String text, String authority) {
        return resolver.resolve(text, new RegionResolver.SelfNames(authority, null, null, 0, "county"));
    }

    /** A text that names no body of its own, speaking as a unit of this level (the speaker stage's hint). */
    private Region speakingAs(String text, String level) {
        return resolver.resolve(text, new RegionResolver.SelfNames(null, null, null, 0, level));
    }

    /** A bureau's text, speaking as a department that answers to this tier's government (全市 → city). */
    private Region bureauUnder(String text, String tier) {
        return resolver.resolve(text, new RegionResolver.SelfNames(null, null, null, 0, "department", tier));
    }

    @Test
    void aGovernmentThatNamesOnlyItsTownshipsIsPlacedInTheirCounty() {
        String opening = "2025年,我市坚持以习近平法治思想为指导,推动法治政府建设取得新成效。" + "持续深化习近平法治思想学习宣传。".repeat(20);
        String yingde = opening + "同时,在英城街道、英红镇等地建成实体宣传阵地,促进学习宣传向基层延伸。";
        assertEquals(new Region("广东省", "清远市", "英德市", null, "441881"), speakingAs(yingde, "city"));
        // one township places nothing: it may be a place the work went
        String one = opening + "同时,在英红镇建成实体宣传阵地。";
        assertNull(speakingAs(one, "city").county());
    }

    @Test
    void aGovernmentIsPlacedByTheCongressItReportsTo() {
        String body = "市人民政府\n主任、各位副主任、各位委员:\n现向市人大常委会报告2013年我市依法行政情况,请予审议。\n一年来,在市委的领导下,市政府依法行政各项工作取得了一定实绩。";
        String session = "2013年12月24日在慈溪市十六届人大常委会第十七次会议上\n";
        assertEquals(new Region("浙江省", "宁波市", "慈溪市", null, "330282"), resolver.resolve(session + body,
                new RegionResolver.SelfNames(null, null, null, session.length(), "city")), "the session line above the opening");
        assertNull(speakingAs(body, "city").county(), "without the session line the text names no place");
    }

    @Test
    void aGovernmentWhoseOpeningNamesOnlyItsJudgeIsPlacedByItsOwnDocuments() {
        String opening = "一年来,市政府认真贯彻中央部署,在荣获2013年度浙江省法治政府建设先进单位的基础上再接再厉。";
        String cixi = opening + "年初研究出台《慈溪市2014年度法治政府建设工作要点》,明确81项任务。";
        assertEquals(new Region("浙江省", "宁波市", "慈溪市", null, "330282"), speakingAs(cixi, "city"));
        // a document of a unit outside the province named there places nothing
        String elsewhere = opening + "学习借鉴《邳州市法治政府建设工作要点》。";
        assertEquals(new Region("浙江省", null, null, null, "330000"), speakingAs(elsewhere, "city"));
    }

    @Test
    void aStreetOfficeThatNamesItselfOnlyAs街道IsNotANamelessRowOfTheTable() {
        // the source table has a row of 皮山县 named only "街道": a street speaking of itself is no place of Xinjiang
        String text = "街道以习近平新时代中国特色社会主义思想为指导,按照《静安区委全面依法治区委员会2022年工作要点》,积极落实基层法治建设的各项任务目标。";
        Region region = speakingAs(text, "township");
        assertEquals("310106", region.code());
    }

    @Test
    void aCountyReadInsideASloganIsAStrayWordAgainstATownWhoseDistrictTheTextNames() {
        // dev59 LK05: 越城区 inside “卓越城区、魅力小镇”, named once and alone, against 彭浦镇 whose 静安区 the plans name
        String text = "2023年彭浦镇人民政府坚持以习近平新时代中国特色社会主义思想为指导,认真贯彻落实《静安区法治政府建设“十四五”规范》、《2023年静安区法治政府建设工作要点与责任分工》的规定,紧扣“卓越城区、魅力小镇”建设的中心工作。\n一、主要举措\n彭浦镇党委法治建设委员会由党委书记任主任。";
        assertEquals(new Region("上海市", null, "静安区", "彭浦镇", "310106"), speakingAs(text, "township"));
    }

    @Test
    void aTownThatNoLongerExistsIsNotTheReportsPlace() {
        String merged = "因行政区划调整,2025年11月原长龙镇、黄沙镇合并为桂东街道。根据垫江县要求,桂东街道认真开展自查自纠。";
        Region region = speakingAs(merged, "township");
        assertEquals("垫江县", region.county());
        assertNull(region.township());
        // 原 that ends a place's name before it (太原) marks no former unit
        assertEquals("小店区", speakingAs("2023年,太原小店区坚持以习近平法治思想为指导。", "county").county());
    }

    @Test
    void aCityBureauIsNotPlacedInTheDistrictItsWorkReached() {
        String cityBureau = "2023年,我局深入贯彻市委全会部署。汕头市获评国家督查激励;澄海区获评国家级生态文明建设示范区。";
        assertEquals(new Region("广东省", "汕头市", null, null, "440500"), bureauUnder(cityBureau, "city"));
        // a branch that answers to its district's leadership is that district's
        String branch = "2025年度,市交通运输局龙岗管理局深入贯彻落实龙岗区委区政府决策部署,扎实推进法治建设。";
        assertEquals("龙岗区", bureauUnder(branch, "city").county());
        // a county-level city's bureau says 全市 of its own 市
        String countyCity = "2023年,我局在廉江市委、市政府领导下,全市法治建设稳步推进。湛江市司法局指导下开展工作。";
        assertEquals("廉江市", bureauUnder(countyCity, "city").county());
    }

    @Test
    void aCountyNameSeveralProvincesHaveIsDecidedByTheRestOfTheText() {
        String nantong = "2023年,通州区坚持以习近平法治思想为指引。落实南通市部署,执行《江苏省行政复议条例》,南通市考核第一。";
        assertEquals(new Region("江苏省", "南通市", "通州区", null, "320612"), resolve(nantong, "通州区人民政府"));
        String beijing = "2023年,通州区坚持以习近平法治思想为指引,落实北京市城市副中心建设部署。";
        assertEquals(new Region("北京市", null, "通州区", null, "110112"), resolve(beijing, "通州区人民政府"));
    }

    @Test
    void aFullNameThatStartsEarlierKeepsItsLastCharacter() {
        // read right to left, 津市市 (a county-level city of 常德) would take 天津市's last 市
        String tianjin = "2023年,天津市市场监管委坚持以习近平法治思想为指导,我委全面推进依法行政。";
        assertEquals(new Region("天津市", null, null, null, "120000"),
                speakingAs(tianjin, "department"));
    }

    @Test
    void theDistrictOfAPostalAddressIsTheOfficesSeatNotTheReportsPlace() {
        String text = "现将市人社局2022年法治政府建设情况报告予以公开。如有疑问,请与市人社局法规处联系(地址:天津市和平区建设路18号;邮编:300040)。"
                + "2022年,市人社局深入贯彻落实市委部署。";
        assertEquals(new Region("天津市", null, null, null, "120000"),
                speakingAs(text, "department"));
        String district = "2022年,和平区坚持以习近平法治思想为指导,深入推进依法行政。"; // named as the subject, it is the place
        assertEquals("和平区", speakingAs(district, "county").county());
    }

    @Test
    void aCountyThatSpokeAsItselfPraisesItsTownsInPassing() {
        String text = "2021年,在市委、市政府和县委的坚强领导下,县政府深入贯彻党的十九大精神。现将有关工作情况报告如下:\n"
                + "一、主要举措和成效\n2021年我县推进法治政府建设成效显著,花园镇、卫店镇被评为全省普法工作表现突出的单位。"
                + "\n(一)坚持高位推动\n召开孝昌县法治政府建设工作推进会,孝昌县各单位参会。";
        assertEquals(new Region("湖北省", "孝感市", "孝昌县", null, "420921"),
                speakingAs(text, "county"));
    }

    @Test
    void theCapitalIsBeijingWhereTheTextNamesNoProvince() {
        String beijing = "2020年市药监局始终坚持以习近平新时代中国特色社会主义思想为指引,不断提升首都药监体系和监管能力现代化水平。";
        assertEquals(new Region("北京市", null, null, null, "110000"),
                speakingAs(beijing, "department"));
        String hebei = "2023年,我市坚持以习近平法治思想为指导,坚决当好首都政治护城河,河北省考核优秀。"; // serving the capital from 河北
        assertEquals("河北省", speakingAs(hebei, "city").province());
    }

    @Test
    void aNewAreaThatIsNoUnitIsPlacedInTheCityItLiesWithin() {
        String text = "2022年,在市委、市政府的正确领导下,大鹏新区坚持以习近平新时代中国特色社会主义思想为指导,深入推进依法行政。";
        assertEquals(new Region("广东省", "深圳市", null, null, "440300"),
                speakingAs(text, "department"));
    }

    @Test
    void aProvinceNamedOnlyInTheVisitsFormulaIsTheReportsOwn() {
        String shaanxi = "2023年,省政府深入学习贯彻习近平法治思想,贯通落实习近平总书记历次来陕考察重要讲话重要指示。";
        assertEquals(new Region("陕西省", null, null, null, "610000"),
                speakingAs(shaanxi, "province"));
        String twoVisits = "落实总书记来陕考察重要讲话,学习总书记来川视察精神。"; // two provinces decide nothing
        assertEquals(Region.UNKNOWN, speakingAs(twoVisits, "province"));
        // 宁 is 南京's as well as 宁夏's: a one-character name cities share places nothing
        assertEquals(Region.UNKNOWN, speakingAs("贯彻落实习近平总书记来宁视察重要指示精神。", "department"));
    }

    @Test
    void aReportThatNamesNoUnitOfItsOwnLiesWithinTheSuperiorItIsAddressedTo() {
        String line = "中共周口市委、周口市人民政府:\n";
        String text = line + "2024年,我县坚持以习近平新时代中国特色社会主义思想为指导,全面推进依法行政,各项工作取得了显著成效。";
        assertEquals(new Region("河南省", "周口市", null, null, "411600"),
                resolver.resolve(text, new RegionResolver.SelfNames(null, null, null, line.length(), "county")));
    }

    @Test
    void aDesignationOnlyOnePlaceHoldsPlacesATextThatNamesNoUnit() {
        String shenzhen = "2020年,我局坚持以习近平法治思想为指导,为建设中国特色社会主义先行示范区提供法治保障。";
        assertEquals(new Region("广东省", "深圳市", null, null, "440300"),
                speakingAs(shenzhen, "department"));
    }

    @Test
    void aConjunctionBeforeTheCountyWordIsNoCountyNamed() {
        String sixian = "2024年,在市委、市政府和县委的坚强领导下,泗县坚持依法行政,落实《安徽省行政复议条例》。";
        assertEquals(new Region("安徽省", "宿州市", "泗县", null, "341324"),
                speakingAs(sixian, "county"));
    }

    @Test
    void aCityWithoutCountiesHasNoCounty() {
        assertEquals(new Region("广东省", "中山市", null, "小榄镇", "442000"),
                speakingAs("2025年,小榄镇坚持依法行政,落实中山市部署。", "township"));
    }

    @Test
    void withoutEvidenceOnlyTheNameIsGiven() {
        assertEquals(new Region(null, null, "通州区", null, null), resolve("2023年,通州区坚持依法行政。", "通州区人民政府"));
    }

    @Test
    void aTownshipGetsItsCountysCodeAndAutonomousShortNamesResolve() {
        assertEquals(new Region("云南省", "红河哈尼族彝族自治州", "屏边苗族自治县", "新华乡", "532523"),
                resolve("新华乡2025年法治政府建设工作情况报告", "屏边县新华乡人民政府"));
        assertEquals(new Region("贵州省", "毕节市", "黔西市", "铁石苗族彝族乡", "520581"), speakingAs(
                "2024年,铁石乡始终坚持以习近平新时代中国特色社会主义思想为指导,按照市委、市政府的安排部署,坚持依法行政。", "township"),
                "an ethnic township written without its peoples (dev69 PE05)");
        assertEquals(new Region("重庆市", null, "江北区", "郭家沱街道", "500105"),
                resolve("郭家沱街道在区委的领导下", "重庆市江北区人民政府郭家沱街道办事处"));
        // the name with 自治县 but without its peoples, as the county writes itself
        String zhenning = "2022年在县委、县政府的坚强领导下,镇宁自治县坚持以习近平新时代中国特色社会主义思想为指导,获评平安贵州建设示范县。";
        assertEquals(new Region("贵州省", "安顺市", "镇宁布依族苗族自治县", null, "520423"),
                speakingAs(zhenning, "county"));
    }

    @Test
    void aTextThatNamesNoPlaceHasNoRegion() {
        assertEquals(Region.UNKNOWN, resolve("2023年,全县坚持以习近平法治思想为指引,县政府依法行政。", null));
    }

    /** A cited title's place is not the report's own unit, but a county implementing its province's programme is in it. */
    @Test
    void placesInsideCitedTitlesAreNotTheReportsOwnButPlaceItsProvince() {
        assertEquals(new Region("浙江省", null, null, null, "330000"),
                resolve("全县落实《浙江省法治政府建设实施纲要》,县政府依法行政。", null));
        assertEquals(Region.UNKNOWN, resolve("全县落实《浙江省法治政府建设实施纲要》和《江苏省行政程序规定》。", null),
                "two provinces named decide nothing");
    }

    /** A district named like an ordinary word (新城区, 城区) is a place right after its city's full name only. */
    @Test
    void aDistrictNamedLikeAnOrdinaryWordIsAPlaceAfterItsCity() {
        RegionResolver.SelfNames county = new RegionResolver.SelfNames(null, null, null, 0, "county");
        assertEquals(new Region("陕西省", "西安市", "新城区", null, "610102"),
                resolver.resolve("2022年,西安市新城区坚持以习近平法治思想为指导,推进依法行政。", county));
        assertEquals(Region.UNKNOWN, resolver.resolve("2022年,全县加快新城区建设,推进依法行政。", county));
    }

    /** The opening sentence's subject is the report's own name, a short one too (株洲 for 株洲市, 邹城 for 邹城市). */
    @Test
    void aShortNameAsTheOpeningSubjectIsTheReportsOwn() {
        RegionResolver.SelfNames city = new RegionResolver.SelfNames(null, null, null, 0, "city");
        String zoucheng = "2023 年,邹城坚持以习近平新时代中国特色社会主义思想为指导,济宁市专题培训班在邹城举办,代表济宁市迎接评估。";
        RegionResolver.Resolution own = resolver.resolveWithLevel(zoucheng, city);
        assertEquals(new Region("山东省", "济宁市", "邹城市", null, "370883"), own.region());
        assertEquals("county", own.selfLevel());
        RegionResolver.SelfNames none = new RegionResolver.SelfNames(null, null, null, 0, null);
        assertEquals("city", resolver.resolveWithLevel("2024年,在省委、省人民政府的坚强领导下,株洲深入贯彻习近平法治思想。",
                none).selfLevel());
        // a subject that is no place's short name names nothing
        assertEquals(Region.UNKNOWN, resolver.resolve("2024年,全局深入贯彻习近平法治思想。", none));
    }

    /** A two-character county name that opens the name a report gives itself places it, whatever bureau follows. */
    @Test
    void aTwoCharacterCountyOpeningTheReportsOwnNamePlacesIt() {
        RegionResolver.SelfNames bureau = new RegionResolver.SelfNames("南县退役军人事务局", null, null, 0, "department");
        assertEquals(new Region("湖南省", "益阳市", "南县", null, "430921"),
                resolver.resolve("今年以来,县退役军人事务局深入学习贯彻习近平法治思想。", bureau));
        // the same name inside the body still needs its context: "乡镇和县直单位" places nothing
        RegionResolver.SelfNames none = new RegionResolver.SelfNames(null, null, null, 0, "county");
        assertEquals(Region.UNKNOWN, resolver.resolve("全县各乡镇和县直单位推进依法行政。", none));
        // nor after a closing mark, where the sentence runs on; a township places itself by its county's cited plan
        RegionResolver.SelfNames town = new RegionResolver.SelfNames(null, null, null, 0, "township");
        assertEquals(new Region("陕西省", "渭南市", "合阳县", null, "610524"), resolver.resolve(
                "我镇严格按照县委、县政府《关于印发<合阳县2022年法治政府建设工作要点>的通知》(合办字〔2022〕28号)和县委"
                        + "依法治县办的部署,推进依法行政。", town));
    }

    /** A government names its rule-of-law drive after itself without its suffix: 法治云和 is 云和县's. */
    @Test
    void aProgrammeNamedAfterTheCountyPlacesIt() {
        RegionResolver.SelfNames county = new RegionResolver.SelfNames(null, null, null, 0, "county");
        assertEquals(new Region("浙江省", "丽水市", "云和县", null, "331125"),
                resolver.resolve("全县紧密围绕创建法治云和建设工作的总体要求,推进依法行政。", county));
        RegionResolver.SelfNames city = new RegionResolver.SelfNames(null, null, null, 0, "city");
        assertEquals(new Region("上海市", null, null, null, "310000"),
                resolver.resolve("全市深入推进法治政府建设。市委出台加快推进法治上海建设的意见。", city));
        // an ordinary word after 法治 is no place
        assertEquals(Region.UNKNOWN, resolver.resolve("全县加强法治文化建设,提升法治思维。", county));
    }

    /**
     * A district bureau whose opening names only its province (申报浙江省…项目) is not the province's: its place is sought
     * at its tier, in the titles it cites when it names its district nowhere else.
     */
    @Test
    void aDistrictBureauIsPlacedAtItsTierBelowTheProvinceItsOpeningNames() {
        RegionResolver.SelfNames districtBureau = new RegionResolver.SelfNames(null, null, null, 0, "department", "county");
        assertEquals(new Region("浙江省", "绍兴市", "越城区", null, "330602"), resolver.resolve(
                "2023年,区司法局在区委、区政府的坚强领导下,成功申报浙江省2023年度专项行动项目,现将相关情况报告如下:"
                        + "出台《绍兴市越城区法治政府建设补短强基方案》。", districtBureau));
        assertEquals(new Region("广东省", "深圳市", "宝安区", null, "440306"), resolver.resolve(
                "2023年,区司法局深入学习贯彻习近平总书记视察广东重要讲话精神。根据宝安区司法局2023年重点工作推进。",
                districtBureau));
    }

    /**
     * A body named after a place whose name is also a word (市中区: four cities have one) is placed by the page's index
     * number, which opens with its division code; a street shared by ten districts by the drive its text names.
     */
    @Test
    void aSharedNameIsToldApartByTheIndexNumberOrTheDriveTheTextNames() {
        String page = "- 索 引 号:370402/2022-00029\n- 发布机构:人力资源和社会保障局\n2021年以来,区人社局坚持依法行政。";
        assertEquals(new Region("山东省", "枣庄市", "市中区", null, "370402"), resolver.resolve(page,
                new RegionResolver.SelfNames("市中区人力资源和社会保障局", null, null, 0, "department")));
        assertNull(resolver.resolve(page.replace("370402", "110000"),
                new RegionResolver.SelfNames("市中区人力资源和社会保障局", null, null, 0, "department")).province(),
                "an index number that is none of its places decides nothing");
        String street = "2024年,在区委、区政府的正确领导下,新安街道坚持依法行政。召开“法治宝安建设”工作部署会。";
        assertEquals(new Region("广东省", "深圳市", "宝安区", "新安街道", "440306"),
                speakingAs(street, "township"));
    }

    /** A province's document number names it where nothing else does: 粤法治办〔2021〕36号 in a 厅's report. */
    @Test
    void aProvincesDocumentNumberNamesItWhereNothingElseDoes() {
        assertEquals(new Region("广东省", null, null, null, "440000"), resolver.resolve(
                "按照《关于做好2021年法治政府建设年度报告的通知》(粤法治办〔2021〕36号)要求,现将我厅2021年度情况报告如下:",
                new RegionResolver.SelfNames(null, null, null, 0, "department")));
    }

    /** The report's own number on a line above its body (豫交党〔2024〕22号) places a 省X厅 that names no place; not in the body. */
    @Test
    void theReportsOwnDocumentNumberPlacesAProvincialDepartmentThatNamesNoPlace() {
        String header = "关于2023年法治政府建设情况的报告\n\n豫交党〔2024〕22号\n\n";
        String body = "省交通运输厅认真落实党中央国务院和省委省政府关于法治建设的决策部署。";
        assertEquals(new Region("河南省", null, null, null, "410000"), resolver.resolve(header + body,
                new RegionResolver.SelfNames(null, null, null, header.length(), "department")));
        String cited = "关于2023年法治政府建设情况的报告\n依据豫交党〔2024〕22号文件要求:\n";
        assertEquals(Region.UNKNOWN, resolver.resolve(cited + body,
                new RegionResolver.SelfNames(null, null, null, cited.length(), "department")), "a number cited in a sentence is not the report's own");
        assertEquals(Region.UNKNOWN, resolver.resolve(body + "\n豫交党〔2024〕22号\n",
                new RegionResolver.SelfNames(null, null, null, 0, "department")), "a number below the opening is not read");
    }

    /** A county-level city's government as its opening's subject, after the city above it that leads it. */
    @Test
    void aCountyLevelCitysGovernmentAsTheSubjectIsTheReportsOwn() {
        assertEquals(new Region("河北省", "廊坊市", "霸州市", null, "131081"), resolver.resolve(
                "2023年,在廊坊市委、政府和霸州市委的正确领导下,霸州市政府坚持以习近平新时代中国特色社会主义思想为指导。",
                new RegionResolver.SelfNames(null, null, null, 0, "city")));
    }

    /** A city's or a county's document number and a stock phrase after 法治 name no province and no county. */
    @Test
    void aCitysDocumentNumberOrAStockPhraseNamesNoPlace() {
        RegionResolver.SelfNames bureau = new RegionResolver.SelfNames(null, null, null, 0, "department");
        assertNull(resolver.resolve("按照《关于做好法治政府建设年度报告的通知》(鄂府发〔2021〕36号)要求,现将我局情况报告如下:", bureau)
                .province(), "鄂府发 is 鄂尔多斯's as well");
        assertNull(resolver.resolve("2023年,新安街道深入推进法治平安建设,全面推进依法行政。",
                new RegionResolver.SelfNames(null, null, null, 0, "township")).county(), "法治平安建设 names no 平安区");
    }

    /** A county bureau cites its county's documents and its province's: the lowest on that line is its government. */
    @Test
    void aBureauIsPlacedByTheLowestDocumentItCites() {
        RegionResolver.SelfNames bureau = new RegionResolver.SelfNames(null, null, null, 0, "department");
        assertEquals(new Region("陕西省", "渭南市", "潼关县", null, "610522"), resolver.resolve(
                "县司法局落实《陕西省法治政府建设实施方案》,制定了《潼关县2022年法治政府建设工作要点》。"
                        + "坚持依法行政。".repeat(40) + "工作获渭南市表彰,渭南市通报。",
                bureau));
        // a title nested in a notice's title, under its parents' names, is cited all the same
        assertEquals(new Region("浙江省", "杭州市", "上城区", null, "330102"), resolver.resolve(
                "区教育局认真学习《浙江省法治政府建设实施纲要(2021-2025年)》及区政府办公室下发《关于印发〈杭州市上城区"
                        + "2024年法治政府建设工作要点〉的通知》等要求。", bureau));
        // a year may open the title before the issuer
        assertEquals(new Region("重庆市", null, "渝中区", null, "500103"), resolver.resolve(
                "2023年,我局按照《法治政府建设实施纲要(2021—2025年)》《2023年渝中区法治政府建设工作要点》要求推进依法行政。",
                bureau));
        // a place inside a title's words (not opening it) is what the title is about, not who issued it
        assertEquals(new Region("湖北省", "武汉市", null, null, "420100"), resolver.resolve(
                "区统计局学习《关于把云南省曲靖市统计造假典型案例作为反面教材的通知》,落实《武汉市统计局普法责任清单》。",
                bureau));
        // a city bureau that names two of its counties once each (a pilot) is the city's, not one of the two's
        String pilots = "市委、市人民政府:\n2022年,我局根据《防城港市法治政府建设实施方案(2021—2025年)》要求推进依法行政。"
                + "坚持依法行政。".repeat(40) + "三是以东兴市、港口区的乡镇(街道)为试点开展基层服务。";
        assertEquals(new Region("广西壮族自治区", "防城港市", null, null, "450600"), resolver.resolve(pilots, bureau));
        assertEquals(new Region("广西壮族自治区", "防城港市", "东兴市", null, "450681"),
                resolver.resolve(pilots + "东兴市推行告知承诺制。", bureau), "named more than any other, it is the bureau's own");
    }

    @Test
    void aProvinceTitledReportSpeakingAsTheProvinceKeepsItWhenItsOpeningPraisesADistrict() {
        String title = "江苏省2018年度法治政府建设情况报告";
        String text = title + "\n2018年,全省各级政府坚持依法行政。\n一、切实转变政府职能\n省政府印发指引,推广苏州市吴江区和相城区工作经验。";
        int opening = text.indexOf("2018年,");
        assertEquals(new Region("江苏省", null, null, null, "320000"),
                resolver.resolve(text, new RegionResolver.SelfNames(null, title, null, opening, "province")));
        assertEquals(new Region("江苏省", "苏州市", "吴江区", null, "320509"),
                resolver.resolve(text, new RegionResolver.SelfNames(null, title, null, opening, "county")),
                "a text that speaks as a county is the district's");
    }

    /** 法治武义: the county's rule-of-law goal by its short name, where the text names a place above it. */
    @Test
    void aCountyNamedByItsRuleOfLawGoal() {
        assertEquals(new Region("浙江省", "金华市", "武义县", null, "330723"),
                resolve("2023年,在金华市委、市政府的坚强领导下,我县统筹协调,法治武义建设再上新台阶。", null));
        // a place named that is not above it: 法治公安 is rule-of-law policing, not 公安县 (湖北)
        assertEquals(new Region("广东省", "广州市", null, null, "440100"),
                resolve("2023年,广州市坚持以习近平法治思想为指导,推进法治公安建设。", null));
        // a police bureau's report that names no place: 法治公安 is no programme of 公安县
        assertEquals(new Region(null, null, null, null, null), resolver.resolve("2023年,我局坚持以习近平法治思想为指导,推进法治公安建设。",
                new RegionResolver.SelfNames(null, null, null, 0, "department")));
        // a prefecture's short name as much as a county's: 法治大理 in 大理州's report
        assertEquals(null, resolve("2023年,大理白族自治州坚持推进法治大理建设。", null).county());
    }

    @Test
    void anOpeningSubjectWithItsJointLeadershipNamesThePrefectureByItsKnownShortForm() {
        String text = "2023年,巴州党委、政府坚持以习近平新时代中国特色社会主义思想为指导,认真落实自治区党委、政府工作要求。";
        assertEquals("city", com.fazhi.extractor.metadata.LevelClassifier.fromOpeningSubject(text, 0));
        Region region = speakingAs(text, "city");
        assertEquals("巴音郭楞蒙古自治州", region.city(), "巴州 is the table's short form, not 巴州区 by a suffix");
        assertEquals(Region.UNKNOWN, resolver.resolve("今年以来,在自治区党委、政府坚强领导下,全州各级政府坚持以习近平法治思想为指导。",
                new RegionResolver.SelfNames(null, null, null, 0, "city")), "全州 is the whole prefecture, not 全州县");
    }

    /** dev70 QI01: an autonomous prefecture, a 地区 or a 盟 is written without its suffix too (西双版纳, 锡林郭勒), as a city without 市. */
    @Test
    void aPrefectureWithoutItsSuffixIsKnownAsACityWithout市Is() {
        Region region = speakingAs("2024年,州政府办公室深入实施《西双版纳法治政府建设实施纲要(2021—2025年)》,扎实开展法治政府建设各项工作。",
                "department");
        assertEquals("西双版纳傣族自治州", region.city());
        assertEquals("532800", region.code());
        assertEquals("锡林郭勒盟", speakingAs("2023年,盟司法局服务锡林郭勒高质量发展大局。", "department").city());
        assertEquals(null, speakingAs("2023年,县司法局服务海西经济区建设。", "department").city(), "海西 is also the strait's west bank");
        assertEquals(Region.UNKNOWN, speakingAs("2023年,局党组加大理论学习力度,精简文山会海。", "department"),
                "大理 in 加大理论 and 文山 in 文山会海 are words");
    }

    @Test
    void aZoneTheTableDoesNotListIsInTheCityItsNameOpensWithEvenUnderAFlattenedMetadataTable() {
        String text = "索引号: | hzwxq2/2025-00532 | 组配分类: | 年度报告 |\n公开方式: | 主动公开 | 公开时限: | 长期公开 |\n"
                + "2024年,宁波前湾新区坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神,坚持以打造更高水平的法治前湾为目标。";
        int opening = com.fazhi.extractor.pipeline.Layout.of(text).openingStart();
        assertEquals(text.indexOf("2024年"), opening, "a flattened table row is no opening paragraph");
        Region region = resolver.resolve(text, new RegionResolver.SelfNames(null, null, null, opening, "county"));
        assertEquals("宁波市", region.city());
        assertEquals(null, region.county());
    }

    @Test
    void aCityBureausBranchIsInTheCountyItIsNamedAfter() {
        String text = "2024年,河源市生态环境局连平分局坚持以习近平新时代中国特色社会主义思想为指导,紧紧围绕县委、县政府的工作部署,扎实推进法治政府建设。";
        Region region = speakingAs(text, "department");
        assertEquals("连平县", region.county());
        assertEquals("441623", region.code());
        assertEquals(Region.UNKNOWN, resolver.resolve("2023年,市公安局城西分局坚持以习近平法治思想为指导,扎实推进法治公安建设。",
                new RegionResolver.SelfNames(null, null, null, 0, "department")), "a branch under no named city is any city's");
        assertEquals(null, resolver.resolve("2024年,杭州湾新区坚持以习近平法治思想为指导,推进法治建设。",
                new RegionResolver.SelfNames(null, null, null, 0, "county")).city(), "杭州湾新区 is 宁波's, not a 杭州 zone");
        assertEquals("长春市", resolver.resolve("一年来,长春新区坚持以习近平法治思想为引领,推进法治新区建设。",
                new RegionResolver.SelfNames(null, null, null, 0, "county")).city());
    }

    /** A zone named after its county (平江高新区), or after its city and a county in it (河源东源产业园区), is placed there. */
    @Test
    void aZoneIsPlacedByTheCountyItIsNamedAfter() {
        assertEquals(new Region("湖南省", "岳阳市", "平江县", null, "430626"), resolver.resolve(
                "2022年以来,在县委、县政府的坚强领导下,平江高新区深入学习宣传习近平法治思想,为建设现代化新岳阳贡献力量。",
                new RegionResolver.SelfNames(null, null, null, 0, "department")));
        assertNull(resolver.resolve("2023年,东湖高新区深入学习宣传习近平法治思想,推进依法行政。",
                new RegionResolver.SelfNames(null, null, null, 0, "department")).county(),
                "a county's zone only where the text names the county's city or province: 东湖高新区 is Wuhan's, not 南昌's 东湖区");
        assertEquals(new Region("广东省", "河源市", "东源县", null, "441625"), resolver.resolve(
                "园区管委会始终坚持依法行政。",
                new RegionResolver.SelfNames("河源东源产业园区管委会", "河源东源产业园区管委会2025年法治政府建设年度报告", null, 0, "department")));
        assertEquals(new Region("河南省", "郑州市", null, null, "410100"), resolver.resolve("郑州高新区坚持依法行政。",
                new RegionResolver.SelfNames(null, null, null, 0, "department")), "a city's zone stays the city's");
    }

    /** A street that names itself by its short name in its opening ("2025年,公明坚持…") and then speaks as 街道. */
    @Test
    void aStreetNamedByItsShortNameInTheOpening() {
        assertEquals(new Region("广东省", "深圳市", "光明区", "公明街道", "440311"), resolver.resolve(
                "2025年,公明坚持以习近平新时代中国特色社会主义思想为指导。街道全面贯彻习近平总书记对广东、深圳系列重要讲话精神。",
                new RegionResolver.SelfNames(null, null, null, 0, "township")));
        assertNull(speakingAs("2025年,公明坚持依法行政。", "county").county(),
                "only a report that speaks as a township is read as one");
    }

    /** A city that speaks as 我市 and names only a district's township in its opening is that district's city (dev33 HG10). */
    @Test
    void aCityNamingOnlyADistrictsTownIsThatDistrictsCity() {
        assertEquals(new Region("湖北省", "咸宁市", null, null, "421200"), resolver.resolve(
                "2023年,我市坚持以习近平新时代中国特色社会主义思想为指导,为咸宁加快打造武汉都市圈自然生态公园城市提供了坚实法治保障。"
                        + "咸安区向阳湖镇司法所“合议共管”工作法在全国推广。",
                new RegionResolver.SelfNames(null, null, null, 0, "city")));
    }

    /** A county-level city under its prefecture: the committee that leads 我市, named last, is its own (dev34 HJ12). */
    @Test
    void aCountyLevelCityLedByItsOwnCommittee() {
        assertEquals(new Region("江西省", "宜春市", "丰城市", null, "360981"), resolver.resolve(
                "在宜春市委、市政府和丰城市委的领导下,我市继续全面推进法治政府建设,依法全面履行政府职能。",
                new RegionResolver.SelfNames(null, null, null, 0, "city")));
        assertEquals("360900", resolver.resolve("在宜春市委、市政府的领导下,我市推进法治政府建设,丰城市等地创新举措。",
                new RegionResolver.SelfNames(null, null, null, 0, "city")).code(), "a county-level city praised in passing is not the speaker");
    }

    /** dev35 HL04, HM10: a city bureau's branch or ecology bureau named after its county places the report there. */
    @Test
    void aCityBureausBranchNamedAfterItsCounty() {
        assertEquals(new Region("四川省", "巴中市", "巴州区", null, "511902"), resolver.resolve("根据区法治办通知要求,现将我局2023年法治政府建设工作情况报告如下。",
                new RegionResolver.SelfNames("巴中市自然资源和规划局巴州分局", null, null, 0, "department")));
        assertEquals(new Region("福建省", "泉州市", "永春县", null, "350525"), resolver.resolve("2025年,永春生态环境局深入贯彻落实党的二十大精神。",
                new RegionResolver.SelfNames("泉州市永春生态环境局", null, null, 0, "department")));
    }

    /** dev35 HN12: a township the table places elsewhere only, in the county whose plan it cites. */
    @Test
    void aTownshipTheTableDoesNotPlaceLiesInTheCountyWhosePlanItCites() {
        String text = "东坝乡人民政府深刻学习习近平法治思想,紧紧围绕《北京市全面依法治市规划(2021-2025年)》,对照《2022年朝阳区推进法治政府建设工作要点》的工作要求,扎实推进。";
        assertEquals(new Region("北京市", null, "朝阳区", "东坝乡", "110105"),
                resolver.resolve(text, new RegionResolver.SelfNames("东坝乡人民政府", null, null, 0, "township")));
        assertEquals(new Region(null, null, null, "东坝乡", null), resolver.resolve("东坝乡人民政府深刻学习习近平法治思想,扎实推进法治建设。",
                new RegionResolver.SelfNames("东坝乡人民政府", null, null, 0, "township")), "no plan cited, no place");
    }
    /** dev68 NB05, NB06: a report below a province's tier that names one city of its province only is that city's. */
    @Test
    void aReportBelowAProvincesTierThatNamesOneCityIsThatCitys() {
        String town = "2020年,我镇认真落实省委工作部署和市委工作思路。" + "持续深化习近平法治思想学习宣传。".repeat(20) + "2020年5月15日,镇党委书记主持召开党政班子联席会议,及时传达"
                + "中央依法治国委员会第三次会议精神、省委全面依法治省委员会第三次会议精神以及东莞市全面依法治市委员会第二次会议精神。";
        assertEquals(new Region("广东省", "东莞市", null, null, "441900"), speakingAs(town, "township"));
        String bureau = "根据省、市法治政府建设的工作要求,我局认真开展法治政府各项工作。" + "持续深化习近平法治思想学习宣传。".repeat(20)
                + "2019年,我局紧紧围绕“湾区都市、品质东莞”发展战略和市委市政府中心任务,按照建设广东省制造业供给侧结构性改革"
                + "创新实验区的要求,全力推进空间规划。";
        assertEquals(new Region("广东省", "东莞市", null, null, "441900"), bureauUnder(bureau, null));
        String filler = "2023年,我县坚持以习近平法治思想为指导。" + "持续深化习近平法治思想学习宣传。".repeat(20);
        String province = "按照建设广东省制造业供给侧结构性改革创新实验区的要求推进。";
        assertEquals(new Region("广东省", "深圳市", null, null, "440300"), speakingAs(filler + "支持深圳建设先行示范区," + province,
                "county"), "the control: one city named, after the opening");
        assertEquals(new Region("广东省", null, null, null, "440000"), speakingAs(filler + "对标深圳政务规则," + province, "county"),
                "a benchmark is not the report's city");
        assertEquals(new Region("广东省", null, null, null, "440000"), speakingAs(filler + "支持深圳建设先行示范区,融入东莞发展,"
                + province, "county"), "two cities decide nothing");
        assertEquals(new Region("广东省", "东莞市", null, null, "441900"), speakingAs(filler + "认真学习贯彻东莞市委全会精神,"
                + province, "county"), "学习 its own city's committee is no benchmark");
    }
    /** dev68 NE03: a town's own drive (法治宁安 beside 宁安镇) is not the county-level city's; its superior's tier (县委) picks the town. */
    @Test
    void aTownOfASharedNameIsPickedByItsSuperiorsTier() {
        String text = "2023年以来,在县委、县政府的坚强领导下,我镇坚持依法治镇,法治宁安、法治政府、法治社会一体建设。"
                + "持续深化习近平法治思想学习宣传。".repeat(20) + "制定了宁安镇全面依法治镇2023年工作要点。";
        assertEquals(new Region("宁夏回族自治区", "中卫市", "中宁县", "宁安镇", "640521"), speakingAs(text, "township"));
        assertEquals(new Region(null, null, null, "宁安镇", null), speakingAs(text.replace("县委、县政府", "上级"), "township"),
                "no superior's tier, no choice between the two towns");
    }
}
