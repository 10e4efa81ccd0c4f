package com.fazhi.reference.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class RequiredWordsTest {

    @Test
    void readsTheFirstMandatoryWordOrGroupOfEachAlternative() {
        assertEquals(List.of("受理"), FirstCharGuard.requiredWords("(?:其中|依法)?(?:予以)?受理[^,]{0,4}$"));
        assertEquals(List.of("参加", "参与"), FirstCharGuard.requiredWords("^[^,,;;。、]{0,12}(?:参加|参与)[^,]{0,14}考试"));
        assertEquals(List.of("会前学法", "集体学法", "讲法"), FirstCharGuard.requiredWords("(?:会前学法|集体学法|讲法)[^,]{0,12}$"));
        assertEquals(List.of("进"), FirstCharGuard.requiredWords("“?[三四五六七八九十]进”?[^,]{0,4}活动"));
        assertEquals(List.of("审查", "规范性文件审查"), FirstCharGuard.requiredWords("审查[^,]{0,8}规范性文件|规范性文件审查"));
        assertEquals(List.of("合同"), FirstCharGuard.requiredWords("合同s?审查"));
        assertEquals(List.of("学"), FirstCharGuard.requiredWords("学+法"));
    }

    @Test
    void saysNothingWhereAnAlternativeHasNoMandatoryWord() {
        assertEquals(List.of("年", "日期"), FirstCharGuard.requiredWords("\\d{4}年|日期"));
        assertNull(FirstCharGuard.requiredWords("\\d{4}|日期"));
        assertNull(FirstCharGuard.requiredWords("(?:其中)?[^,]{0,4}$"));
        assertNull(FirstCharGuard.requiredWords("(?=[会集])(?:会前)?"));
        assertNull(FirstCharGuard.requiredWords("学?"));
    }

    @Test
    void plainWordsAreOnlyThoseOfAnAlternationOfPlainWords() {
        assertEquals(List.of("存在的问题", "短板"), FirstCharGuard.plainWords("存在的问题|短板"));
        assertNull(FirstCharGuard.plainWords("下一步(?:工作)?打算|短板"));
        assertNull(FirstCharGuard.plainWords("短板|"));
    }
}
