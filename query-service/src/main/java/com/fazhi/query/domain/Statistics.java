package com.fazhi.query.domain;

import java.util.List;

/** count, min, median and max of a list of values (null for an empty list). */
public record Statistics(int count, Double min, Double median, Double max) {

    public static Statistics of(List<Double> values) {
        if (values.isEmpty()) {
            return new Statistics(0, null, null, null);
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Statistics(n, sorted.get(0), Math.round(median * 1000) / 1000.0, sorted.get(n - 1));
    }
}
