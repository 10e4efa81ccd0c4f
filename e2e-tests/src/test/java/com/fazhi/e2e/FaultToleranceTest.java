package com.fazhi.e2e;

import com.fazhi.contract.StoreCollections;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fazhi.e2e.load.ReportGenerator;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

/**
 * Faults through the real stack, every part its own process as ./stack runs it: the KRaft broker, the Mongo-wire
 * server on an H2 file, and the three service jars. Each test gets a fresh stack, breaks one part, and checks that
 * every report ingest acknowledged (202) ends up stored exactly once. Report counts: system property
 * {@code faults.reports} (default 5000 for the crash test). They take minutes, so they run only in the Maven profile
 * {@code faults}: {@code ./mvnw verify -Pfaults}, the full test command .ci/run runs.
 */
@Tag("faults")
class FaultToleranceTest {

    private static final Path ROOT = Path.of(System.getProperty("e2e.root", ".."));
    private static final Path CORPUS = ROOT.resolve("extractor/src/test/resources/corpus");
    private static final int CRASH_REPORTS = Integer.getInteger("faults.reports", 5000);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String API_KEY = "faults-key-" + UUID.randomUUID();

    private Path data;
    private int kafkaPort;
    private int controllerPort;
    private int mongoPort;
    private ServiceProcess kafka;
    private ServiceProcess mongo;
    private final List<ServiceProcess> extracts = new ArrayList<>();
    private ServiceProcess query;
    private ServiceProcess ingest;
    private MongoClient store;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final ReportGenerator generator;

    FaultToleranceTest() throws Exception {
        generator = new ReportGenerator(CORPUS, 5);
    }

    @BeforeEach
    void startStack() throws Exception {
        data = Files.createTempDirectory("faults");
        kafkaPort = freePort();
        controllerPort = freePort();
        mongoPort = freePort();
        startKafka();
        startMongo();
        extracts.add(startExtract());
        query = ServiceProcess.start(ROOT, "query-service", freePort(), env());
        ingest = ServiceProcess.start(ROOT, "ingest-service", freePort(), env());
        for (ServiceProcess s : List.of(extracts.get(0), query, ingest)) {
            s.awaitReady(HTTP, Duration.ofSeconds(120));
        }
        store = MongoClients.create("mongodb://127.0.0.1:" + mongoPort + "/?retryWrites=false");
    }

    @AfterEach
    void stopStack() throws Exception {
        if (store != null) {
            store.close();
        }
        List<ServiceProcess> all = new ArrayList<>(extracts);
        all.add(query);
        all.add(ingest);
        all.add(mongo);
        all.add(kafka);
        for (ServiceProcess s : all) {
            if (s != null) {
                s.close();
            }
        }
    }

    @Test
    void killingTheConsumerHalfWayLosesAndDoublesNothing() throws Exception {
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        Thread poster = new Thread(() -> postBatches(0, CRASH_REPORTS, accepted), "poster");
        poster.start();
        awaitTrue(Duration.ofMinutes(10), () -> reports().countDocuments() >= CRASH_REPORTS / 2, "half the reports stored");

        extracts.get(0).kill(); // kill -9 in the middle of the stream
        long atKill = reports().countDocuments();
        extracts.set(0, startExtract());
        extracts.get(0).awaitReady(HTTP, Duration.ofSeconds(120));
        poster.join(Duration.ofMinutes(10).toMillis());

        assertEquals(CRASH_REPORTS, accepted.size(), "every report was acknowledged with 202");
        assertTrue(atKill < CRASH_REPORTS, "the kill came before the end (" + atKill + " stored at the kill)");
        awaitAllStored(accepted, Duration.ofMinutes(10));
        assertEquals(CRASH_REPORTS, queryTotal(), "query-service's read model holds each report once");
    }

