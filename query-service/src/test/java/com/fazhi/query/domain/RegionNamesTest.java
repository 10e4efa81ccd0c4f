package com.fazhi.query.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fazhi.reference.region.RegionUnit.Level;

class RegionNamesTest {

    @Test
    void shortAndTraditionalNamesResolveToTheOfficialOnes() {
        assertEquals("北京市", RegionNames.fullName("province", "北京", Level.PROVINCE));
        assertEquals("江苏省", RegionNames.fullName("province", "江苏", Level.PROVINCE));
        assertEquals("内蒙古自治区", RegionNames.fullName("province", "内蒙古", Level.PROVINCE));
        assertEquals("内蒙古自治区", RegionNames.fullName("province", "內蒙古", Level.PROVINCE));
        assertEquals("巴音郭楞蒙古自治州", RegionNames.fullName("city", "巴州", Level.CITY));
        assertEquals("黔东南苗族侗族自治州", RegionNames.fullName("city", "黔东南州", Level.CITY));
        assertEquals("南通市", RegionNames.fullName("city", "南通", Level.CITY));
        assertEquals("江苏省", RegionNames.fullName("province", " 江苏省 ", Level.PROVINCE));
    }

    @Test
    void anUnknownNameSuggestsTheNearestRealOnes() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> RegionNames.fullName("province", "江酥", Level.PROVINCE));
        assertTrue(e.getMessage().contains("unknown province '江酥'") && e.getMessage().contains("江苏省"), e.getMessage());
        // the right name at the wrong level is unknown there
        assertThrows(InvalidQueryException.class, () -> RegionNames.fullName("province", "南通市", Level.PROVINCE));
    }

    @Test
    void codesAcceptNamesToo() {
        assertEquals("32", ReportFilters.codePrefix("江苏"));
        assertEquals("3206", ReportFilters.codePrefix("南通市"));
        assertEquals("50", ReportFilters.codePrefix("５０"));
        assertThrows(InvalidQueryException.class, () -> ReportFilters.codePrefix("3a"));
    }

    @Test
    void userTextIsHalfWidthSimplifiedAndSingleSpaced() {
        assertEquals("行政复议 2023", UserText.normalize("行政復議　２０２３"));
    }
}
