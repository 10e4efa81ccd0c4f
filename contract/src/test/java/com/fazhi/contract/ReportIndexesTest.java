package com.fazhi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReportIndexesTest {

    @Test
    void keysKeepTheirOrderAndDirection() {
        ReportIndexes.Index code = ReportIndexes.all().get(0);
        assertEquals("code_year", code.name(), "the shard key's prefix comes first");
        assertEquals(List.of(Map.entry("region.code", 1), Map.entry("reportYear", -1)), List.copyOf(code.keys().entrySet()));
        assertTrue(ReportIndexes.all().stream().anyMatch(i -> i.keys().containsKey("extractorVersion")),
                "re-extraction finds documents of an older engine by index");
        assertEquals(ReportIndexes.all().size(), ReportIndexes.all().stream().map(ReportIndexes.Index::name).distinct().count());
    }
}