    @Test
    void ingestAnswers503WhileTheBrokerIsDownAndRecoversByItself() throws Exception {
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        AtomicBoolean posting = new AtomicBoolean(true);
        AtomicLong brokerDownSince = new AtomicLong(Long.MAX_VALUE);
        AtomicLong brokerBackAt = new AtomicLong(Long.MAX_VALUE);
        AtomicInteger unavailable = new AtomicInteger();
        AtomicInteger acceptedWhileDown = new AtomicInteger();
        Thread poster = new Thread(() -> {
            int i = 0;
            while (posting.get()) {
                long started = System.nanoTime();
                try {
                    HttpResponse<String> r = postOne(i++);
                    if (r.statusCode() == 202) {
                        accepted.add(JSON.readTree(r.body()).get("id").asText());
                        if (started > brokerDownSince.get() && started < brokerBackAt.get()) {
                            acceptedWhileDown.incrementAndGet();
                        }
                    } else if (r.statusCode() == 503) {
                        unavailable.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }, "poster");
        poster.start();
        awaitTrue(Duration.ofMinutes(2), () -> accepted.size() >= 20, "20 reports accepted before the outage");

        kafka.kill();
        brokerDownSince.set(System.nanoTime());
        awaitTrue(Duration.ofMinutes(2), () -> unavailable.get() >= 2, "ingest answers 503 while the broker is down");
        brokerBackAt.set(System.nanoTime());
        startKafka();
        int before = accepted.size();
        awaitTrue(Duration.ofMinutes(3), () -> accepted.size() >= before + 20, "ingest accepts again once the broker is back");
        posting.set(false);
        poster.join(Duration.ofMinutes(1).toMillis());

        assertEquals(0, acceptedWhileDown.get(), "no 202 for a request sent while the broker was down");
        // a report answered 503 may still arrive (the producer may deliver it late): the client resends it and the
        // id makes it one report. What must hold: every 202 is stored.
        List<String> ids = List.copyOf(accepted);
        awaitTrue(Duration.ofMinutes(5), () -> reports().countDocuments(Filters.in("_id", ids)) == ids.size(),
                "all " + ids.size() + " acknowledged reports stored");
    }

    @Test
    void theConsumerWaitsOutAStoreOutageAndCatchesUp() throws Exception {
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        postBatches(0, 600, accepted);
        awaitTrue(Duration.ofMinutes(3), () -> reports().countDocuments() >= 30, "some reports stored before the outage");

        mongo.close(); // the store goes away while extract-service consumes
        awaitTrue(Duration.ofMinutes(2), () -> status(extracts.get(0), "/q/health/ready") == 503,
                "extract-service reports not-ready while it cannot write");
        Thread.sleep(3_000);
        startMongo();
        awaitTrue(Duration.ofMinutes(2), () -> status(extracts.get(0), "/q/health/ready") == 200, "ready again");
        awaitAllStored(accepted, Duration.ofMinutes(5));
    }

    @Test
    void instancesShareThePartitionsAndARebalanceLosesNothing() throws Exception {
        extracts.add(startExtract());
        extracts.get(1).awaitReady(HTTP, Duration.ofSeconds(120));
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        postBatches(0, 200, accepted);
        awaitTrue(Duration.ofMinutes(2), () -> assignments().size() == 2 && assignments().values().stream().allMatch(n -> n > 0),
                "both instances hold partitions");
        assertEquals(6, assignments().values().stream().mapToInt(Integer::intValue).sum());

        Thread poster = new Thread(() -> postBatches(200, 1500, accepted), "poster");
        poster.start();
        awaitTrue(Duration.ofMinutes(5), () -> reports().countDocuments() >= 600, "the second stream is under way");
        extracts.remove(1).close(); // one instance stops in the middle: its partitions move to the other
        poster.join(Duration.ofMinutes(5).toMillis());
        awaitTrue(Duration.ofMinutes(2), () -> assignments().size() == 1 && assignments().values().iterator().next() == 6,
                "the remaining instance holds all six partitions");
        awaitAllStored(accepted, Duration.ofMinutes(5));
        assertEquals(1500, accepted.size());
    }

    // --- the stack

    private void startKafka() throws Exception {
        kafka = ServiceProcess.startMain(ROOT, "kafka", kafkaPort, "com.fazhi.stack.KafkaBrokerMain",
                data.resolve("kafka").toString(), String.valueOf(kafkaPort), String.valueOf(controllerPort), "6");
        kafka.awaitListening(Duration.ofSeconds(90));
    }

    private void startMongo() throws Exception {
        mongo = ServiceProcess.startMain(ROOT, "mongo", mongoPort, "com.fazhi.stack.MongoServerMain",
                data.resolve("mongo/reports.mv.db").toString(), String.valueOf(mongoPort));
        mongo.awaitListening(Duration.ofSeconds(60));
    }

    private ServiceProcess startExtract() throws Exception {
        return ServiceProcess.start(ROOT, "extract-service", freePort(), env());
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + kafkaPort);
        env.put("QUARKUS_MONGODB_CONNECTION_STRING", "mongodb://127.0.0.1:" + mongoPort + "/?retryWrites=false");
        env.put("INGEST_API_KEYS", API_KEY);
        env.put("EXTRACT_RETRY_MAX", "2s"); // the tests wait for recoveries: keep the backoff short
        env.put("INGEST_PUBLISH_TIMEOUT", "5s");
        return env;
    }

    // --- posting and checking

    private String text(int i) {
        return generator.next(i)[1] + "\n编号:" + run + "-" + i + "\n";
    }

    private void postBatches(int from, int to, Set<String> accepted) {
        try {
            for (int start = from; start < to; start += 100) {
                StringBuilder ndjson = new StringBuilder();
                for (int i = start; i < Math.min(to, start + 100); i++) {
                    ndjson.append(JSON.writeValueAsString(Map.of("url", "https://faults.example.gov.cn/" + run + "/" + i,
                            "source", "faults", "text", text(i)))).append('\n');
                }
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(ingest.baseUrl() + "/api/reports/batch"))
                        .header("Content-Type", "application/x-ndjson").header("X-API-Key", API_KEY)
                        .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofString(ndjson.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
                for (JsonNode line : JSON.readTree(r.body())) {
                    assertEquals(202, line.get("status").asInt(), line.toString());
                    accepted.add(line.get("id").asText());
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> postOne(int i) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ingest.baseUrl() + "/api/reports"))
                .header("Content-Type", "application/json").header("X-API-Key", API_KEY).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                        "url", "https://outage.example.gov.cn/" + run + "/" + i, "source", "faults", "text", text(100_000 + i)))))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every acknowledged id is stored, and nothing else is: the stored count equals the acknowledged count. */
    private void awaitAllStored(Collection<String> accepted, Duration limit) throws Exception {
        List<String> ids = List.copyOf(accepted);
        awaitTrue(limit, () -> reports().countDocuments(Filters.in("_id", ids)) == ids.size(),
                "all " + ids.size() + " acknowledged reports stored");
        assertEquals(ids.size(), reports().countDocuments(), "no report stored twice or from nowhere");
    }

