package com.fazhi.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** A data file keeps working across the library's backend and ours, both ways, through the real driver. */
class OrderedKeysH2BackendTest {

    @TempDir
    Path dir;

    @Test
    void aFileWrittenByEitherBackendIsReadByTheOther() {
        Path file = dir.resolve("reports.mv.db");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            ids.add(i % 7 == 0 ? "id-" + i : String.format("%016x", (long) i * 0x9E3779B97F4A7C15L));
        }
        List<String> first = ids.subList(0, 1_500);
        List<String> second = ids.subList(1_500, ids.size());

        withServer(new H2Backend(file.toString()), reports -> upsert(reports, first));
        withServer(new OrderedKeysH2Backend(LocalMongoServer.openStore(file)), reports -> {
            assertAllFound(reports, first);
            upsert(reports, second);
            upsert(reports, first.subList(0, 100)); // upserts of existing ids replace, never duplicate
            assertAllFound(reports, ids);
            return null;
        });
        withServer(new H2Backend(file.toString()), reports -> assertAllFound(reports, ids));
    }

    @Test
    void indexesNewAndReopenedUseTheKeyOrder() {
        Path file = dir.resolve("fresh.mv.db");
        for (int run = 0; run < 2; run++) { // made by this backend, then reopened by it
            withServer(new OrderedKeysH2Backend(LocalMongoServer.openStore(file)), reports -> upsert(reports, List.of("a1", "b2", "c3")));
        }
        OrderedKeysH2Backend backend = new OrderedKeysH2Backend(LocalMongoServer.openStore(file));
        org.h2.mvstore.MVStore store = backend.getMvStore();
        List<String> indexMaps = store.getMapNames().stream().filter(n -> n.contains("._index_")).toList();
        assertEquals(List.of("fazhi.reports._index__id_"), indexMaps);
        assertEquals(SerializedKeyOrder.class, store.openMap(indexMaps.get(0)).getKeyType().getClass());
        backend.close();
    }

    @Test
    void anIndexCreatedWhileRunningUsesTheKeyOrder() {
        OrderedKeysH2Backend backend = new OrderedKeysH2Backend(LocalMongoServer.openStore(dir.resolve("new.mv.db")));
        MongoServer server = new MongoServer(backend);
        try {
            java.net.InetSocketAddress address = server.bind();
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort() + "/?retryWrites=false")) {
                upsert(client.getDatabase("fazhi").getCollection("raw_reports"), List.of("x"));
            }
            org.h2.mvstore.MVStore store = backend.getMvStore();
            assertEquals(SerializedKeyOrder.class,
                    store.openMap("fazhi.raw_reports._index__id_").getKeyType().getClass());
        } finally {
            server.shutdown();
        }
    }

    private static Void upsert(MongoCollection<Document> reports, List<String> ids) {
        for (String id : ids) {
            reports.replaceOne(Filters.eq("_id", id), new Document("_id", id).append("n", id.length()),
                    new ReplaceOptions().upsert(true));
        }
        return null;
    }

    private static Void assertAllFound(MongoCollection<Document> reports, List<String> ids) {
        for (String id : ids) {
            assertNotNull(reports.find(Filters.eq("_id", id)).first(), id);
        }
        assertEquals(ids.size(), reports.countDocuments());
        return null;
    }

    private static void withServer(H2Backend backend, Function<MongoCollection<Document>, Void> work) {
        MongoServer server = new MongoServer(backend);
        try {
            java.net.InetSocketAddress address = server.bind();
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort() + "/?retryWrites=false")) {
                work.apply(client.getDatabase("fazhi").getCollection("reports"));
            }
        } finally {
            server.shutdown();
        }
    }
}
