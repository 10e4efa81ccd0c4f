package com.fazhi.query.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * An inverted index from search term to the documents holding it, for the bigram search: one growing array per term,
 * each entry a document number (ascending, as documents are only appended) and the term's count in it, packed in one
 * int. Not thread-safe: {@link ReportReadModel} guards it.
 */
final class TermIndex {

    private static final int COUNT_BITS = 8;
    private static final int MAX_COUNT = (1 << COUNT_BITS) - 1;
    /** Document numbers must fit in the bits left over. */
    static final int MAX_DOCUMENTS = 1 << (31 - COUNT_BITS);

    private final Map<String, Postings> postings = new HashMap<>();

    /** A document's terms with their counts; its number must be larger than every number added before. */
    void add(int document, Map<String, Integer> termCounts) {
        if (document >= MAX_DOCUMENTS) {
            throw new IllegalStateException("the term index holds at most " + MAX_DOCUMENTS + " document versions");
        }
        termCounts.forEach((term, count) -> postings.computeIfAbsent(term, t -> new Postings())
                .add(document << COUNT_BITS | Math.min(count, MAX_COUNT)));
    }

    /** The live documents holding every term, each with the sum of the terms' counts (each capped at {@code cap}). */
    List<Match> matchAll(List<String> terms, IntPredicate live, int cap) {
        List<Postings> lists = new ArrayList<>();
        for (String term : terms) {
            Postings p = postings.get(term);
            if (p == null) {
                return List.of();
            }
            lists.add(p);
        }
        lists.sort(Comparator.comparingInt(p -> p.size));
        Postings shortest = lists.get(0);
        int[] cursors = new int[lists.size()];
        List<Match> matches = new ArrayList<>();
        outer:
        for (int i = 0; i < shortest.size; i++) {
            int document = shortest.entries[i] >>> COUNT_BITS;
            if (!live.test(document)) {
                continue;
            }
            int score = Math.min(shortest.entries[i] & MAX_COUNT, cap);
            for (int l = 1; l < lists.size(); l++) {
                Postings other = lists.get(l);
                int at = other.seek(document, cursors[l]);
                cursors[l] = at;
                if (at >= other.size || other.entries[at] >>> COUNT_BITS != document) {
                    continue outer;
                }
                score += Math.min(other.entries[at] & MAX_COUNT, cap);
            }
            matches.add(new Match(document, score));
        }
        return matches;
    }

    int terms() {
        return postings.size();
    }

    record Match(int document, int termCount) {
    }

    private static final class Postings {
        int[] entries = new int[4];
        int size;

        void add(int entry) {
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, size * 2);
            }
            entries[size++] = entry;
        }

        /** The first position at or after {@code from} whose document is not below {@code document} (galloping). */
        int seek(int document, int from) {
            int step = 1;
            int low = from;
            int high = from;
            while (high < size && entries[high] >>> COUNT_BITS < document) {
                low = high + 1;
                high += step;
                step *= 2;
            }
            high = Math.min(high, size);
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (entries[mid] >>> COUNT_BITS < document) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }
}
