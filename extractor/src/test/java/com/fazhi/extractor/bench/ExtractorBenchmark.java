package com.fazhi.extractor.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import com.fazhi.extractor.RuleBasedExtractor;
import com.fazhi.contract.model.RawReport;

/**
 * The whole engine (charset detection, decoding, normalising, cleaning, metadata, region, sections, indicators) on the
 * five seed reports as bytes, one core. Run with {@code bin/bench}; the score is time per report.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ExtractorBenchmark {

    static final String[] SEEDS = {"000_e8bd0da2750646bc", "001_7d90e1eea6efa530", "002_f975d8ebee0e6be1",
        "003_1f4f6c73cfa690f5", "004_e7f22e860264b322"};

    private final RuleBasedExtractor extractor = new RuleBasedExtractor();
    private final List<RawReport> reports = new ArrayList<>();

    @Setup
    public void loadSeeds() throws IOException {
        for (String seed : SEEDS) {
            try (InputStream in = ExtractorBenchmark.class.getResourceAsStream("/corpus/seeds/" + seed + ".txt")) {
                reports.add(new RawReport(seed, "https://example.gov.cn/" + seed, null, "bench", null, "text/plain",
                        null, null, in.readAllBytes(), null));
            }
        }
    }

    private static final java.util.regex.Pattern ONE_PASS = java.util.regex.Pattern.compile("《([^《》\\n]{1,120})》");

    /** The yardstick the issue names: decoding, normalising and one regex pass, on the same reports. */
    @Benchmark
    @OperationsPerInvocation(5)
    public void baselineDecodeNormaliseOneRegex(Blackhole sink) {
        for (RawReport report : reports) {
            String text = com.fazhi.extractor.normalize.TextNormalizer.normalize(
                    com.fazhi.extractor.decode.CharsetSniffer.decode(report.bytes()));
            sink.consume(ONE_PASS.matcher(text).results().count());
        }
    }

    /** Each iteration's stage timings start afresh, so the breakdown printed at the end is the last (warm) iteration's. */
    @Setup(org.openjdk.jmh.annotations.Level.Iteration)
    public void resetStageTimings() {
        extractor.resetStageTimings();
    }

    /** The engine's own timing of each declared stage, per report, over the last iteration (warm code, no class loading). */
    @org.openjdk.jmh.annotations.TearDown(org.openjdk.jmh.annotations.Level.Trial)
    public void printStageBreakdown() {
        if (extractor.stageTimings().values().stream().mapToDouble(Double::doubleValue).sum() == 0) {
            return;
        }
        System.out.println();
        System.out.println("stage breakdown (mean µs per report):");
        extractor.stageTimings().forEach((stage, micros) -> System.out.printf("  %-14s %8.1f%n", stage, micros));
    }

    /** What extract-service adds per report for the repost grouping: the MinHash signature of the seed's text. */
    @Benchmark
    @OperationsPerInvocation(5)
    public void signSeeds(Blackhole sink) {
        for (RawReport report : reports) {
            sink.consume(com.fazhi.reference.dedup.MinHash.of(new String(report.bytes(), java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(5)
    public void extractSeeds(Blackhole sink) {
        for (RawReport report : reports) {
            sink.consume(extractor.extract(report));
        }
    }
}
