package com.fazhi.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** Runs {@link LocalMongoServer} with its H2 file as its own process: {@code MongoServerMain <dataFile> <port>}. */
public final class MongoServerMain {

    private MongoServerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: MongoServerMain <dataFile> <port>");
            System.exit(2);
        }
        Path dataFile = Path.of(args[0]);
        Files.createDirectories(dataFile.toAbsolutePath().getParent());
        LocalMongoServer server = LocalMongoServer.onFile(dataFile, "127.0.0.1", Integer.parseInt(args[1]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "mongo-shutdown"));
        System.out.println("mongo-wire server ready at " + server.connectionString());
        stopped.await();
    }
}
