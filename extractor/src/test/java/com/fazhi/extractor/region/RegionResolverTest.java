package com.fazhi.extractor.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fazhi.extractor.model.Region;

class RegionResolverTest {

    private final RegionResolver resolver = new RegionResolver(RegionTable.get());

    private Region resolve(String text, String authority) {
        return resolver.resolve(text, new RegionResolver.SelfNames(authority, null, null, 0, "county"));
    }

    @Test
    void aCountyNameSeveralProvincesHaveIsDecidedByTheRestOfTheText() {
        String nantong = "2023年,通州区坚持以习近平法治思想为指引。落实南通市部署,执行《江苏省行政复议条例》,南通市考核第一。";
        assertEquals(new Region("江苏省", "南通市", "通州区", null, "320612"), resolve(nantong, "通州区人民政府"));
        String beijing = "2023年,通州区坚持以习近平法治思想为指引,落实北京市城市副中心建设部署。";
        assertEquals(new Region("北京市", null, "通州区", null, "110112"), resolve(beijing, "通州区人民政府"));
    }

    @Test
    void withoutEvidenceOnlyTheNameIsGiven() {
        assertEquals(new Region(null, null, "通州区", null, null), resolve("2023年,通州区坚持依法行政。", "通州区人民政府"));
    }

    @Test
    void aTownshipGetsItsCountysCodeAndAutonomousShortNamesResolve() {
        assertEquals(new Region("云南省", "红河哈尼族彝族自治州", "屏边苗族自治县", "新华乡", "532523"),
                resolve("新华乡2025年法治政府建设工作情况报告", "屏边县新华乡人民政府"));
        assertEquals(new Region("重庆市", null, "江北区", "郭家沱街道", "500105"),
                resolve("郭家沱街道在区委的领导下", "重庆市江北区人民政府郭家沱街道办事处"));
    }

    @Test
    void aTextThatNamesNoPlaceHasNoRegion() {
        assertEquals(Region.UNKNOWN, resolve("2023年,全县坚持以习近平法治思想为指引,县政府依法行政。", null));
    }

    @Test
    void placesInsideCitedTitlesAreNotTheReportsOwn() {
        assertEquals(Region.UNKNOWN, resolve("全县落实《浙江省法治政府建设实施纲要》,县政府依法行政。", null));
    }
}
