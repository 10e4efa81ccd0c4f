package com.fazhi.query.storage;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import com.fazhi.query.domain.FilterField;
import com.fazhi.query.domain.ReportFilter;
import com.fazhi.query.domain.ReportFilters;
import com.fazhi.query.domain.ReportSummary;

/**
 * A bitmap index over the report filters of {@link ReportFilters}: for each filter and each value a report has for it,
 * the set of document numbers that have it. A filter becomes a few bitwise ANDs instead of a scan of every report.
 * Document numbers are never reused (a replaced report gets a new one), so nothing is removed here: the caller ANDs
 * with its set of live documents. Not thread-safe: {@link ReportReadModel} guards it.
 */
final class FilterIndex {

    private final Map<String, Map<String, BitSet>> byFilter = new HashMap<>();

    void add(int document, ReportSummary r) {
        for (FilterField field : ReportFilters.ALL) {
            Map<String, BitSet> index = byFilter.computeIfAbsent(field.parameter(), f -> new HashMap<>());
            for (String value : field.valuesOf().apply(r)) {
                index.computeIfAbsent(value, v -> new BitSet()).set(document);
            }
        }
    }

    /** The live documents the filter selects. */
    BitSet select(ReportFilter f, BitSet live) {
        BitSet selected = (BitSet) live.clone();
        f.values().forEach((parameter, wanted) -> {
            FilterField field = ReportFilters.byParameter(parameter);
            Map<String, BitSet> index = byFilter.getOrDefault(parameter, Map.of());
            if (field.byEquality()) {
                BitSet documents = index.get(wanted);
                if (documents == null) {
                    selected.clear();
                } else {
                    selected.and(documents);
                }
            } else {
                BitSet accepted = new BitSet();
                index.forEach((value, documents) -> {
                    if (field.accepts().test(value, wanted)) {
                        accepted.or(documents);
                    }
                });
                selected.and(accepted);
            }
        });
        return selected;
    }
}
