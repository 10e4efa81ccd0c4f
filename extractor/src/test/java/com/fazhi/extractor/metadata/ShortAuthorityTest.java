package com.fazhi.extractor.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fazhi.contract.model.Region;

class ShortAuthorityTest {

    private static final Region GANSU = new Region("甘肃省", null, null, null, "620000");
    private static final Region YIWU = new Region("浙江省", "金华市", "义乌市", null, "330782");
    private static final Region YUBEI = new Region("重庆市", null, "渝北区", null, "500112");

    @Test
    void aTiersWordStandsForTheRegionsUnitOfThatTier() {
        assertEquals("甘肃省人民政府", ShortAuthority.withPlace("省人民政府", GANSU, "province"));
        assertEquals("义乌市人民政府", ShortAuthority.withPlace("市人民政府", YIWU, "county"));
        assertEquals("义乌市林业局", ShortAuthority.withPlace("市林业局", YIWU, "department")); // the county-level city's own bureau
        assertEquals("渝北区司法局", ShortAuthority.withPlace("区司法局", YUBEI, "department"));
    }

    @Test
    void aNameAlreadyWholeOrATierTheRegionLacksStaysAsItIs() {
        assertEquals("甘肃省人民政府", ShortAuthority.withPlace("甘肃省人民政府", GANSU, "province"));
        assertEquals("县人民政府", ShortAuthority.withPlace("县人民政府", YUBEI, "county"));
        assertEquals("区司法局", ShortAuthority.withPlace("区司法局", GANSU, "department")); // 甘肃省 is no 自治区
        assertEquals("市人民政府", ShortAuthority.withPlace("市人民政府", new Region(null, null, null, null, null), "city"));
        assertEquals("市场监督管理局", ShortAuthority.withPlace("市场监督管理局", YIWU, "department")); // 市场, not the city's 市
        Region shizhong = new Region("山东省", "枣庄市", "市中区", null, "370402");
        assertEquals("市中区人力资源和社会保障局", ShortAuthority.withPlace("市中区人力资源和社会保障局", shizhong, "department"),
                "市中区 opens with 市 as its own name, not as 枣庄's word");
    }
}
