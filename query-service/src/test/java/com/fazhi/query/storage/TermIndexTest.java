package com.fazhi.query.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class TermIndexTest {

    @Test
    void intersectsPostingListsAndSumsCappedCounts() {
        TermIndex index = new TermIndex();
        index.add(0, Map.of("行政", 3, "复议", 1));
        index.add(1, Map.of("行政", 1));
        index.add(2, Map.of("行政", 500, "复议", 2));
        assertEquals(List.of(new TermIndex.Match(0, 4), new TermIndex.Match(2, 22)),
                index.matchAll(List.of("行政", "复议"), n -> true, 20));
        assertEquals(List.of(new TermIndex.Match(0, 4)), index.matchAll(List.of("行政", "复议"), n -> n != 2, 20));
        assertEquals(List.of(), index.matchAll(List.of("行政", "没有"), n -> true, 20));
    }

    @Test
    void agreesWithANaiveIntersectionOnRandomDocuments() {
        Random random = new Random(3);
        TermIndex index = new TermIndex();
        List<String> vocabulary = List.of("a", "b", "c", "d", "e");
        List<Map<String, Integer>> docs = new java.util.ArrayList<>();
        for (int n = 0; n < 2_000; n++) {
            Map<String, Integer> terms = new java.util.HashMap<>();
            for (String t : vocabulary) {
                if (random.nextInt(3) == 0) {
                    terms.put(t, 1 + random.nextInt(5));
                }
            }
            docs.add(terms);
            index.add(n, terms);
        }
        for (List<String> query : List.of(List.of("a"), List.of("a", "b"), List.of("e", "c", "a"), List.of("a", "b", "c", "d", "e"))) {
            TreeSet<Integer> expected = new TreeSet<>();
            for (int n = 0; n < docs.size(); n++) {
                if (docs.get(n).keySet().containsAll(query)) {
                    expected.add(n);
                }
            }
            assertEquals(List.copyOf(expected), index.matchAll(query, x -> true, 20).stream().map(TermIndex.Match::document).toList(),
                    "query " + query);
        }
    }
}
