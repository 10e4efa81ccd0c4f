package com.fazhi.extractor.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameMatchTest {

    @Test
    void parentRegionMayBeLeftOff() {
        assertTrue(NameMatch.matches("十堰市茅箭区人民政府", "茅箭区人民政府"));
        assertTrue(NameMatch.matches("茅箭区人民政府", "十堰市茅箭区人民政府"));
        assertTrue(NameMatch.matches(null, null));
        assertFalse(NameMatch.matches("茅箭区人民政府", "人民政府"));
        assertFalse(NameMatch.matches("茅箭区人民政府", null));
    }
}
