package com.fazhi.extractor.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import com.fazhi.contract.model.Region;

class JurisdictionStageTest {

    private static final Region MIANYANG = new Region("四川省", "绵阳市", null, null, "510700");

    @Test
    void aProvincialDepartmentsReportIsItsProvincesWhateverCitiesItNames() {
        assertEquals(new Region("四川省", null, null, null, "510000"),
                JurisdictionStage.provincialDepartment(MIANYANG, null, "2019年,我厅在绵阳市开展试点。"));
        assertEquals(new Region("四川省", null, null, null, "510000"),
                JurisdictionStage.provincialDepartment(MIANYANG, "四川省自然资源厅", "试点在绵阳市。"));
        // a 厅 that names only its own organs: 厅领导班子, 召开厅党组会
        assertEquals(new Region("四川省", null, null, null, "510000"),
                JurisdictionStage.provincialDepartment(MIANYANG, null, "2021年,教育厅以…为引领。厅领导班子将绵阳市的试点…"));
        assertEquals(new Region("四川省", null, null, null, "510000"),
                JurisdictionStage.provincialDepartment(MIANYANG, null, "多次召开厅党组会研究绵阳市的试点。"));
    }

    /** dev70 QQ02: the title's issuer 桂花园乡 is not the table's 花园乡 read inside it. */
    @Test
    void aTitlesIssuerLongerThanTheTablesNameInsideItIsTheTownship() {
        Region huayuan = new Region(null, null, null, "花园乡", null);
        assertEquals(new Region(null, null, null, "桂花园乡", null),
                JurisdictionStage.issuersOwnTownship("2025年度桂花园乡法治政府建设情况报告", huayuan));
        Region sipingzhen = new Region("重庆市", null, "江津区", "四屏镇", "500116");
        assertEquals(sipingzhen, JurisdictionStage.issuersOwnTownship("江津区四屏镇2022年法治政府建设工作报告", sipingzhen),
                "a county before the name is the county's, not a longer name");
        assertEquals(huayuan, JurisdictionStage.issuersOwnTownship("关于花园乡2023年法治政府建设情况的报告", huayuan));
        Region chengguan = new Region(null, null, null, "城关镇", null);
        assertEquals(chengguan, JurisdictionStage.issuersOwnTownship("中共城关镇党委2023年度法治建设工作报告", chengguan),
                "the party's name before the township is no part of it");
    }

    @Test
    void aCitysOfficeOrABureauKeepsItsCity() {
        assertEquals(MIANYANG, JurisdictionStage.provincialDepartment(MIANYANG, "绵阳市人民政府办公厅", "我厅"));
        assertEquals(MIANYANG, JurisdictionStage.provincialDepartment(MIANYANG, "绵阳市司法局", "我局"));
        assertEquals(MIANYANG, JurisdictionStage.provincialDepartment(MIANYANG, null, "我局在绵阳市"));
        // a city government's general office names its own organs as a 厅 does
        assertEquals(MIANYANG, JurisdictionStage.provincialDepartment(MIANYANG, null,
                "2023年,绵阳市人民政府办公厅坚持依法行政。。厅领导班子带头学法,召开厅党组会研究绵阳市的法治工作。"));
    }

    @Test
    void aBodyNamedAfterItsCityReportsForTheCity() {
        Region jiangan = new Region("湖北省", "武汉市", "江岸区", null, "420102");
        assertEquals(new Region("湖北省", "武汉市", null, null, "420100"), JurisdictionStage.cityOfACityBody("武汉市司法局", jiangan));
        assertEquals(jiangan, JurisdictionStage.cityOfACityBody("武汉市江岸区人民政府", jiangan));
        assertEquals(jiangan, JurisdictionStage.cityOfACityBody(null, jiangan));
        Region yiwu = new Region("浙江省", "金华市", "义乌市", null, "330782");
        assertEquals(yiwu, JurisdictionStage.cityOfACityBody("义乌市人民政府", yiwu));
        Region bazhou = new Region("四川省", "巴中市", "巴州区", null, "511902");
        assertEquals(bazhou, JurisdictionStage.cityOfACityBody("巴中市自然资源和规划局巴州分局", bazhou), "a city bureau's branch for its county");
        Region yongchun = new Region("福建省", "泉州市", "永春县", null, "350525");
        assertEquals(yongchun, JurisdictionStage.cityOfACityBody("泉州市永春生态环境局", yongchun), "a city's ecology bureau for one county");
        assertEquals(new Region("福建省", "泉州市", null, null, "350500"), JurisdictionStage.cityOfACityBody("泉州市生态环境局", yongchun));
        Region longhua = new Region("广东省", "深圳市", "龙华区", null, "440309");
        assertEquals(longhua, JurisdictionStage.cityOfACityBody("深圳市生态环境局龙华管理局", longhua), "深圳's name for a district branch");
        assertEquals(longhua, JurisdictionStage.cityOfACityBody("深圳市市场监督管理局龙华监管局", longhua));
        assertEquals(bazhou, JurisdictionStage.cityOfACityBody("巴中市公安局巴州分局党委", bazhou), "the branch's party committee");
    }

    @Test
    void aDepartmentNamesNoTownship() {
        Region gaoyou = new Region("江苏省", "扬州市", "高邮市", "菱塘回族乡", "321084");
        assertEquals(new Region("江苏省", "扬州市", "高邮市", null, "321084"), JurisdictionStage.withoutTownshipForADepartment("department", gaoyou));
        assertEquals(gaoyou, JurisdictionStage.withoutTownshipForADepartment("township", gaoyou));
    }

    @Test
    void countyLevelCitiesAndMunicipalitiesTakeTheirOwnLevel() {
        assertEquals("county", JurisdictionStage.countyLevelCity("city", new Region("浙江省", "金华市", "义乌市", null, "330782")));
        assertEquals("province", JurisdictionStage.municipality("city", new Region("重庆市", null, null, null, "500000")));
        assertEquals("city", JurisdictionStage.municipality("city", new Region("四川省", "绵阳市", null, null, "510700")));
        assertEquals("city", JurisdictionStage.municipality("city", new Region("重庆市", null, "江北区", null, "500105")));
    }

    @Test
    void aMunicipalitysUnitUnderAProvinceIsAnotherPlaces() {
        Region xicheng = new Region("北京市", null, "西城区", null, "110102");
        assertEquals(Region.UNKNOWN, JurisdictionStage.notAMunicipalityUnderAProvince(xicheng, "对标省州市法治政府建设目标,西城区坚持…"));
        assertEquals(xicheng, JurisdictionStage.notAMunicipalityUnderAProvince(xicheng, "北京市西城区坚持…,全省"), "a text naming 北京 keeps it");
        assertEquals(MIANYANG, JurisdictionStage.notAMunicipalityUnderAProvince(MIANYANG, "全省"), "no municipality");
    }

    @Test
    void aReportWithNoLevelWordIsItsPlaces() {
        assertEquals("county", JurisdictionStage.levelOfItsPlace(new Region("河南省", "洛阳市", "嵩县", null, "410325")));
        assertEquals("city", JurisdictionStage.levelOfItsPlace(new Region("江苏省", "淮安市", null, null, "320800")));
        assertEquals("township", JurisdictionStage.levelOfItsPlace(new Region("广东省", "广州市", "海珠区", "素社街道", "440105")));
        assertNull(JurisdictionStage.levelOfItsPlace(Region.UNKNOWN), "no place, no level");
    }
}
