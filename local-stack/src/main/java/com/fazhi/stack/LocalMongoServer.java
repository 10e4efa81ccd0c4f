package com.fazhi.stack;

import java.net.InetSocketAddress;
import java.nio.file.Path;

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

    /** H2 file backend (its index keys ordered without serialising them, see {@link SerializedKeyOrder}): data survives a restart. */
    public static LocalMongoServer onFile(Path dataFile, String host, int port) {
        return new LocalMongoServer(new OrderedKeysH2Backend(dataFile.toString()), host, port);
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
