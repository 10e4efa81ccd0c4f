package com.fazhi.extract.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fazhi.contract.model.RawReport;
import com.fazhi.contract.model.ReportDocument;
import com.fazhi.contract.model.ReportDocumentCodec;
import com.fazhi.reference.dedup.ReportFingerprint;
import com.fazhi.reference.search.SearchTerms;

import io.quarkus.runtime.StartupEvent;

/**
 * Runs a record's whole CPU path on a bundled real report ({@code warmup/report.txt}) at start, before the service
 * reads its first batch: the payload read, the engine, the fingerprint, and the stored and announced encodings of the
 * document (no I/O). It runs rounds of {@code extract.warmup.reports} records until a round leaves the JIT nearly idle
 * (compilation under a tenth of the round's time) or {@code extract.warmup.max-seconds} have passed, so the code a
 * record needs is compiled before traffic arrives: with no warm-up, the first minute of a fresh stack's traffic
 * queued behind interpreted code (ingest-to-queryable p99 18 s). What is still cold after it (the Kafka and MongoDB
 * clients, the varied reports' other rules) is why the local stack runs C1 only (see ./stack).
 */
@ApplicationScoped
public class EngineWarmup {

    private static final Logger LOG = Logger.getLogger(EngineWarmup.class);

    void onStart(@Observes StartupEvent start, ReportProcessor processor, ObjectMapper json,
            @ConfigProperty(name = "extract.warmup.reports") int reports,
            @ConfigProperty(name = "extract.warmup.max-seconds") int maxSeconds) {
        if (reports <= 0) {
            return;
        }
        String text = bundledReport();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long began = System.nanoTime();
        long deadline = began + maxSeconds * 1_000_000_000L;
        int done = 0;
        long compiling;
        do { // rounds of `reports` records, until a round leaves the JIT (nearly) idle or the time is up
            long jitBefore = jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
            long roundBegan = System.nanoTime();
            for (int i = 0; i < reports; i++, done++) {
                runOnce(processor, json, text, done);
            }
            long roundMillis = Math.max(1, (System.nanoTime() - roundBegan) / 1_000_000);
            compiling = jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() - jitBefore : 0;
            if (compiling * 10 < roundMillis) {
                break;
            }
        } while (System.nanoTime() < deadline);
        LOG.infof("warmed up: %d records read, extracted, signed and encoded in %d ms (JIT time in the last round: %d ms)",
                done, (System.nanoTime() - began) / 1_000_000, compiling);
    }

    private static void runOnce(ReportProcessor processor, ObjectMapper json, String text, int n) {
        Extraction e = processor.extract(payload(json, new RawReport("warmup-" + n, "https://warmup.invalid/" + n, null,
                "warmup", null, "text/plain", text + "\n" + n, null, null, Instant.now().toString(), null)));
        ReportDocument doc = ReportDocument.of(e.raw(), e.extracted(), Instant.now(),
                ReportFingerprint.toContract(e.fingerprint()));
        if (ReportDocumentCodec.toBson(doc).isEmpty() || ReportDocumentCodec.toEventJson(doc).isEmpty()
                || SearchTerms.of(e.extracted().text()) == null) {
            throw new IllegalStateException("the warm-up report encoded to nothing");
        }
    }

    private static byte[] payload(ObjectMapper json, RawReport raw) {
        try {
            return json.writeValueAsBytes(raw);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the warm-up report cannot be written as a payload", e);
        }
    }

    private static String bundledReport() {
        try (InputStream in = EngineWarmup.class.getResourceAsStream("/warmup/report.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource /warmup/report.txt is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
