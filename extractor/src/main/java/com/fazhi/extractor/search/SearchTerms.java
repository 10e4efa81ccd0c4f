package com.fazhi.extractor.search;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The terms a text is searchable by, without a word segmenter: every pair of adjacent Han characters (bigrams) and
 * every run of Latin letters or digits, lower-cased. A document stores the distinct terms of its text in a
 * multikey-indexed field; a query's terms must all be there ({@code $all}); the candidates are ranked afterwards.
 * The same code makes both sides, so they always agree. MongoDB's {@code $text} does not segment Chinese, and the
 * Mongo-wire server used locally does not have it at all.
 */
public final class SearchTerms {

    private SearchTerms() {
    }

    public static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (isHan(c)) {
                if (i + 1 < length && isHan(text.charAt(i + 1))) {
                    terms.add(text.substring(i, i + 2));
                }
                i++;
            } else if (Character.isLetterOrDigit(c) && c < 128) {
                int end = i;
                while (end < length && text.charAt(end) < 128 && Character.isLetterOrDigit(text.charAt(end))) {
                    end++;
                }
                terms.add(text.substring(i, end).toLowerCase(Locale.ROOT));
                i = end;
            } else {
                i++;
            }
        }
        return terms;
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
