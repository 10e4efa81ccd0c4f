package com.fazhi.extract.domain;

import com.fazhi.contract.model.ReportDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One poll of reports.raw, end to end (after mongo-kafka's sink task: a bulk write per batch, failures handled in one
 * place): every record is extracted in parallel on a bounded pool; the good ones are written with one bulk write per
 * collection and announced together; then the bad ones go to the DLQ with their cause. The batch is acknowledged by
 * the caller when this returns.
 * <p>
 * What a failure means is {@link FailurePolicy}'s decision: outages are retried inside the writes; a batch write or
 * announcement that fails for a bad record is replayed record by record, which isolates the bad one (it goes to the
 * DLQ, the others are stored); anything else (shutting down) is thrown before any record is dead-lettered, so the whole
 * batch is redelivered.
 *
 * @param <R> the incoming record (a Kafka ConsumerRecord in the service)
 */
public final class BatchPipeline<R> {

    /** The batch's writes: the store's bulk upsert and the announcement on reports.extracted, each retried inside. */
    public interface Writes {
        /** @return the documents as stored, in order */
        List<ReportDocument> store(List<Extraction> extractions);

        void announce(List<ReportDocument> stored);
    }

    private final ExecutorService pool;
    private final Function<byte[], Extraction> extract;
    private final Writes writes;
    private final BiConsumer<R, RuntimeException> deadLetters;

    public BatchPipeline(ExecutorService pool, Function<byte[], Extraction> extract, Writes writes,
            BiConsumer<R, RuntimeException> deadLetters) {
        this.pool = pool;
        this.extract = extract;
        this.writes = writes;
        this.deadLetters = deadLetters;
    }

    private record Bad<R>(R record, RuntimeException cause) {
    }

    /** @return how many records were stored and announced */
    public int process(List<R> records, Function<R, byte[]> payload) {
        List<Future<Extraction>> running = new ArrayList<>(records.size());
        for (R record : records) {
            running.add(pool.submit(() -> extract.apply(payload.apply(record))));
        }
        List<R> goodRecords = new ArrayList<>();
        List<Extraction> good = new ArrayList<>();
        List<Bad<R>> bad = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                good.add(await(running.get(i)));
                goodRecords.add(records.get(i));
            } catch (RuntimeException e) {
                if (FailurePolicy.classify(e) != FailureKind.BAD_RECORD) {
                    running.forEach(f -> f.cancel(true));
                    throw e;
                }
                bad.add(new Bad<>(records.get(i), e));
            }
        }
        int stored = good.size();
        if (!good.isEmpty()) {
            try {
                writes.announce(writes.store(good));
            } catch (RuntimeException e) {
                if (FailurePolicy.classify(e) != FailureKind.BAD_RECORD) {
                    throw e;
                }
                stored = oneByOne(goodRecords, good, bad);
            }
        }
        bad.forEach(b -> deadLetters.accept(b.record(), b.cause()));
        return stored;
    }

    /** The batch held a record a write refuses for good: each record on its own, so only that one is dead-lettered. */
    private int oneByOne(List<R> records, List<Extraction> extractions, List<Bad<R>> bad) {
        int stored = 0;
        for (int i = 0; i < extractions.size(); i++) {
            try {
                writes.announce(writes.store(List.of(extractions.get(i))));
                stored++;
            } catch (RuntimeException e) {
                if (FailurePolicy.classify(e) != FailureKind.BAD_RECORD) {
                    throw e;
                }
                bad.add(new Bad<>(records.get(i), e));
            }
        }
        return stored;
    }

    private static Extraction await(Future<Extraction> extraction) {
        try {
            return extraction.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        }
    }
}
