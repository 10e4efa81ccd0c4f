package com.fazhi.extract.messaging;

import com.fazhi.contract.model.ReportDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fazhi.extract.domain.BatchPipeline;
import com.fazhi.extract.domain.Extraction;
import com.fazhi.extract.domain.ReportProcessor;
import com.fazhi.extract.storage.ReportStore;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Consumes reports.raw in batches (one poll each, {@code batch=true}) in the extract-service consumer group and runs
 * each through {@link BatchPipeline}: parallel extraction on a pool of {@code extract.parallelism} threads, one bulk
 * write per collection, the batch announced on reports.extracted, the bad records to reports.dlq with their cause.
 * The batch is acknowledged when this method returns, and its offsets committed after that (at-least-once). A failure
 * that is not a bad record (the service shutting down under it) nacks the batch, and the channel's failure strategy
 * is {@code fail}: the offsets are not committed, so the batch is redelivered, to this instance after a restart or to
 * the next owner of its partitions. Batches are processed concurrently on the "extractors" worker pool; the
 * throttled commit strategy commits an offset only once every record before it in its partition was acknowledged,
 * and two copies of one report are two upserts of one document.
 */
@ApplicationScoped
public class RawReportConsumer {

    private static final Logger LOG = Logger.getLogger(RawReportConsumer.class);

    private final ExecutorService pool;
    private final BatchPipeline<ConsumerRecord<String, byte[]>> pipeline;

    public RawReportConsumer(ReportProcessor processor, ReportStore store, ExtractedReportPublisher extracted,
            DeadLetters deadLetters, @ConfigProperty(name = "extract.parallelism") int parallelism) {
        this.pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "extraction");
            t.setDaemon(true);
            return t;
        });
        this.pipeline = new BatchPipeline<>(pool, processor::extract, new BatchPipeline.Writes() {
            @Override
            public List<ReportDocument> store(List<Extraction> batch) {
                return store.saveAll(batch);
            }

            @Override
            public void announce(List<ReportDocument> stored) {
                extracted.publishAll(stored);
            }
        }, deadLetters::send);
    }

    @Incoming("reports-raw")
    @Blocking(value = "extractors", ordered = false)
    public void consume(ConsumerRecords<String, byte[]> records) {
        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(records.count());
        records.forEach(batch::add);
        int stored = pipeline.process(batch, ConsumerRecord::value);
        LOG.debugf("batch of %d: %d stored and announced", batch.size(), stored);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
