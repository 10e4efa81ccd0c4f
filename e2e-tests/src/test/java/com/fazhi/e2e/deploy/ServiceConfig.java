package com.fazhi.e2e.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a service's application.properties declares: its port, its channels' topics, the names it can be set by. */
record ServiceConfig(Properties properties, String text) {

    private static final Pattern REFERENCED_ENV = Pattern.compile("\\$\\{([A-Z0-9_]+)");

    static ServiceConfig of(Path module) throws IOException {
        Path file = module.resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new ServiceConfig(properties, Files.readString(file));
    }

    int httpPort() {
        return Integer.parseInt(properties.getProperty("quarkus.http.port"));
    }

    Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        properties.stringPropertyNames().stream().filter(k -> k.startsWith("mp.messaging.") && k.endsWith(".topic"))
                .forEach(k -> topics.add(properties.getProperty(k)));
        return topics;
    }

    /** The topic an incoming channel reads. */
    String incomingTopic(String channel) {
        return java.util.Objects.requireNonNull(properties.getProperty("mp.messaging.incoming." + channel + ".topic"),
                "no incoming channel " + channel);
    }

    /** The consumer group of an incoming channel. */
    String groupId(String channel) {
        return java.util.Objects.requireNonNull(properties.getProperty("mp.messaging.incoming." + channel + ".group.id"),
                "no group for the incoming channel " + channel);
    }

    /**
     * An environment name that sets something: the environment form of a property the file sets (MicroProfile
     * Config: upper case, every other character '_': QUARKUS_MONGODB_CONNECTION_STRING), or a name it reads as ${NAME}.
     */
    boolean acceptsEnv(String name) {
        for (String key : properties.stringPropertyNames()) {
            if (key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase().equals(name)) {
                return true;
            }
        }
        Matcher m = REFERENCED_ENV.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return true;
            }
        }
        return false;
    }
}
