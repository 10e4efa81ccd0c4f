package com.fazhi.extractor.stages;

import java.util.List;
import java.util.Set;

import com.fazhi.reference.lexicon.GuardedPattern;
import com.fazhi.reference.lexicon.Lexicon;
import com.fazhi.extractor.metadata.LevelClassifier;
import com.fazhi.contract.model.Region;
import com.fazhi.extractor.pipeline.Annotation;
import com.fazhi.extractor.pipeline.WorkingDocument;
import com.fazhi.extractor.region.RegionResolver;
import com.fazhi.reference.region.RegionTable;
import com.fazhi.reference.region.RegionUnit;

/**
 * Where the report is from and at which level, decided together in one place: how the text speaks of itself (a
 * bureau's 我局, 全县/我区 …) guides which unit it is about, and the unit it names itself by guides the level.
 */
public final class JurisdictionStage extends BaseStage {

    private final RegionResolver regions = new RegionResolver(RegionTable.get());

    public JurisdictionStage() {
        super("jurisdiction", Set.of(Annotation.LAYOUT, Annotation.AUTHORITY, Annotation.TITLE, Annotation.METADATA_LINE, Annotation.SPEAKER),
                Set.of(Annotation.REGION, Annotation.LEVEL));
    }

    @Override
    public void apply(WorkingDocument doc) {
        int opening = doc.layout.openingStart();
        if (LevelClassifier.speaksAsCentralBody(doc.authority, doc.text, opening)) {
            doc.level = "department"; // a ministry's report: the places it names are where its work went
            doc.region = Region.UNKNOWN;
            return;
        }
        LevelClassifier.Speaker speaker = doc.speaker;
        RegionResolver.Resolution resolution = regions.resolveWithLevel(doc.text,
                new RegionResolver.SelfNames(doc.authority, doc.title, doc.metadataLine, opening, speaker.level(), speaker.governmentTier()));
        doc.region = notAMunicipalityUnderAProvince(provincialDepartment(resolution.region(), doc.authority, doc.text), doc.text);
        doc.selfNamedLevel = resolution.selfLevel();
        doc.level = municipality(countyLevelCity(LevelClassifier.decide(doc.authority, speaker, doc.selfNamedLevel), doc.region),
                doc.region);
        doc.region = withoutTownshipForADepartment(doc.level, cityOfACityBody(doc.authority, doc.region));
        doc.region = issuersOwnTownship(doc.title, doc.region);
        if (doc.region.township() == null && (doc.level == null || "township".equals(doc.level) || "county".equals(doc.level))) {
            // a street the division table does not list (new or renamed) is still named: by the title's issuer
            // (垫江县桂东街道2025年…报告, where the text names the towns it was formed from), else as a sentence's subject
            String township = doc.title != null ? LevelClassifier.townshipIssuing(doc.title) : null;
            if (township == null && !"county".equals(doc.level)) {
                township = LevelClassifier.townshipSubject(doc.text, opening);
            }
            if (township != null) {
                doc.region = new Region(doc.region.province(), doc.region.city(), doc.region.county(), township, doc.region.code());
                doc.level = "township";
            }
        }
        if (doc.level == null) {
            doc.level = levelOfItsPlace(doc.region);
        }
    }

    /** The most characters a longer township name holds before the table's name it ends with (桂 in 桂花园乡). */
    private static final int NAME_HEAD = 2;
    /** What may stand before a township's name in a title's issuer without being part of it (levels.json notATownshipNameHead). */
    private static final List<String> NOT_A_NAME_HEAD = Lexicon.strings(Lexicon.get().levels().required("notATownshipNameHead"));

    /**
     * A title's issuer whose name ends with the township the text was placed in but is longer (2025年度桂花园乡…报告, and
     * 花园乡 in the table) by one or two characters that are no tier word, preposition or party name: the table's name
     * was read inside the issuer's, which the table does not list; the issuer's own name is the township. Where the
     * table's name was one unit's, the county and the code came from that unit and are dropped with it.
     */
    static Region issuersOwnTownship(String title, Region region) {
        String issuer = title != null && region.township() != null ? LevelClassifier.townshipIssuing(title) : null;
        if (issuer == null || issuer.length() <= region.township().length() || !issuer.endsWith(region.township())) {
            return region;
        }
        String head = issuer.substring(0, issuer.length() - region.township().length());
        if (head.length() > NAME_HEAD || NOT_A_NAME_HEAD.stream().anyMatch(head::contains)) {
            return region; // 江津区四屏镇, 区雁洋镇, 关于大吉山镇: a county or a word before the table's name, not a longer name
        }
        if (RegionTable.get().named(region.township()).size() == 1) {
            return new Region(null, null, null, issuer, null); // placed by the other unit's name alone
        }
        return new Region(region.province(), region.city(), region.county(), issuer, region.code());
    }

    /**
     * A report that names no body, does not speak as a bureau and gives no level word of its own ("市委:" / "现将嵩县2024年度
     * 法治建设情况报告如下"; "在市委的坚强领导下…市政府及其部门坚持…") is its place's: a department's report names its
     * department. The deepest unit of the region it placed itself in gives the level; none when no region was found.
     */
    static String levelOfItsPlace(Region region) {
        if (region.township() != null) {
            return "township";
        }
        if (region.county() != null) {
            return "county";
        }
        if (region.city() != null) {
            return "city";
        }
        return region.province() != null ? "province" : null;
    }

