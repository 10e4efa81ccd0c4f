package com.fazhi.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The indexes of the {@code reports} collection as resource fazhi/indexes.properties declares them. */
public final class ReportIndexes {

    /** One index: its name and its keys in order, each 1 (ascending) or -1 (descending). */
    public record Index(String name, Map<String, Integer> keys) {
    }

    /** The collection the indexes are on. */
    public static final String COLLECTION = StoreCollections.REPORTS;

    private static final List<Index> ALL = load("/fazhi/indexes.properties");

    private ReportIndexes() {
    }

    public static List<Index> all() {
        return ALL;
    }

    static List<Index> load(String resource) {
        Properties p = Declarations.read(resource);
        List<Index> indexes = new ArrayList<>();
        for (String raw : p.getProperty("indexes", "").split(",")) {
            String name = raw.strip();
            String spec = p.getProperty(name);
            if (name.isEmpty() || spec == null) {
                throw new IllegalStateException(resource + ": index '" + name + "' has no keys");
            }
            Map<String, Integer> keys = new LinkedHashMap<>();
            for (String key : spec.split(",")) {
                String[] fieldAndOrder = key.strip().split(":");
                String direction = fieldAndOrder.length == 2 ? fieldAndOrder[1].strip() : "";
                if (!direction.equals("1") && !direction.equals("-1")) {
                    throw new IllegalStateException(resource + ": index " + name + " has a bad key '" + key + "'");
                }
                keys.put(fieldAndOrder[0].strip(), Integer.parseInt(direction));
            }
            indexes.add(new Index(name, java.util.Collections.unmodifiableMap(keys)));
        }
        return List.copyOf(indexes);
    }
}
