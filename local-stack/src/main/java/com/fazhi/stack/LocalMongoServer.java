package com.fazhi.stack;

import java.net.InetSocketAddress;
import java.nio.file.Path;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;


/**
 * An embedded MongoDB-wire server (mongo-java-server), spoken to by the real MongoDB driver.
 * With a data file it uses the H2 backend, so data survives a restart; without one it keeps data in memory.
 */
public final class LocalMongoServer implements AutoCloseable {

    private final MongoServer server;
    private final InetSocketAddress address;

    private LocalMongoServer(MongoBackend backend, String host, int port) {
        this.server = new MongoServer(backend);
        this.server.bind(host, port);
        this.address = server.getLocalAddress();
    }

    /** In memory, on a free port: for tests. */
    public static LocalMongoServer inMemory() {
        return new LocalMongoServer(new MemoryBackend(), "127.0.0.1", 0);
    }

    /**
     * Page cache of the H2 file, MB (H2's default: 16). Reports are large documents: with the default, a third of the
     * store's CPU under {@code bin/pipelinebench} went to reading back and deserialising pages it had just written.
     */
    static final int PAGE_CACHE_MB = Integer.getInteger("fazhi.store.cacheMb", 128);

    /**
     * H2 compacts (rewrites the least filled chunks) while the file's average fill rate is below this, % (H2's default:
     * 90, which kept a background thread rewriting the chunks every upsert leaves partly dead). At 50 the file holds
     * about twice its live data at most.
     */
    static final int COMPACT_BELOW_FILL_PERCENT = Integer.getInteger("fazhi.store.compactBelowFillPercent", 50);

    /**
     * H2 file backend: data survives a restart. Its index keys are ordered without serialising them
     * ({@link SerializedKeyOrder}).
     */
    public static LocalMongoServer onFile(Path dataFile, String host, int port) {
        return new LocalMongoServer(new OrderedKeysH2Backend(openStore(dataFile)), host, port);
    }

    static MVStore openStore(Path dataFile) {
        return new MVStore.Builder().fileName(dataFile.toString()).cacheSize(PAGE_CACHE_MB)
                .autoCompactFillRate(COMPACT_BELOW_FILL_PERCENT).open();
    }

    /** A connection string for the real driver; the wire server has no sessions, so no retryable writes. */
    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/?retryWrites=false";
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
