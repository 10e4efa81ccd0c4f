package com.fazhi.e2e.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time of the local stack's processes (their pids in {@code $STACK_DIR/run/*.pid}) and of this benchmark, from the
 * JVM's {@link ProcessHandle}: a snapshot before a phase and one after give what each process spent on it, so the
 * benchmark can say what a report costs in CPU and what the machine's cores can carry at most.
 */
final class StackCpu {

    private final Map<String, ProcessHandle> processes = new LinkedHashMap<>();

    StackCpu(Path stackDir) {
        Path run = stackDir.resolve("run");
        if (Files.isDirectory(run)) {
            try (Stream<Path> pids = Files.list(run)) {
                pids.filter(p -> p.getFileName().toString().endsWith(".pid")).sorted().forEach(p -> {
                    try {
                        long pid = Long.parseLong(Files.readString(p).strip());
                        ProcessHandle.of(pid).ifPresent(h -> processes.put(p.getFileName().toString().replace(".pid", ""), h));
                    } catch (IOException | NumberFormatException e) {
                        // a stale or unreadable pid file: that process is not counted
                    }
                });
            } catch (IOException e) {
                // no stack folder here: only this benchmark is counted
            }
        }
        processes.put("benchmark", ProcessHandle.current());
    }

    /** CPU time so far per process (absent where the OS does not tell). */
    Map<String, Duration> snapshot() {
        Map<String, Duration> now = new LinkedHashMap<>();
        processes.forEach((name, h) -> h.info().totalCpuDuration().ifPresent(d -> now.put(name, d)));
        return now;
    }

    /**
     * One line: CPU milliseconds per report per process between two snapshots, the sum of the processes doing the work
     * (the stack's; the benchmark's too where it is the worker, as in the bare copy), and the reports per second that
     * sum lets the machine's cores carry.
     */
    static String perReport(String phase, Map<String, Duration> before, Map<String, Duration> after, int reports,
            boolean benchmarkWorks) {
        StringBuilder line = new StringBuilder("cpu per report (" + phase + "):");
        double stack = 0;
        for (Map.Entry<String, Duration> e : after.entrySet()) {
            double ms = Optional.ofNullable(before.get(e.getKey())).map(b -> e.getValue().minus(b).toNanos() / 1e6)
                    .orElse(0.0) / reports;
            line.append(String.format("  %s %.2f ms", e.getKey(), ms));
            if (benchmarkWorks || !e.getKey().equals("benchmark")) {
                stack += ms;
            }
        }
        int cores = Runtime.getRuntime().availableProcessors();
        line.append(String.format("  | workers %.2f ms: %d cores carry at most %.0f reports/s", stack, cores,
                stack > 0 ? cores * 1000 / stack : Double.POSITIVE_INFINITY));
        return line.toString();
    }
}
