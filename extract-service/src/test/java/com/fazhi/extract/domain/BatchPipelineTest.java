package com.fazhi.extract.domain;

import com.fazhi.contract.model.ReportDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fazhi.contract.model.ExtractedReport;
import com.fazhi.contract.model.RawReport;

/**
 * The batch's failure handling as plain logic: payloads are ids, "bad…" ones cannot be read, the writes keep what they
 * were given; the real writes and broker are exercised by ExtractPipelineTest.
 */
class BatchPipelineTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final List<String> stored = Collections.synchronizedList(new ArrayList<>());
    private final List<String> announced = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> deadLettered = Collections.synchronizedMap(new LinkedHashMap<>());

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static Extraction read(byte[] payload) {
        String id = new String(payload, StandardCharsets.UTF_8);
        if (id.startsWith("bad")) {
            throw new MalformedMessageException("not a raw report: " + id, null);
        }
        if (id.startsWith("stop")) {
            throw new IllegalStateException("interrupted while extracting", new InterruptedException());
        }
        RawReport raw = new RawReport(id, "https://a.gov.cn/" + id, null, "crawler", null, "text/plain", id, null, null, null);
        return new Extraction(raw, (ExtractedReport) null, null);
    }

    /** Writes that refuse, for good, any batch holding the id {@code refused}. */
    private BatchPipeline<String> pipeline(String refused) {
        return new BatchPipeline<>(pool, BatchPipelineTest::read, new BatchPipeline.Writes() {
            @Override
            public List<ReportDocument> store(List<Extraction> batch) {
                List<ReportDocument> docs = new ArrayList<>();
                for (Extraction e : batch) {
                    if (e.raw().id().equals(refused)) {
                        throw new RecordTooLargeException("document of " + refused + " too large");
                    }
                    docs.add(ReportDocument.of(e.raw(), e.extracted(), java.time.Instant.now(), null));
                }
                batch.forEach(e -> stored.add(e.raw().id()));
                return docs;
            }

            @Override
            public void announce(List<ReportDocument> docs) {
                docs.forEach(d -> announced.add(d.id()));
            }
        }, (record, cause) -> deadLettered.put(record, cause.getMessage()));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void goodRecordsAreStoredAndAnnouncedTogetherAndBadOnesDeadLettered() {
        int n = pipeline("none").process(List.of("a", "bad1", "b", "c"), BatchPipelineTest::bytes);
        assertEquals(3, n);
        assertEquals(List.of("a", "b", "c"), stored, "one batch write, in order");
        assertEquals(List.of("a", "b", "c"), announced);
        assertEquals(List.of("bad1"), List.copyOf(deadLettered.keySet()));
        assertTrue(deadLettered.get("bad1").contains("not a raw report"), "with its cause");
    }

    @Test
    void aRecordTheWriteRefusesIsIsolatedByReplayingTheBatchOneByOne() {
        int n = pipeline("b").process(List.of("a", "b", "c"), BatchPipelineTest::bytes);
        assertEquals(2, n);
        assertEquals(List.of("a", "c"), stored);
        assertEquals(List.of("a", "c"), announced);
        assertEquals(List.of("b"), List.copyOf(deadLettered.keySet()));
    }

    @Test
    void shuttingDownThrowsBeforeAnyRecordIsDeadLetteredSoTheBatchIsRedelivered() {
        assertThrows(IllegalStateException.class,
                () -> pipeline("none").process(List.of("bad1", "a", "stop"), BatchPipelineTest::bytes));
        assertTrue(deadLettered.isEmpty(), "nothing dead-lettered: the whole batch comes back");
        assertTrue(stored.isEmpty());
    }
}
