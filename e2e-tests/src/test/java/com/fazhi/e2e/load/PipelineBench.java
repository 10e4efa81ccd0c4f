package com.fazhi.e2e.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;

/**
 * The pipeline benchmark (bin/pipelinebench), against the running local stack (./stack up), on its broker and store:
 * <ol>
 * <li><b>latency</b>: reports posted one by one at a fixed rate (default 50/s); for each, the time from ingest's 202
 * to the moment the stored report appears on {@code reports.extracted}, the topic query-service's read model follows
 * (it applies a record within its 200 ms poll), i.e. ingest-to-queryable;</li>
 * <li><b>throughput</b>: N reports posted as fast as ingest takes them (NDJSON batches of 100); reports per second
 * from the first post to the last one extracted;</li>
 * <li><b>bare copy</b>: the same N raw messages read again from {@code reports.raw} by a fresh consumer group and
 * upserted into MongoDB ({@code bench_bare_copy}) with one unordered bulk upsert per poll, offsets committed after
 * each, with no extraction: the ceiling of this design on this machine.</li>
 * </ol>
 * After each phase, the CPU time a report cost each of the stack's processes ({@link StackCpu}). Every loop is bounded
 * by a count and a time limit; loopback only.
 */
public final class PipelineBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = LoadRun.options(args);
        int rateReports = Integer.parseInt(opts.getOrDefault("rate-reports", "1500"));
        int rate = Integer.parseInt(opts.getOrDefault("rate", "50"));
        int burst = Integer.parseInt(opts.getOrDefault("reports", "3000"));
        String ingest = "http://127.0.0.1:" + opts.getOrDefault("ingest-port", "8081");
        String kafka = opts.getOrDefault("kafka", "127.0.0.1:9092");
        String mongoUri = opts.getOrDefault("mongo", "mongodb://127.0.0.1:27017/?retryWrites=false");
        Path stackDir = Path.of(opts.getOrDefault("stack-dir", System.getenv().getOrDefault("STACK_DIR", ".stack")));
        String apiKey = opts.containsKey("api-key") ? opts.get("api-key") : Files.readString(stackDir.resolve("api-key")).strip();
        StackCpu cpu = new StackCpu(stackDir);
        ReportGenerator generator = new ReportGenerator(Path.of(opts.getOrDefault("corpus", "extractor/src/test/resources/corpus")), 99);
        String run = UUID.randomUUID().toString().substring(0, 8);

        try (ExtractedWatcher watcher = new ExtractedWatcher(kafka)) {
            // 1. latency at a fixed rate
            Map<String, Long> ackedAt = new ConcurrentHashMap<>();
            Map<String, Duration> cpuBefore = cpu.snapshot();
            long period = 1_000_000_000L / rate;
            java.util.concurrent.ExecutorService posters = java.util.concurrent.Executors.newFixedThreadPool(16);
            List<java.util.concurrent.Future<?>> posts = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < rateReports; i++) {
                long due = start + i * period;
                while (System.nanoTime() < due) {
                    Thread.sleep(0, 200_000);
                }
                int n = i;
                posts.add(posters.submit(() -> {
                    String text = generator.next(n)[1] + "\n编号:" + run + "-r" + n + "\n";
                    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(ingest + "/api/reports"))
                            .header("Content-Type", "application/json").header("X-API-Key", apiKey)
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                                    "url", "https://bench.example.gov.cn/" + run + "/r" + n, "source", "bench", "text", text))))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 202) {
                        throw new IllegalStateException("ingest answered " + r.statusCode() + ": " + r.body());
                    }
                    ackedAt.put(JSON.readTree(r.body()).get("id").asText(), System.nanoTime());
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : posts) {
                f.get();
            }
            posters.shutdown();
            double postSeconds = (System.nanoTime() - start) / 1e9;
            Map<String, Long> seenAt = watcher.awaitAll(ackedAt.keySet(), Duration.ofMinutes(10));
            List<Long> latencies = new ArrayList<>();
            ackedAt.forEach((id, t) -> latencies.add(seenAt.get(id) - t));
            Collections.sort(latencies);
            System.out.printf("latency: %d reports at %d/s (posted in %.1f s): ingest 202 -> on reports.extracted  p50 %.0f ms  p95 %.0f ms  p99 %.0f ms  max %.0f ms%n",
                    rateReports, rate, postSeconds, pct(latencies, 0.50), pct(latencies, 0.95), pct(latencies, 0.99),
                    latencies.get(latencies.size() - 1) / 1e6);
            System.out.println(StackCpu.perReport("latency run", cpuBefore, cpu.snapshot(), rateReports, false));

            // 2. throughput, as fast as ingest takes them
            Set<String> burstIds = ConcurrentHashMap.newKeySet();
            Map<String, Duration> burstCpu = cpu.snapshot();
            long burstStart = System.nanoTime();
            for (int from = 0; from < burst; from += 100) {
                StringBuilder ndjson = new StringBuilder();
                for (int i = from; i < Math.min(burst, from + 100); i++) {
                    ndjson.append(JSON.writeValueAsString(Map.of("url", "https://bench.example.gov.cn/" + run + "/b" + i,
                            "source", "bench", "text", generator.next(i)[1] + "\n编号:" + run + "-b" + i + "\n"))).append('\n');
                }
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(ingest + "/api/reports/batch"))
                        .header("Content-Type", "application/x-ndjson").header("X-API-Key", apiKey).timeout(Duration.ofMinutes(2))
                        .POST(HttpRequest.BodyPublishers.ofString(ndjson.toString())).build(), HttpResponse.BodyHandlers.ofString());
                for (JsonNode line : JSON.readTree(r.body())) {
                    if (line.get("status").asInt() != 202) {
                        throw new IllegalStateException("ingest refused a report: " + line);
                    }
                    burstIds.add(line.get("id").asText());
                }
            }
            double posted = (System.nanoTime() - burstStart) / 1e9;
            Map<String, Long> burstSeen = watcher.awaitAll(burstIds, Duration.ofMinutes(30));
            double pipelineSeconds = (Collections.max(burstSeen.values()) - burstStart) / 1e9;
            double pipelineRate = burst / pipelineSeconds;
            System.out.printf("throughput: %d reports posted in %.1f s (%.0f/s into Kafka); all extracted and stored %.1f s after the first post: %.0f reports/s%n",
                    burst, posted, burst / posted, pipelineSeconds, pipelineRate);
            System.out.println(StackCpu.perReport("throughput run", burstCpu, cpu.snapshot(), burst, false));

            // 3. the bare copy of the same raw messages
            Map<String, Duration> bareCpu = cpu.snapshot();
            double bareRate = bareCopy(kafka, mongoUri, burstIds);
            System.out.printf("bare copy: the same %d raw messages, Kafka -> MongoDB bulk upsert per poll, no extraction: %.0f reports/s%n",
                    burst, bareRate);
            System.out.println(StackCpu.perReport("bare copy, the benchmark is the copier", bareCpu, cpu.snapshot(), burst, true));
            System.out.printf("pipeline / bare copy: %.0f %%%n", 100 * pipelineRate / bareRate);
        }
    }

    /** Reads reports.raw from the start in a fresh group and upserts the given ids' messages; reports per second. */
    private static double bareCopy(String kafka, String mongoUri, Set<String> ids) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-bare-copy-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(16 * 1024 * 1024));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
                MongoClient mongo = MongoClients.create(mongoUri)) {
            MongoCollection<Document> copy = mongo.getDatabase("fazhi").getCollection("bench_bare_copy");
            copy.drop();
            consumer.subscribe(List.of("reports.raw"));
            Set<String> copied = new java.util.HashSet<>();
            long start = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
            while (copied.size() < ids.size() && System.nanoTime() < deadline) {
                List<WriteModel<Document>> batch = new ArrayList<>();
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (!ids.contains(r.key())) {
                        continue; // earlier messages on the topic: skipped, not timed
                    }
                    if (start == 0) {
                        start = System.nanoTime();
                    }
                    Document doc = Document.parse(r.value());
                    doc.put("_id", r.key());
                    batch.add(new ReplaceOneModel<>(Filters.eq("_id", r.key()), doc,
                            new ReplaceOptions().upsert(true)));
                    copied.add(r.key());
                }
                if (!batch.isEmpty()) {
                    copy.bulkWrite(batch, new BulkWriteOptions().ordered(false));
                }
                consumer.commitSync();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            copy.drop();
            return copied.size() / seconds;
        }
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    /** Follows reports.extracted from its end and notes when each key first appears. */
    private static final class ExtractedWatcher implements AutoCloseable {
        private final Map<String, Long> seen = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        ExtractedWatcher(String kafka) throws InterruptedException {
            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
            p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-watch-" + UUID.randomUUID());
            p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
            p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(16 * 1024 * 1024));
            KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
            consumer.subscribe(List.of("reports.extracted"));
            java.util.concurrent.CountDownLatch assigned = new java.util.concurrent.CountDownLatch(1);
            thread = new Thread(() -> {
                try (consumer) {
                    while (running.get()) {
                        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
                            seen.putIfAbsent(r.key(), System.nanoTime());
                        }
                        if (!consumer.assignment().isEmpty()) {
                            assigned.countDown();
                        }
                    }
                }
            }, "extracted-watcher");
            thread.start();
            if (!assigned.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("could not follow reports.extracted");
            }
        }

        Map<String, Long> awaitAll(Set<String> ids, Duration limit) throws InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            while (!seen.keySet().containsAll(ids)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("not all reports were extracted within " + limit);
                }
                Thread.sleep(100);
            }
            return seen;
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(10_000);
        }
    }
}
