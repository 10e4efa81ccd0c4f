package com.fazhi.extractor.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A floors file of the test resources (corpus/floors.json, phrasebook/floors.json): per scored set, the lowest
 * figures the build accepts. Its {@code about} entry, and any other name given, is no set.
 */
final class Floors {

    private final JsonNode root;

    private Floors(JsonNode root) {
        this.root = root;
    }

    static Floors load(String resource) {
        try {
            return new Floors(new ObjectMapper().readTree(Floors.class.getResource(resource)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sets the file holds floors for, in its order, without {@code about} and the names given. */
    List<String> sets(String... notSets) {
        Set<String> skipped = Set.of(notSets);
        List<String> sets = new ArrayList<>();
        root.fieldNames().forEachRemaining(name -> {
            if (!name.equals("about") && !skipped.contains(name)) {
                sets.add(name);
            }
        });
        return sets;
    }

    JsonNode of(String set) {
        return root.path(set);
    }
}
