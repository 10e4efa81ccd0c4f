package com.fazhi.query.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the reports that hold every term of a query: the exact phrase counts most (and more in the title), then how
 * many of its terms occur how often; up to three snippets around the phrase, with the match between « and ».
 */
public final class SearchRanker {

    private static final int SNIPPET_CONTEXT = 30;
    private static final int MAX_SNIPPETS = 3;

    private SearchRanker() {
    }

    public static List<Map<String, Object>> rank(List<Map<String, Object>> candidates, String query, List<String> terms) {
        List<Map<String, Object>> hits = new ArrayList<>();
        for (Map<String, Object> c : candidates) {
            String text = c.get("text") == null ? "" : c.get("text").toString();
            String title = c.get("title") == null ? "" : c.get("title").toString();
            int phrase = occurrences(text, query);
            double score = phrase * 10 + occurrences(title, query) * 20;
            for (String term : terms) {
                score += Math.min(occurrences(text, term), 20) * 0.5;
            }
            Map<String, Object> hit = new LinkedHashMap<>(c);
            hit.remove("text");
            hit.put("score", score);
            hit.put("matches", phrase);
            hit.put("snippets", snippets(text, phrase > 0 ? query : terms.get(0)));
            hits.add(hit);
        }
        hits.sort(Comparator.comparingDouble((Map<String, Object> h) -> (Double) h.get("score")).reversed());
        return hits;
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
