package com.fazhi.query.storage;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import com.fazhi.query.domain.ReportFilter;
import com.fazhi.query.domain.ReportSummary;

/**
 * A bitmap index over the report filters: for each value of each filtered field, the set of document numbers that
 * have it. A filter becomes a few bitwise ANDs instead of a scan of every report. Document numbers are never reused
 * (a replaced report gets a new one), so nothing is removed here: the caller ANDs with its set of live documents. Not
 * thread-safe: {@link ReportReadModel} guards it.
 */
final class FilterIndex {

    private static final int SHORTEST_CODE_PREFIX = 2;

    private final Map<String, BitSet> province = new HashMap<>();
    private final Map<String, BitSet> city = new HashMap<>();
    private final Map<String, BitSet> county = new HashMap<>();
    private final Map<String, BitSet> level = new HashMap<>();
    private final Map<String, BitSet> codePrefix = new HashMap<>();
    private final Map<Integer, BitSet> year = new HashMap<>();
    private final Map<String, BitSet> withPart = new HashMap<>();
    private final Map<String, BitSet> withoutPart = new HashMap<>();
    private final Map<Boolean, BitSet> onTime = new HashMap<>();
    private final Map<String, BitSet> indicator = new HashMap<>();
    private final Map<Boolean, BitSet> reviewed = new HashMap<>();

    void add(int document, ReportSummary r) {
        set(province, r.province(), document);
        set(city, r.city(), document);
        set(county, r.county(), document);
        set(level, r.level(), document);
        set(year, r.reportYear(), document);
        set(onTime, r.onTime(), document);
        set(reviewed, r.reviewed(), document);
        if (r.code() != null) {
            for (int length = SHORTEST_CODE_PREFIX; length <= r.code().length(); length++) {
                set(codePrefix, r.code().substring(0, length), document);
            }
        }
        r.parts().forEach((part, has) -> set(has ? withPart : withoutPart, part, document));
        r.indicatorKeys().forEach(key -> set(indicator, key, document));
    }

    /** The live documents the filter selects. */
    BitSet select(ReportFilter f, BitSet live) {
        BitSet selected = (BitSet) live.clone();
        and(selected, province, f.province());
        and(selected, city, f.city());
        and(selected, county, f.county());
        and(selected, level, f.level());
        and(selected, year, f.year());
        and(selected, codePrefix, f.codePrefix());
        and(selected, withPart, f.hasPart());
        and(selected, withoutPart, f.missingPart());
        and(selected, onTime, f.onTime());
        and(selected, indicator, f.hasIndicator());
        and(selected, reviewed, f.verified());
        if (f.yearFrom() != null || f.yearTo() != null) {
            BitSet inRange = new BitSet();
            year.forEach((y, documents) -> {
                if ((f.yearFrom() == null || y >= f.yearFrom()) && (f.yearTo() == null || y <= f.yearTo())) {
                    inRange.or(documents);
                }
            });
            selected.and(inRange);
        }
        return selected;
    }

    private static <K> void set(Map<K, BitSet> index, K value, int document) {
        if (value != null) {
            index.computeIfAbsent(value, v -> new BitSet()).set(document);
        }
    }

    private static <K> void and(BitSet selected, Map<K, BitSet> index, K wanted) {
        if (wanted != null) {
            BitSet documents = index.get(wanted);
            if (documents == null) {
                selected.clear();
            } else {
                selected.and(documents);
            }
        }
    }
}
