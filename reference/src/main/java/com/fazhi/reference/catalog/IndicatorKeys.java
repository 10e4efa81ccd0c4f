package com.fazhi.reference.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The indicator keys of the catalog (resource indicators/catalog.json) as the API and the analysts' corrections know
 * them: key, label and units, in catalog order. The rules that read each key are the engine's
 * ({@code IndicatorCatalog}); this is what the read side needs of the same file.
 */
public final class IndicatorKeys {

    /** A key as the API lists it. */
    public record Entry(String key, String label, List<String> units) {
    }

    private static final IndicatorKeys DEFAULT = load("/indicators/catalog.json");

    private final List<Entry> entries;

    private IndicatorKeys(List<Entry> entries) {
        this.entries = entries;
    }

    public static IndicatorKeys get() {
        return DEFAULT;
    }

    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> find(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    static IndicatorKeys load(String resource) {
        try (InputStream in = IndicatorKeys.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("indicator catalog " + resource + " is missing");
            }
            List<Entry> entries = new ArrayList<>();
            for (JsonNode key : new ObjectMapper().readTree(in).path("indicators")) {
                List<String> units = new ArrayList<>();
                key.path("units").forEach(u -> units.add(u.asText()));
                entries.add(new Entry(key.get("key").asText(), key.path("label").asText(), List.copyOf(units)));
            }
            return new IndicatorKeys(List.copyOf(entries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
