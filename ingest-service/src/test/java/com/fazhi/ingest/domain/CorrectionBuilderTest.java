package com.fazhi.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fazhi.reference.catalog.IndicatorKeys;
import com.fazhi.reference.region.RegionTable;

class CorrectionBuilderTest {

    private static final String TEXT = "2023年,我区区政府常务会议会前学法12次,全年开展学习1000余场(次)。";
    private static final Map<String, Object> REPORT = Map.of("id", "00000000000000a1", "level", "department",
            "reportYear", 2023, "text", TEXT, "indicators", List.of(
                    Map.of("key", "law_study.sessions", "value", 1000, "unit", "次", "start", 27, "end", 31)));
    private static final Instant AT = Instant.parse("2026-12-02T06:30:00Z");
    private final CorrectionBuilder builder = new CorrectionBuilder(IndicatorKeys.get(), RegionTable.get());

    private Correction build(CorrectionRequest r) {
        return builder.build("00000000000000a1", r, REPORT, "li", AT);
    }

    private static CorrectionRequest request(String action, String field, String key, Object value, Integer start, Integer end) {
        return new CorrectionRequest(action, field, key, value, null, null, start, end, null);
    }

    @Test
    void recordsWhoWhenWhatAndWhatItWasBefore() {
        assertEquals("indicator:law_study.sessions=1000", build(request("confirm", null, "law_study.sessions", 1000.003, null, null))
                .target(), "the figure's own value names the target");
        Correction reject = build(request("reject", null, "law_study.sessions", 1000, null, null));
        assertEquals("00000000000000a1|indicator:law_study.sessions=1000", reject.recordKey());
        assertEquals("li", reject.by());
        assertEquals("2026-12-02T06:30:00Z", reject.at());
        assertEquals(1000, ((Map<?, ?>) reject.before()).get("value"));

        int start = TEXT.indexOf("区政府常务会议");
        Correction set = build(request("set", null, "law_study.sessions", 12, start, start + 14));
        assertEquals("indicator:law_study.sessions:set", set.target());
        assertEquals("区政府常务会议会前学法12次", set.quote());
        assertEquals("次", set.unit(), "the key's first unit when none is given");
        assertEquals(2023, set.year(), "the report's year when none is given");

        Correction level = build(request("set", "level", null, "county", null, null));
        assertEquals("field:level", level.target());
        assertEquals("department", level.before());

        Correction region = build(request("set", "region", null, "500153", null, null));
        assertEquals(Map.of("province", "重庆市", "county", "荣昌区", "code", "500153"),
                ((Map<?, ?>) region.value()).entrySet().stream().filter(e -> e.getValue() != null)
                        .collect(java.util.stream.Collectors.toMap(e -> e.getKey(), e -> e.getValue())));
    }

    @Test
    void aCorrectionThatDoesNotFitTheReportIsA400WithTheReason() {
        for (Object[] bad : new Object[][] {
                {request("confirm", null, "law_study.sessions", 999, null, null), "no extracted figure"},
                {request("set", null, "law_study.nonsense", 1, 0, 5), "unknown indicator key"},
                {request("set", null, "law_study.sessions", 12, 10, 9999), "offsets"},
                {request("set", null, "law_study.sessions", "many", 0, 5), "number"},
                {request("set", "level", null, "planet", null, null), "level is one of"},
                {request("set", "reportYear", null, 1800, null, null), "1990"},
                {request("set", "publishedAt", null, "2024/3/1", null, null), "yyyy-mm-dd"},
                {request("set", "region", null, "999999", null, null), "no region"},
                {request("set", "text", null, "x", null, null), "cannot be corrected"},
                {request("approve", null, "law_study.sessions", 1000, null, null), "unknown action"},
                {request("set", "level", "law_study.sessions", 1, null, null), "not both"},
                {request("set", null, "law_study.sessions", "NaN", 0, 5), "finite"},
                {request("set", null, "law_study.sessions", "1e400", 0, 5), "finite"},
                {request("withdraw", "text", null, null, null, null), "cannot be corrected"},
                {request("withdraw", null, "law_study.nonsense", 3, null, null), "unknown indicator key"},
                {new CorrectionRequest("set", "level", null, "county", null, null, null, null, "x".repeat(501)), "note"}}) {
            RejectedReportException e = assertThrows(RejectedReportException.class, () -> build((CorrectionRequest) bad[0]));
            assertEquals(400, e.status());
            assertTrue(e.getMessage().contains((String) bad[1]), e.getMessage());
        }
    }
}
