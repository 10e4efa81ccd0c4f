package com.fazhi.e2e.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fazhi.contract.model.ExtractedReport;
import com.fazhi.contract.model.RawReport;
import com.fazhi.extractor.RuleBasedExtractor;
import com.fazhi.reference.dedup.MinHash;
import com.fazhi.reference.dedup.RepostDecision;
import com.fazhi.reference.dedup.RepostIndex;

/**
 * The fault and load tests count on every generated report being a report of its own: query-service counts reposts
 * once, so two generated reports it takes for one would leave its total a report short and the kill test waiting.
 * This runs the engine on the kill test's 5,000 reports (its seed) and asks the repost decision about every pair the
 * LSH index proposes, as query-service does.
 */
class ReportGeneratorTest {

    private static final Path CORPUS = Path.of(System.getProperty("e2e.root", "..")).resolve("extractor/src/test/resources/corpus");

    @Test
    void theKillTestsReportsAreEachAReportOfTheirOwn() throws Exception {
        ReportGenerator generator = new ReportGenerator(CORPUS, 5);
        RuleBasedExtractor engine = new RuleBasedExtractor();
        RepostIndex index = new RepostIndex();
        Map<String, RepostDecision.Copy> copies = new HashMap<>();
        List<String> sameReport = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            String[] report = generator.next(i);
            ExtractedReport e = engine.extract(new RawReport("r" + i, report[0], null, "test", null, "text/plain", null,
                    null, report[1].getBytes(StandardCharsets.UTF_8), null));
            RepostDecision.Copy copy = new RepostDecision.Copy(MinHash.of(e.text() == null ? "" : e.text()),
                    e.reportYear(), e.region() == null ? null : e.region().code(), e.authority());
            String id = "r" + i;
            for (String other : index.addAndFindCandidates(id, copy.signature())) {
                if (!other.equals(id) && RepostDecision.sameReport(copy, copies.get(other))) {
                    sameReport.add(other + " = " + id + " (" + report[0] + ", read as " + e.authority() + " "
                            + e.reportYear() + ")");
                }
            }
            copies.put(id, copy);
        }
        assertEquals(5000, copies.size());
        assertTrue(sameReport.isEmpty(), "generated reports taken for one report: " + sameReport);
    }

    @Test
    void aCorpusGivesEightReportsPerTextAndThenSaysSo() throws Exception {
        ReportGenerator generator = new ReportGenerator(CORPUS.resolve("seeds"), 1); // five texts
        for (int i = 0; i < 40; i++) {
            generator.next(i);
        }
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> generator.next(40));
        assertTrue(e.getMessage().contains("at most 40 distinct reports"), e.getMessage());
    }
}
