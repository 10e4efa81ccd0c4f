package com.fazhi.query.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fazhi.query.domain.ReportFilter;
import com.fazhi.query.domain.ReportSummary;

/** The bitmap index selects exactly what a plain scan with the filter's meaning selects, on random reports. */
class FilterIndexTest {

    private static final String[] PROVINCES = {"江苏省", "浙江省", null};
    private static final String[] CODES = {"320612", "320800", "330100", "500153", null};
    private static final String[] LEVELS = {"county", "city", null};

    @Test
    void agreesWithAPlainScan() {
        Random random = new Random(11);
        List<ReportSummary> reports = new ArrayList<>();
        FilterIndex index = new FilterIndex();
        BitSet live = new BitSet();
        for (int n = 0; n < 500; n++) {
            ReportSummary r = ReportSummary.of(randomDoc(random, n));
            reports.add(r);
            index.add(n, r);
            if (random.nextInt(10) > 0) {
                live.set(n);
            }
        }
        for (int q = 0; q < 300; q++) {
            ReportFilter f = randomFilter(random);
            BitSet expected = new BitSet();
            for (int n = 0; n < reports.size(); n++) {
                if (live.get(n) && scan(f, reports.get(n))) {
                    expected.set(n);
                }
            }
            if (f.get("yearFrom") != null && f.get("yearTo") != null
                    && Integer.parseInt(f.get("yearFrom")) > Integer.parseInt(f.get("yearTo"))) {
                continue;
            }
            assertEquals(expected, index.select(f, live), f.toString());
        }
    }

    private static Map<String, Object> randomDoc(Random random, int n) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", "r" + n);
        doc.put("level", pick(random, LEVELS));
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("province", pick(random, PROVINCES));
        region.put("code", pick(random, CODES));
        doc.put("region", region);
        if (random.nextBoolean()) {
            doc.put("reportYear", 2018 + random.nextInt(6));
        }
        Map<String, Object> parts = new LinkedHashMap<>();
        if (random.nextBoolean()) {
            parts.put("problems", random.nextBoolean());
        }
        doc.put("parts", parts);
        if (random.nextBoolean()) {
            doc.put("compliance", Map.of("onTime", random.nextBoolean()));
        }
        doc.put("indicators", random.nextBoolean() ? List.of(Map.of("key", "mediation.success_rate")) : List.of());
        if (random.nextInt(3) == 0) {
            doc.put("review", Map.of("corrections", 1));
        }
        return doc;
    }

    private static ReportFilter randomFilter(Random random) {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("province", pick(random, PROVINCES));
        raw.put("code", random.nextBoolean() ? null : pick(random, new String[] {"32", "3206", "320612", "33", "50"}));
        raw.put("level", pick(random, LEVELS));
        raw.put("year", random.nextInt(3) == 0 ? String.valueOf(2018 + random.nextInt(6)) : null);
        raw.put("yearFrom", random.nextInt(3) == 0 ? "2019" : null);
        raw.put("yearTo", random.nextInt(3) == 0 ? "2021" : null);
        raw.put("hasPart", random.nextInt(4) == 0 ? "problems" : null);
        raw.put("missingPart", random.nextInt(4) == 0 ? "problems" : null);
        raw.put("onTime", random.nextInt(3) == 0 ? String.valueOf(random.nextBoolean()) : null);
        raw.put("hasIndicator", random.nextInt(3) == 0 ? "mediation.success_rate" : null);
        raw.put("verified", random.nextInt(4) == 0 ? String.valueOf(random.nextBoolean()) : null);
        return ReportFilter.parse(raw);
    }

    /** What each filter means, written the obvious way. */
    private static boolean scan(ReportFilter f, ReportSummary r) {
        Integer year = r.reportYear();
        return eq(f.get("province"), r.province()) && eq(f.get("level"), r.level())
                && eq(f.get("year"), year == null ? null : year.toString())
                && (f.get("code") == null || r.code() != null && r.code().startsWith(f.get("code")))
                && (f.get("yearFrom") == null || year != null && year >= Integer.parseInt(f.get("yearFrom")))
                && (f.get("yearTo") == null || year != null && year <= Integer.parseInt(f.get("yearTo")))
                && (f.get("hasPart") == null || Boolean.TRUE.equals(r.parts().get(f.get("hasPart"))))
                && (f.get("missingPart") == null || Boolean.FALSE.equals(r.parts().get(f.get("missingPart"))))
                && eq(f.get("onTime"), r.onTime() == null ? null : r.onTime().toString())
                && (f.get("hasIndicator") == null || r.indicatorKeys().contains(f.get("hasIndicator")))
                && eq(f.get("verified"), String.valueOf(r.reviewed()));
    }

    private static boolean eq(Object wanted, Object actual) {
        return wanted == null || wanted.equals(actual);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
