package com.fazhi.query.storage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fazhi.contract.model.ReportDocument;
import com.fazhi.contract.model.ReportDocumentCodec;
import com.fazhi.reference.dedup.RepostDecision;
import com.fazhi.reference.dedup.ReportFingerprint;
import com.fazhi.reference.search.SearchTerms;
import com.fazhi.query.domain.Corrections;
import com.fazhi.query.domain.Page;
import com.fazhi.query.domain.PageRequest;
import com.fazhi.query.domain.ReportFilter;
import com.fazhi.query.domain.RepostGroups;
import com.fazhi.query.domain.ReportSummary;
import com.fazhi.query.domain.SearchRanker;
import com.fazhi.query.domain.SortOrder;

/**
 * Every report's summary in memory, with an inverted index of its search terms: what the list, filter, search,
 * indicator, compliance and region endpoints read. It is fed by the {@code reports.extracted} topic (see
 * {@code ExtractedReportFeed}) and rebuilt from it at start; MongoDB stays the source of the full documents.
 * <p>
 * Each version of a report gets a new document number; filters are bitmaps over those numbers ({@link FilterIndex}),
 * search terms an inverted index ({@link TermIndex}). A replaced version stays in both, marked dead, until the next
 * start. Sorted views are cached per sort order until the next change.
 * <p>
 * A report reposted on other sites is stored once per source; {@link RepostGroups} groups the sources, and every list,
 * count, facet, ranking and search sees only each report's canonical source ({@code shown}), so a report counts once.
 */
@ApplicationScoped
public class ReportReadModel {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** By document number; null where a report was replaced or deleted. */
    private final List<ReportSummary> documents = new ArrayList<>();
    private final Map<String, Integer> numberById = new HashMap<>();
    /** The current documents that are their report's canonical source: what every query sees. */
    private final BitSet shown = new BitSet();
    private final RepostGroups groups = new RepostGroups();
    /** Analysts' corrections by report id, then by target ({@code field:level}, {@code indicator:key=value} …). */
    private final Map<String, Map<String, Map<String, Object>>> corrections = new HashMap<>();
    /** The engine's summary of each corrected report, to apply its corrections to again when they change. */
    private final Map<String, ReportSummary> uncorrected = new HashMap<>();
    private final TermIndex terms = new TermIndex();
    private final FilterIndex filters = new FilterIndex();
    private final Map<SortOrder, Sorted> sortedViews = new ConcurrentHashMap<>();
    private long version;

    /** The shown document numbers in one sort order, as of one version of the model. */
    private record Sorted(long version, int[] documents) {
    }