    private MongoCollection<Document> reports() {
        return store.getDatabase("fazhi").getCollection(StoreCollections.REPORTS);
    }

    private long queryTotal() throws Exception {
        long[] total = new long[1];
        awaitTrue(Duration.ofMinutes(2), () -> {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(query.baseUrl() + "/api/reports?size=1")).build(),
                        HttpResponse.BodyHandlers.ofString());
                total[0] = JSON.readTree(r.body()).get("total").asLong();
                return total[0] >= CRASH_REPORTS;
            } catch (Exception e) {
                return false;
            }
        }, () -> "query-service caught up (its total was " + total[0] + " of " + CRASH_REPORTS + ")");
        return total[0];
    }

    /** Partitions of reports.raw held by each member of the extract-service consumer group. */
    private Map<String, Integer> assignments() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaPort))) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of("extract-service")).all().get()
                    .get("extract-service");
            Map<String, Integer> out = new HashMap<>();
            for (MemberDescription m : group.members()) {
                out.put(m.consumerId(), (int) m.assignment().topicPartitions().stream()
                        .filter(tp -> tp.topic().equals("reports.raw")).count());
            }
            return out;
        } catch (Exception e) {
            return Map.of();
        }
    }

    private static int status(ServiceProcess service, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private void awaitTrue(Duration limit, BooleanSupplier condition, String what) throws Exception {
        awaitTrue(limit, condition, () -> what);
    }

    private void awaitTrue(Duration limit, BooleanSupplier condition, Supplier<String> what)
            throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            boolean met;
            try {
                met = condition.getAsBoolean();
            } catch (RuntimeException e) {
                met = false;
            }
            if (met) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("timed out after " + limit + " waiting for: " + what.get() + "\n--- extract log tail:\n"
                + (extracts.isEmpty() ? "" : extracts.get(0).logTail()) + "\n--- ingest log tail:\n" + ingest.logTail());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
