package com.fazhi.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The Kafka topics as resource fazhi/topics.properties declares them: the one place they are declared. */
public final class Topics {

    /** One topic: its name, partition count and topic-level configs (cleanup.policy, retention.ms …). */
    public record Topic(String name, int partitions, Map<String, String> config) {
    }

    private static final List<Topic> ALL = load("/fazhi/topics.properties");

    private Topics() {
    }

    public static List<Topic> all() {
        return ALL;
    }

    public static Topic named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no topic " + name + " is declared in fazhi/topics.properties"));
    }

    static List<Topic> load(String resource) {
        Properties p = Declarations.read(resource);
        List<Topic> topics = new ArrayList<>();
        for (String name : p.getProperty("topics", "").split(",")) {
            String topic = name.strip();
            String partitions = p.getProperty(topic + ".partitions");
            if (topic.isEmpty() || partitions == null) {
                throw new IllegalStateException(resource + ": topic '" + topic + "' has no partitions");
            }
            Map<String, String> config = new LinkedHashMap<>();
            String prefix = topic + ".config.";
            p.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).sorted()
                    .forEach(k -> config.put(k.substring(prefix.length()), p.getProperty(k).strip()));
            topics.add(new Topic(topic, Integer.parseInt(partitions.strip()), Map.copyOf(config)));
        }
        return List.copyOf(topics);
    }
}
