package com.fazhi.e2e.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The load script (bin/loadtest): against a running stack on this machine (./stack up), load N generated reports
 * through ingest-service (NDJSON batches), wait until query-service holds them, then run list, filter, search and
 * indicator queries from C concurrent clients and print p50/p95/p99. Every loop is bounded by a request count and a
 * time limit; only loopback addresses are used.
 */
public final class LoadRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    // HTTP/1.1 with keep-alive, as browsers and scripts talk to the API; no h2c upgrade attempt on every request
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        int reports = Integer.parseInt(opts.getOrDefault("reports", "10000"));
        int clients = Integer.parseInt(opts.getOrDefault("clients", "50"));
        int requests = Integer.parseInt(opts.getOrDefault("requests", "1000"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "120"));
        String ingest = "http://127.0.0.1:" + opts.getOrDefault("ingest-port", "8081");
        String query = "http://127.0.0.1:" + opts.getOrDefault("query-port", "8080");
        Path corpus = Path.of(opts.getOrDefault("corpus", "extractor/src/test/resources/corpus"));
        String apiKey = opts.containsKey("api-key") ? opts.get("api-key")
                : java.nio.file.Files.readString(Path.of(opts.getOrDefault("stack-dir", System.getenv().getOrDefault("STACK_DIR", ".stack")), "api-key")).strip();

        long before = total(query);
        if (reports > 0) {
            load(new ReportGenerator(corpus, 42), reports, ingest, apiKey);
            awaitTotal(query, before + reports, Duration.ofMinutes(30));
        }
        System.out.printf("query-service holds %d reports%n", total(query));

        Random random = new Random(7);
        String[] provinces = {"北京市", "江苏省", "浙江省", "重庆市", "湖北省", "四川省"};
        String[] words = {"行政复议", "调解成功率", "法律援助", "规范性文件", "出庭应诉", "网上可办"};
        String[] keys = {"mediation.success_rate", "reconsideration.cases", "litigation.head_appearance_rate", "legal_aid.cases"};
        Map<String, Supplier<String>> scenarios = new LinkedHashMap<>();
        scenarios.put("list", () -> "/api/reports?page=" + (1 + random.nextInt(20)) + "&size=20");
        scenarios.put("filter", () -> "/api/reports?province=" + enc(provinces[random.nextInt(provinces.length)])
                + "&year=" + (2018 + random.nextInt(8)) + "&level=county");
        scenarios.put("search", () -> "/api/search?q=" + enc(words[random.nextInt(words.length)]) + "&year=" + (2018 + random.nextInt(8)));
        scenarios.put("indicator", () -> "/api/indicators/" + keys[random.nextInt(keys.length)] + "?year=" + (2018 + random.nextInt(8))
                + "&province=" + enc(provinces[random.nextInt(provinces.length)]));
        System.out.printf("%-10s %8s %8s %8s %8s %8s %8s%n", "query", "requests", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms");
        for (Map.Entry<String, Supplier<String>> s : scenarios.entrySet()) {
            run(s.getKey(), query, s.getValue(), clients, requests, seconds);
        }
    }

    private static void load(ReportGenerator generator, int reports, String ingest, String apiKey) throws Exception {
        int batch = 100;
        long start = System.nanoTime();
        for (int from = 0; from < reports; from += batch) {
            StringBuilder ndjson = new StringBuilder();
            for (int i = from; i < Math.min(reports, from + batch); i++) {
                String[] r = generator.next(i);
                ndjson.append(JSON.writeValueAsString(Map.of("url", r[0], "source", "loadtest", "text", r[1]))).append('\n');
            }
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ingest + "/api/reports/batch"))
                    .header("Content-Type", "application/x-ndjson").header("X-API-Key", apiKey).timeout(Duration.ofMinutes(2))
                    .POST(HttpRequest.BodyPublishers.ofString(ndjson.toString())).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || response.body().contains("\"status\":503")) {
                throw new IllegalStateException("ingest refused a batch: " + response.statusCode() + " " + response.body());
            }
        }
        System.out.printf("posted %d reports in %.1f s%n", reports, (System.nanoTime() - start) / 1e9);
    }

    private static void awaitTotal(String query, long expected, Duration limit) throws Exception {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        long total = 0;
        while (System.nanoTime() < deadline && (total = total(query)) < expected) {
            Thread.sleep(2000);
        }
        System.out.printf("%d reports queryable %.1f s after the last post%n", total, (System.nanoTime() - start) / 1e9);
    }

    private static long total(String query) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(query + "/api/reports?size=1")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body()).get("total").asLong();
    }

    private static void run(String name, String query, Supplier<String> paths, int clients, int requests, int seconds)
            throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (issued.incrementAndGet() <= requests && System.nanoTime() < deadline) {
                    String path;
                    synchronized (paths) {
                        path = paths.get();
                    }
                    long t0 = System.nanoTime();
                    try {
                        if (get(query + path) != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t0);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%-10s %8d %8d %8.0f %8.1f %8.1f %8.1f%n", name, sorted.size(), errors.get(), sorted.size() / elapsed,
                pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99));
    }

    /**
     * One GET over a kept-alive connection (HttpURLConnection keeps one per client thread when the body is read to the
     * end): a blocking client costs little CPU, so the figures are the server's, not the client's, on a shared 2-core
     * machine. The JDK's async HttpClient took more CPU than the server at 50 clients.
     */
    private static int get(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(30_000);
        int status = connection.getResponseCode();
        try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            if (body != null) {
                body.transferTo(OutputStream.nullOutputStream());
            }
        }
        return status;
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                throw new IllegalArgumentException("options are --name=value: --reports --clients --requests --seconds --ingest-port --query-port --corpus --api-key (default: the key in --stack-dir, .stack)");
            }
            opts.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        return opts;
    }
}
