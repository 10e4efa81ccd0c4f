package com.fazhi.stack;

import java.net.InetSocketAddress;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.h2.mvstore.MVStore;

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
     * H2 file backend: data survives a restart. The MVStore gets a 256 MB page cache (the default 16 MB made lookups
     * read pages back from the file once the reports outgrew it) and commits its changes every second or every
     * 32 MB, whichever comes first (the default 1 MB made it rewrite its tree after every few reports). A graceful
     * stop commits everything; a {@code kill -9} of this process loses at most the last second of writes, as before.
     */
    public static LocalMongoServer onFile(Path dataFile, String host, int port) {
        MVStore store = new MVStore.Builder().fileName(dataFile.toString()).cacheSize(256)
                .autoCommitBufferSize(32 * 1024).open();
        return new LocalMongoServer(new H2Backend(store), host, port);
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