    /**
     * A body named after its city (武汉市司法局, 荆门市人民政府) reports for the city: a county in its text (江岸区, 沙洋县) is
     * where its work went. Bodies named after a county (十堰市茅箭区人民政府) or a county-level city keep it.
     */
    static Region cityOfACityBody(String authority, Region region) {
        if (authority == null || region.city() == null || region.county() == null || !authority.startsWith(region.city())
                || authority.contains(region.county()) || region.code() == null) {
            return region;
        }
        String rest = authority.substring(region.city().length());
        if (rest.contains("县") || rest.contains("区") && !rest.startsWith("区") || rest.contains("街道") || rest.contains("镇")
                || rest.contains("乡")) {
            return region; // the body names a unit below the city after all (a district's or a town's, short or new)
        }
        String countyStem = region.county().length() > 2 ? region.county().substring(0, region.county().length() - 1) : null;
        if (countyStem != null && countyStem.equals(RegionResolver.branchStem(authority))) {
            return region; // a city bureau's branch for the county (巴中市自然资源和规划局巴州分局, 泉州市永春生态环境局, 深圳市生态环境局龙华管理局)
        }
        return new Region(region.province(), region.city(), null, null, region.code().substring(0, 4) + "00");
    }

    /**
     * A department (a county's 司法局, a city's bureau) sits at its government's level: a township it names is where its
     * work went, not where it sits (the township's code is its county's, so the code stays).
     */
    static Region withoutTownshipForADepartment(String level, Region region) {
        return "department".equals(level) && region.township() != null
                ? new Region(region.province(), region.city(), region.county(), null, region.code())
                : region;
    }

    /**
     * 义乌市人民政府 and "我市" say 市, but when the report's unit is a county-level city (the division table places it
     * at county level) the report is a county's.
     */
    static String countyLevelCity(String level, Region region) {
        boolean countyLevel = "city".equals(level) && region.county() != null && region.county().endsWith("市")
                && region.township() == null;
        return countyLevel ? "county" : level;
    }

    /** How a 厅 names itself or its own organs (我厅, 召开厅党组会, 厅领导班子; levels.json ownOrgans). */
    private static final GuardedPattern SPEAKS_AS_PROVINCIAL_DEPARTMENT = GuardedPattern.compile(
            "[我本]厅|" + LevelClassifier.ownOrgansOf("厅"));
    /** A city government's general office (成都市人民政府办公厅), which speaks of its organs as a 厅 does: levels.json. */
    private static final GuardedPattern CITY_GENERAL_OFFICE = Lexicon.guarded(Lexicon.get().levels().required("cityGeneralOffice"));

    /**
     * A 厅 is a province's department (省司法厅, 自然资源厅; a city's 办公厅 aside): its report is the province's, and the
     * cities it names are where its work went, not where it sits. The authority's name decides where there is one,
     * else how the text names its own organs.
     */
    static Region provincialDepartment(Region region, String authority, String text) {
        if (region.province() == null || region.city() == null && region.county() == null) {
            return region; // nothing below the province to take away: the text need not be read
        }
        boolean provincial = authority != null
                ? authority.endsWith("厅") && !found(CITY_GENERAL_OFFICE, authority)
                : found(SPEAKS_AS_PROVINCIAL_DEPARTMENT, text) && !found(CITY_GENERAL_OFFICE, text);
        if (!provincial) {
            return region;
        }
        String code = region.code() == null ? null : region.code().substring(0, 2) + "0000";
        return new Region(region.province(), null, null, null, code);
    }

    private static boolean found(GuardedPattern pattern, String text) {
        return pattern.find(text, 0, text.length()) != null;
    }

    /** A province above the speaker (省委, 全省, 对标省州市…, levels.json provinceAbove): no municipality's unit speaks of one. */
    private static final GuardedPattern PROVINCE_ABOVE = GuardedPattern.compile(
            Lexicon.alternation(Lexicon.get().levels().path("provinceAbove")));

    /** The region lies in 北京, 天津, 上海 or 重庆 (the table's municipalities, by the code's first two digits). */
    private static boolean inAMunicipality(Region region) {
        if (region.province() == null || region.code() == null || region.code().length() < 2) {
            return false;
        }
        RegionUnit province = RegionTable.get().byCode(region.code().substring(0, 2));
        return province != null && province.isMunicipality();
    }

    /**
     * A municipality's unit (西城区) in a text that speaks of a province above it ("对标省州市法治政府建设目标"): the name
     * is another place's (格尔木's 西城区), so the region is not known. A wrong region is worse than none.
     */
    static Region notAMunicipalityUnderAProvince(Region region, String text) {
        return inAMunicipality(region) && PROVINCE_ABOVE.find(text, 0, text.length()) != null
                && !text.contains(region.province().substring(0, 2)) ? Region.UNKNOWN : region; // a text that names 北京 keeps it
    }

    /** 上海市人民政府 and "全市" say 市, but a municipality's own report is a province-level one. */
    static String municipality(String level, Region region) {
        boolean itself = "city".equals(level) && inAMunicipality(region) && region.county() == null
                && region.township() == null;
        return itself ? "province" : level;
    }
}
