package com.fazhi.stack;

import java.nio.file.Path;

/** Runs {@link LocalKafkaBroker} as its own process: {@code KafkaBrokerMain <dataDir> <port> <controllerPort> [partitions]}. */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: KafkaBrokerMain <dataDir> <port> <controllerPort> [partitions]");
            System.exit(2);
        }
        int partitions = args.length > 3 ? Integer.parseInt(args[3]) : 6;
        LocalKafkaBroker broker = new LocalKafkaBroker(Path.of(args[0]), Integer.parseInt(args[1]),
                Integer.parseInt(args[2]), partitions).start();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-shutdown"));
        System.out.println("kafka broker ready on " + broker.bootstrapServers());
        broker.awaitShutdown();
    }
}
