package com.fazhi.query.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the reports that hold every term of a query. All candidates are ordered by how often the query's terms occur
 * (each term's count capped, so one long list of repeats does not win) plus the phrase in the title; the best
 * {@link #RERANK_WINDOW} are then re-ordered with the exact phrase, which counts most. Each returned hit carries up to
 * three snippets around the phrase, with the match between « and ». Only the returned page's texts are scanned.
 */
public final class SearchRanker {

    public static final int TERM_COUNT_CAP = 20;
    static final int RERANK_WINDOW = 40;
    private static final int SNIPPET_CONTEXT = 30;
    private static final int MAX_SNIPPETS = 3;

    /** A report holding every term, with the sum of the terms' (capped) counts in it. */
    public record Candidate(ReportSummary report, int termCount) {
    }

    public record Ranked(int total, List<Map<String, Object>> items) {
    }

    private record Scored(ReportSummary report, double score, int phraseCount) {
    }

    private SearchRanker() {
    }

    public static Ranked rank(List<Candidate> candidates, String query, List<String> terms, PageRequest page) {
        List<Scored> scored = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            String title = c.report().title() == null ? "" : c.report().title();
            scored.add(new Scored(c.report(), c.termCount() * 0.5 + occurrences(title, query) * 20, -1));
        }
        Comparator<Scored> byScore = Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> s.report().reportYear(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(s -> s.report().id());
        scored.sort(byScore);
        int window = Math.min(scored.size(), Math.max(RERANK_WINDOW, page.skip() + page.size()));
        for (int i = 0; i < window; i++) {
            Scored s = scored.get(i);
            int phrase = occurrences(s.report().text(), query);
            scored.set(i, new Scored(s.report(), s.score() + phrase * 10, phrase));
        }
        scored.subList(0, window).sort(byScore);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = page.skip(); i < Math.min(scored.size(), page.skip() + page.size()); i++) {
            Scored s = scored.get(i);
            Map<String, Object> hit = new LinkedHashMap<>(s.report().listing());
            hit.put("score", s.score());
            hit.put("matches", s.phraseCount());
            hit.put("snippets", snippets(s.report().text(), s.phraseCount() > 0 ? query : terms.get(0)));
            items.add(hit);
        }
        return new Ranked(scored.size(), items);
    }

    static List<Map<String, Object>> snippets(String text, String needle) {
        List<Map<String, Object>> out = new ArrayList<>();
        int from = 0;
        while (out.size() < MAX_SNIPPETS) {
            int at = text.indexOf(needle, from);
            if (at < 0) {
                break;
            }
            int start = Math.max(0, at - SNIPPET_CONTEXT);
            int end = Math.min(text.length(), at + needle.length() + SNIPPET_CONTEXT);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("text", text.substring(start, at) + "«" + needle + "»" + text.substring(at + needle.length(), end));
            s.put("start", at);
            s.put("end", at + needle.length());
            out.add(s);
            from = at + needle.length();
        }
        return out;
    }

    static int occurrences(String text, String needle) {
        if (needle.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            n++;
        }
        return n;
    }
}
