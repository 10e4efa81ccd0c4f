package com.fazhi.query.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The provinces, cities and counties the reports are about, each with how many reports it has (its units' included). */
public final class RegionTree {

    public record Node(String name, String code, int reports, List<Node> children) {
    }

    private RegionTree() {
    }

    @SuppressWarnings("unchecked")
    public static List<Node> of(List<Map<String, Object>> reports) {
        Builder root = new Builder(null);
        for (Map<String, Object> report : reports) {
            Map<String, Object> region = report.get("region") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            Builder node = root;
            node.count++;
            for (String unit : List.of("province", "city", "county")) {
                Object name = region.get(unit);
                if (name != null) {
                    node = node.children.computeIfAbsent(name.toString(), Builder::new);
                    node.count++;
                    if (unit.equals("county") || region.get("county") == null && unit.equals("city")
                            || region.get("city") == null && region.get("county") == null) {
                        node.code = (String) region.get("code");
                    }
                }
            }
        }
        return root.build().children();
    }

    private static final class Builder {
        final String name;
        String code;
        int count;
        final Map<String, Builder> children = new TreeMap<>();

        Builder(String name) {
            this.name = name;
        }

        Node build() {
            List<Node> built = new ArrayList<>();
            children.values().forEach(c -> built.add(c.build()));
            built.sort((a, b) -> Integer.compare(b.reports(), a.reports()));
            return new Node(name, code, count, built);
        }
    }
}
