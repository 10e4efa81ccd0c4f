package com.fazhi.reference.search;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The terms a text is searchable by, without a word segmenter: every pair of adjacent Han characters (bigrams) and
 * every run of Latin letters or digits, lower-cased. A document stores the distinct terms of its text in a
 * multikey-indexed field, and query-service keeps them with their counts in its in-memory inverted index; a query's
 * terms must all be there; the candidates are ranked afterwards.
 * The same code makes both sides, so they always agree. MongoDB's {@code $text} does not segment Chinese, and the
 * Mongo-wire server used locally does not have it at all.
 */
public final class SearchTerms {

    private SearchTerms() {
    }

    public static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        forEach(text, terms::add);
        return terms;
    }

    /** Each distinct term of the text with how often it occurs: for ranking by term frequency. */
    public static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        forEach(text, term -> counts.merge(term, 1, Integer::sum));
        return counts;
    }

    private static void forEach(String text, Consumer<String> sink) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (isHan(c)) {
                if (i + 1 < length && isHan(text.charAt(i + 1))) {
                    sink.accept(text.substring(i, i + 2));
                }
                i++;
            } else if (Character.isLetterOrDigit(c) && c < 128) {
                int end = i;
                while (end < length && text.charAt(end) < 128 && Character.isLetterOrDigit(text.charAt(end))) {
                    end++;
                }
                sink.accept(text.substring(i, end).toLowerCase(Locale.ROOT));
                i = end;
            } else {
                i++;
            }
        }
    }

    /** A query of a single Han character has no bigram: it is searched as itself. */
    public static Set<String> ofQuery(String query) {
        Set<String> terms = of(query);
        if (terms.isEmpty()) {
            for (int i = 0; i < query.length(); i++) {
                if (isHan(query.charAt(i))) {
                    terms.add(String.valueOf(query.charAt(i)));
                }
            }
        }
        return terms;
    }

    static boolean isHan(char c) {
        return c >= 0x3400 && c <= 0x9FFF;
    }
}