    /**
     * Adds a report, or replaces the one with its id. The analysts' corrections of its report (of any of its sources)
     * are applied on top of its report's canonical source.
     */
    public void put(ReportDocument doc) {
        ReportSummary extracted = ReportSummary.of(ReportDocumentCodec.toJsonValues(doc));
        Map<String, Integer> counts = searchCounts(extracted);
        RepostGroups.Source source = sourceOf(doc, extracted);
        lock.writeLock().lock();
        try {
            uncorrected.remove(extracted.id());
            install(extracted, counts);
            Set<String> touched = groups.put(source);
            applyCorrections(touched);
            showCanonical(touched);
            version++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Records an analyst's correction of a report (a {@code reports.corrections} event, keyed by its target; a
     * {@code withdraw} event replaces the correction it takes back and stays in the log; null removes it) and
     * re-applies its report's corrections, if the report is here; else they
     * wait for it. A correction made through one source's id holds for the report, whichever source is canonical.
     */
    public void correct(String reportId, String target, Map<String, Object> correction) {
        lock.writeLock().lock();
        try {
            Map<String, Map<String, Object>> corrected = corrections.computeIfAbsent(reportId, k -> new LinkedHashMap<>());
            if (correction == null) {
                corrected.remove(target);
            } else {
                corrected.put(target, correction);
            }
            if (corrected.isEmpty()) {
                corrections.remove(reportId);
            }
            if (!numberById.containsKey(reportId)) {
                return;
            }
            Set<String> touched = new java.util.HashSet<>();
            groups.sourcesOf(reportId).forEach(member -> touched.add(member.id()));
            applyCorrections(touched);
            showCanonical(touched);
            version++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Gives the canonical source of each report these documents belong to the corrections of all its sources (see
     * {@link #reportCorrections}), or the engine's reading where there are none; under the write lock.
     */
    private void applyCorrections(Set<String> ids) {
        Set<String> canonical = new java.util.HashSet<>();
        for (String id : ids) {
            String c = groups.canonicalOf(id);
            if (c != null && numberById.containsKey(c)) {
                canonical.add(c);
            }
        }
        for (String id : canonical) {
            List<Map<String, Object>> corrected = reportCorrections(id);
            ReportSummary extracted = uncorrected.getOrDefault(id, documents.get(numberById.get(id)));
            if (corrected.isEmpty()) {
                if (uncorrected.remove(id) != null) {
                    install(extracted, searchCounts(extracted));
                }
            } else {
                uncorrected.put(id, extracted);
                ReportSummary summary = withCorrections(extracted, corrected);
                install(summary, searchCounts(summary));
            }
        }
    }

    /**
     * The corrections of the report a document belongs to: those made through any of its sources' ids, in the order
     * they were first made; where two sources' corrections have one target, the canonical source's stands.
     */
    private List<Map<String, Object>> reportCorrections(String id) {
        List<RepostGroups.Source> sources = groups.sourcesOf(id);
        if (sources.isEmpty()) {
            Map<String, Map<String, Object>> own = corrections.get(id);
            return own == null ? List.of() : List.copyOf(own.values());
        }
        Map<String, Map<String, Object>> merged = new LinkedHashMap<>();
        for (int i = sources.size() - 1; i >= 0; i--) { // canonical last, so its corrections win
            Map<String, Map<String, Object>> own = corrections.get(sources.get(i).id());
            if (own != null) {
                merged.putAll(own);
            }
        }
        return List.copyOf(merged.values());
    }

    /** The corrections of the report this document belongs to (of any of its sources; empty when none). */
    public List<Map<String, Object>> correctionsOf(String reportId) {
        return read(() -> reportCorrections(reportId));
    }

    /**
     * The same body's reports across the years (see {@link com.fazhi.query.domain.AuthorityKey}), oldest first, each
     * report counted once; empty when the report is unknown or its body cannot be told.
     */
    public List<ReportSummary> sameAuthority(String id) {
        return read(() -> {
            Integer number = numberById.get(id);
            String key = number == null ? null : com.fazhi.query.domain.AuthorityKey.of(documents.get(number));
            if (key == null) {
                return List.<ReportSummary>of();
            }
            ReportSummary self = documents.get(number);
            ReportFilter filter = ReportFilter.of("code", self.code()).with("level", self.level());
            List<ReportSummary> out = new ArrayList<>();
            BitSet selected = filters.select(filter, shown);
            for (int n = selected.nextSetBit(0); n >= 0; n = selected.nextSetBit(n + 1)) {
                ReportSummary r = documents.get(n);
                if (key.equals(com.fazhi.query.domain.AuthorityKey.of(r)) && self.code().equals(r.code())) {
                    out.add(r);
                }
            }
            out.sort(Comparator.comparing(ReportSummary::reportYear, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(ReportSummary::id));
            return out;
        });
    }

    /** The canonical ids of the reports here that an analyst corrected (through any source), in id order. */
    public List<String> reviewedIds() {
        return read(() -> corrections.entrySet().stream().filter(e -> numberById.containsKey(e.getKey()))
                .filter(e -> e.getValue().values().stream().anyMatch(c -> !"withdraw".equals(c.get("action"))))
                .map(e -> groups.canonicalOf(e.getKey())).filter(java.util.Objects::nonNull).distinct().sorted().toList());
    }

    /**
     * How often analysts confirmed, rejected or set a figure, per indicator key (over every correction held): how far
     * the engine can be trusted on each key.
     */
    public Map<String, Map<String, Integer>> reviewCounts() {
        return read(() -> {
            Map<String, Map<String, Integer>> out = new java.util.TreeMap<>();
            corrections.values().forEach(byTarget -> byTarget.values().forEach(c -> {
                if (c.get("key") != null && List.of("confirm", "reject", "set").contains(String.valueOf(c.get("action")))) {
                    out.computeIfAbsent(c.get("key").toString(), k -> new LinkedHashMap<>(Map.of("confirm", 0, "reject", 0, "set", 0)))
                            .merge(String.valueOf(c.get("action")), 1, Integer::sum);
                }
            }));
            return out;
        });
    }

    /** The summary as the analysts corrected it: rebuilt from the extracted one's JSON values and its text. */
    private static ReportSummary withCorrections(ReportSummary extracted, java.util.Collection<Map<String, Object>> corrected) {
        Map<String, Object> doc = new LinkedHashMap<>(extracted.row());
        doc.put("id", extracted.id());
        doc.put("text", extracted.text());
        return ReportSummary.of(Corrections.apply(doc, corrected));
    }

    private static Map<String, Integer> searchCounts(ReportSummary summary) {
        return SearchTerms.counts((summary.title() == null ? "" : summary.title() + "\n") + summary.text());
    }

    /** Gives the summary a new document number in every index and retires the id's old one; under the write lock. */
    private void install(ReportSummary summary, Map<String, Integer> counts) {
        int number = documents.size();
        terms.add(number, counts);
        filters.add(number, summary);
        documents.add(summary);
        retire(numberById.put(summary.id(), number));
    }

    public void remove(String id) {
        lock.writeLock().lock();
        try {
            if (retire(numberById.remove(id))) {
                uncorrected.remove(id);
                Set<String> touched = groups.remove(id);
                applyCorrections(touched);
                showCanonical(touched);
                version++;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Marks a replaced or deleted version dead; called under the write lock. */
    private boolean retire(Integer number) {
        if (number == null) {
            return false;
        }
        documents.set(number, null);
        shown.clear(number);
        return true;
    }

    /** Shows each of these documents iff it is its report's canonical source; called under the write lock. */
    private void showCanonical(Iterable<String> ids) {
        for (String id : ids) {
            Integer number = numberById.get(id);
            if (number != null) {
                shown.set(number, groups.isCanonical(id));
            }
        }
    }

    private static RepostGroups.Source sourceOf(ReportDocument doc, ReportSummary summary) {
        RepostDecision.Copy copy = new RepostDecision.Copy(ReportFingerprint.of(doc.fingerprint(), summary.text()),
                summary.reportYear(), summary.code(), summary.authority());
        ReportDocument.Source source = doc.source();
        return new RepostGroups.Source(summary.id(), copy, source == null ? null : source.url(),
                source == null ? null : source.fetchedAt(), summary.publishedAt());
    }

    private static String string(Object o) {
        return o == null ? null : o.toString();
    }

    /** How many documents (sources) it holds. */
    public int size() {
        return read(() -> numberById.size());
    }

    /** How many reports it holds: reposts count once. */
    public int reportCount() {
        return read(() -> shown.cardinality());
    }

    /** Every source of the report this document belongs to, canonical first (empty for an unknown id). */
    public List<RepostGroups.Source> sourcesOf(String id) {
        return read(() -> groups.sourcesOf(id));
    }

    public Page find(ReportFilter filter, SortOrder sort, PageRequest page) {
        return read(() -> {
            BitSet selected = filters.select(filter, shown);
            List<Map<String, Object>> items = new ArrayList<>(page.size());
            int seen = 0;
            for (int n : sorted(sort)) {
                if (items.size() == page.size()) {
                    break;
                }
                if (selected.get(n) && seen++ >= page.skip()) {
                    items.add(withSourceCount(documents.get(n)));
                }
            }
            return new Page(selected.cardinality(), page.page(), page.size(), items);
        });
    }

    /** A list item: the listing, with {@code sourceCount} where the report was found on more than one site. */
    private Map<String, Object> withSourceCount(ReportSummary report) {
        int count = groups.sourcesOf(report.id()).size();
        if (count <= 1) {
            return report.listing();
        }
        Map<String, Object> item = new LinkedHashMap<>(report.listing());
        item.put("sourceCount", count);
        return item;
    }

    /** Counts by province, level and report year of the reports the filter selects, largest first. */
    public Map<String, List<Map<String, Object>>> facets(ReportFilter filter) {
        Map<String, Function<ReportSummary, Object>> facets = new LinkedHashMap<>();
        facets.put("province", ReportSummary::province);
        facets.put("level", ReportSummary::level);
        facets.put("year", ReportSummary::reportYear);
        List<ReportSummary> selected = selectSummaries(filter);
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        facets.forEach((name, value) -> {
            Map<String, Integer> counts = new HashMap<>();
            selected.forEach(r -> counts.merge(String.valueOf(value.apply(r)), 1, Integer::sum));
            List<Map<String, Object>> rows = new ArrayList<>();
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                    .forEach(e -> {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("value", unknownAsNull(e.getKey(), name));
                        row.put("count", e.getValue());
                        rows.add(row);
                    });
            out.put(name, rows);
        });
        return out;
    }

    /** Every report the filter selects, as JSON values with its indicators: for the aggregations. */
    public List<Map<String, Object>> select(ReportFilter filter) {
        return selectSummaries(filter).stream().map(ReportSummary::row).toList();
    }

    /** The reports holding every term that the filter selects, scored by the terms' counts (each capped). */
    public List<SearchRanker.Candidate> searchCandidates(ReportFilter filter, List<String> queryTerms) {
        return read(() -> {
            BitSet selected = filters.select(filter, shown);
            List<SearchRanker.Candidate> out = new ArrayList<>();
            for (TermIndex.Match m : terms.matchAll(queryTerms, selected::get, SearchRanker.TERM_COUNT_CAP)) {
                out.add(new SearchRanker.Candidate(documents.get(m.document()), m.termCount()));
            }
            return out;
        });
    }

    /** The reports the filter selects, newest first. */
    private List<ReportSummary> selectSummaries(ReportFilter filter) {
        return read(() -> {
            BitSet selected = filters.select(filter, shown);
            List<ReportSummary> out = new ArrayList<>(selected.cardinality());
            for (int n : sorted(SortOrder.DEFAULT)) {
                if (selected.get(n)) {
                    out.add(documents.get(n));
                }
            }
            return out;
        });
    }

    /** Called under the read lock. */
    private int[] sorted(SortOrder sort) {
        Sorted cached = sortedViews.get(sort);
        if (cached != null && cached.version() == version) {
            return cached.documents();
        }
        Comparator<ReportSummary> order = sort.comparator();
        int[] view = shown.stream().boxed().sorted((a, b) -> order.compare(documents.get(a), documents.get(b)))
                .mapToInt(Integer::intValue).toArray();
        sortedViews.put(sort, new Sorted(version, view));
        return view;
    }

    private static Object unknownAsNull(String key, String facet) {
        if ("null".equals(key)) {
            return null;
        }
        return facet.equals("year") ? Integer.valueOf(key) : key;
    }

    private <T> T read(java.util.function.Supplier<T> reader) {
        lock.readLock().lock();
        try {
            return reader.get();
        } finally {
            lock.readLock().unlock();
        }
    }
}
