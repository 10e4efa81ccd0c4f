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
        return new ReportFilter(pick(random, PROVINCES), null, null,
                random.nextBoolean() ? null : pick(random, new String[] {"32", "3206", "320612", "33", "50"}),
                pick(random, LEVELS), random.nextInt(3) == 0 ? 2018 + random.nextInt(6) : null,
                random.nextInt(3) == 0 ? 2019 : null, random.nextInt(3) == 0 ? 2021 : null,
                random.nextInt(4) == 0 ? "problems" : null, random.nextInt(4) == 0 ? "problems" : null,
                random.nextInt(3) == 0 ? random.nextBoolean() : null,
                random.nextInt(3) == 0 ? "mediation.success_rate" : null, random.nextInt(4) == 0 ? random.nextBoolean() : null);
    }

    /** What each filter means, written the obvious way. */
    private static boolean scan(ReportFilter f, ReportSummary r) {
        return eq(f.province(), r.province()) && eq(f.level(), r.level()) && eq(f.year(), r.reportYear())
                && (f.codePrefix() == null || r.code() != null && r.code().startsWith(f.codePrefix()))
                && (f.yearFrom() == null || r.reportYear() != null && r.reportYear() >= f.yearFrom())
                && (f.yearTo() == null || r.reportYear() != null && r.reportYear() <= f.yearTo())
                && (f.hasPart() == null || Boolean.TRUE.equals(r.parts().get(f.hasPart())))
                && (f.missingPart() == null || Boolean.FALSE.equals(r.parts().get(f.missingPart())))
                && eq(f.onTime(), r.onTime())
                && (f.hasIndicator() == null || r.indicatorKeys().contains(f.hasIndicator()))
                && eq(f.verified(), r.reviewed());
    }

    private static boolean eq(Object wanted, Object actual) {
        return wanted == null || wanted.equals(actual);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
