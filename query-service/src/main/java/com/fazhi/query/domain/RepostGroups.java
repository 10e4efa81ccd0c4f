package com.fazhi.query.domain;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fazhi.reference.dedup.RepostDecision;
import com.fazhi.reference.dedup.RepostIndex;

/**
 * The stored documents grouped into reports: a document whose text is a repost of another's (other site, other
 * script, other page furniture, cut short: {@link RepostDecision}) joins that document's report as another source.
 * A group is a connected component of the "same report" relation over the candidates the LSH index proposes, so the
 * grouping does not depend on the order documents arrive in. Each group has one canonical source: one on a government
 * site ({@code gov.cn}) before others, then the earliest published, then the earliest fetched, then the smallest id.
 * <p>
 * Not thread-safe: the read model calls it under its write lock.
 */
public final class RepostGroups {

    /** One stored document as a source of a report. */
    public record Source(String id, RepostDecision.Copy copy, String url, String fetchedAt, String publishedAt) {
        boolean onGovernmentSite() {
            try {
                String host = url == null ? null : URI.create(url.trim()).getHost();
                return host != null && (host.endsWith(".gov.cn") || host.equals("gov.cn"));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }

    static final Comparator<Source> CANONICAL_FIRST = Comparator
            .comparing((Source s) -> !s.onGovernmentSite())
            .thenComparing(Source::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Source::fetchedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Source::id);

    /** A text shorter than this (an unreadable document, a stub) is never taken for a repost: too little to compare. */
    static final int MIN_SHINGLES = 20;

    private final RepostIndex index = new RepostIndex();
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, Set<String>> groupOf = new HashMap<>();

    /**
     * Adds a document (or replaces the one with its id).
     *
     * @return the ids of every document whose group changed (the new one's group, and the group it left): their
     *         canonical status may have changed
     */
    public Set<String> put(Source source) {
        Set<String> touched = new LinkedHashSet<>(remove(source.id()));
        Set<String> group = new LinkedHashSet<>();
        group.add(source.id());
        sources.put(source.id(), source);
        if (source.copy().signature().shingles() >= MIN_SHINGLES) {
            for (String candidate : index.addAndFindCandidates(source.id(), source.copy().signature())) {
                Source other = sources.get(candidate);
                if (other != null && !group.contains(candidate) && RepostDecision.sameReport(source.copy(), other.copy())
                        && allAgree(group, groupOf.get(candidate))) {
                    group.addAll(groupOf.get(candidate));
                }
            }
        }
        Set<String> merged = new HashSet<>(group);
        for (String id : merged) {
            groupOf.put(id, merged);
        }
        touched.addAll(merged);
        return touched;
    }

    /** @return the ids of the documents left in its group (which may have split): their canonical status may change */
    public Set<String> remove(String id) {
        Source gone = sources.remove(id);
        if (gone == null) {
            return Set.of();
        }
        if (gone.copy().signature().shingles() >= MIN_SHINGLES) {
            index.remove(id, gone.copy().signature());
        }
        Set<String> rest = new HashSet<>(groupOf.remove(id));
        rest.remove(id);
        regroup(rest);
        return rest;
    }

    /** Splits what is left of a group into its connected components (groups are small: pairwise is fine). */
    private void regroup(Set<String> rest) {
        Set<String> unplaced = new java.util.TreeSet<>(rest); // in id order, so the split does not depend on a hash order
        while (!unplaced.isEmpty()) {
            String seed = unplaced.iterator().next();
            unplaced.remove(seed);
            Set<String> component = new HashSet<>(List.of(seed));
            Deque<String> todo = new ArrayDeque<>(List.of(seed));
            while (!todo.isEmpty()) {
                String at = todo.pop();
                for (String other : new ArrayList<>(unplaced)) {
                    if (RepostDecision.sameReport(sources.get(at).copy(), sources.get(other).copy())
                            && allAgree(component, Set.of(other))) {
                        unplaced.remove(other);
                        component.add(other);
                        todo.push(other);
                    }
                }
            }
            for (String member : component) {
                groupOf.put(member, component);
            }
        }
    }

    /**
     * Whether every member of one group agrees with every member of the other on year, region and authority: "the same
     * report" is not transitive through a copy that knows less (a copy without a year would otherwise join a 2022 and a
     * 2023 report on one template into one report).
     */
    private boolean allAgree(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (!x.equals(y) && !RepostDecision.agree(sources.get(x).copy(), sources.get(y).copy())) {
                    return false;
                }
            }
        }
        return true;
    }

    public boolean isCanonical(String id) {
        return id.equals(canonicalOf(id));
    }

    /** The canonical source's id of the report the document belongs to (itself when it has no reposts; null if unknown). */
    public String canonicalOf(String id) {
        List<Source> all = sourcesOf(id);
        return all.isEmpty() ? null : all.get(0).id();
    }

    /** Every source of the report the document belongs to, canonical first. */
    public List<Source> sourcesOf(String id) {
        Set<String> group = groupOf.get(id);
        if (group == null) {
            return List.of();
        }
        return group.stream().map(sources::get).sorted(CANONICAL_FIRST).toList();
    }
}
