package com.fazhi.e2e.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StackCpuTest {

    private static Map<String, Duration> cpu(long extractMs, long mongoMs, long benchmarkMs) {
        Map<String, Duration> m = new LinkedHashMap<>();
        m.put("extract", Duration.ofMillis(extractMs));
        m.put("mongo", Duration.ofMillis(mongoMs));
        m.put("benchmark", Duration.ofMillis(benchmarkMs));
        return m;
    }

    @Test
    void perReportDividesEachProcessesCpuByTheReportsAndSumsTheWorkers() {
        // 100 reports: extract spent 200 ms, mongo 100 ms, the benchmark 50 ms
        String line = StackCpu.perReport("run", cpu(1_000, 500, 300), cpu(1_200, 600, 350), 100, false);
        assertTrue(line.contains("extract 2.00 ms") && line.contains("mongo 1.00 ms") && line.contains("benchmark 0.50 ms"), line);
        int cores = Runtime.getRuntime().availableProcessors();
        assertTrue(line.contains(String.format("workers 3.00 ms: %d cores carry at most %.0f reports/s", cores, cores * 1000 / 3.0)),
                line);
        // where the benchmark does the work (the bare copy) it counts as a worker
        assertTrue(StackCpu.perReport("copy", cpu(1_000, 500, 300), cpu(1_200, 600, 350), 100, true)
                .contains("workers 3.50 ms"));
    }

    @Test
    void aProcessMissingFromTheFirstSnapshotCountsNothing() {
        Map<String, Duration> before = cpu(1_000, 500, 300);
        before.remove("mongo");
        String line = StackCpu.perReport("run", before, cpu(1_100, 600, 300), 100, false);
        assertTrue(line.contains("mongo 0.00 ms") && line.contains("workers 1.00 ms"), line);
    }
}
