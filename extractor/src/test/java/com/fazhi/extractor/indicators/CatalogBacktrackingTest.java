package com.fazhi.extractor.indicators;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every pattern of the indicator catalog against adversarial clauses: long runs of the very characters the patterns
 * repeat over ({@code {gap}} runs, connectors, years, digits), with and without a final mismatch. A pattern with
 * nested or overlapping quantifiers would take exponential time on them; each find here must end quickly (the bound
 * is a hang detector far above the microseconds these take). The patterns run on one clause, and clauses are cut at
 * punctuation, but a report can be one long line without it, so the clauses here are long.
 */
class CatalogBacktrackingTest {

    private static final long BOUND_NANOS = 2_000_000_000L;

    @Test
    void noCatalogPatternBacktracksCatastrophically() {
        Set<Pattern> patterns = new LinkedHashSet<>();
        IndicatorCatalog catalog = IndicatorCatalog.get();
        for (com.fazhi.reference.catalog.IndicatorKeys.Entry e : com.fazhi.reference.catalog.IndicatorKeys.get().entries()) {
            for (String unit : e.units()) {
                for (IndicatorRule rule : catalog.rulesFor(unit)) {
                    for (Pattern p : new Pattern[] {rule.before(), rule.after(), plain(rule.topic()), plain(rule.topicNot()),
                            plain(rule.topicAfter()), rule.not(), rule.clauseNot()}) {
                        if (p != null) {
                            patterns.add(p);
                        }
                    }
                }
            }
        }
        assertTrue(patterns.size() > 30, "the catalog's patterns were found: " + patterns.size());
        List<String> clauses = new ArrayList<>();
        for (String run : List.of("共", "达到", "2022年的", "调解", "行政复议", "成功", "率", "案件", "一", "1", " ", "年度的")) {
            clauses.add(run.repeat(20_000 / run.length()));
            clauses.add(run.repeat(20_000 / run.length()) + "!");
            clauses.add("调解成功率" + run.repeat(5_000 / run.length()) + "99.8%x");
        }
        long worst = 0;
        String worstCase = "";
        for (Pattern p : patterns) {
            for (String clause : clauses) {
                long start = System.nanoTime();
                p.matcher(clause).find();
                long took = System.nanoTime() - start;
                if (took > worst) {
                    worst = took;
                    worstCase = p.pattern() + " on a run of '" + clause.substring(0, Math.min(6, clause.length())) + "…'";
                }
                assertTrue(took < BOUND_NANOS, p.pattern() + " took " + took / 1_000_000 + " ms");
            }
        }
        System.out.printf("catalog patterns: %d patterns × %d adversarial clauses of up to 20,000 characters, worst %.1f ms (%s)%n",
                patterns.size(), clauses.size(), worst / 1e6, worstCase);
    }

    private static Pattern plain(com.fazhi.reference.lexicon.GuardedPattern guarded) {
        return guarded == null ? null : guarded.pattern();
    }
}
