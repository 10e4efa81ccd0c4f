package com.fazhi.ingest.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report ids this instance had acknowledged by Kafka lately, at most {@code capacity} of them (the oldest go
 * first): it answers "duplicate" without a round trip to any store. It is an answer for the crawler, not a guard: an
 * id it has forgotten (older, sent to another instance, or before a restart) is published again, and
 * extract-service's upsert by id keeps it one document.
 */
public final class RecentIds {

    private final Map<String, Boolean> ids;

    public RecentIds(int capacity) {
        this.ids = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized boolean contains(String id) {
        return ids.get(id) != null;
    }

    public synchronized void add(String id) {
        ids.put(id, Boolean.TRUE);
    }

    public synchronized int size() {
        return ids.size();
    }
}
