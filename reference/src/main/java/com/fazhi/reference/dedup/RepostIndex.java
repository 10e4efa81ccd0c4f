package com.fazhi.reference.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Locality-sensitive hashing over MinHash signatures, so a new report is compared with the few stored ones that may be
 * its copies instead of with all: the signature is cut into {@link #BANDS} bands of {@link #ROWS} values, and two
 * reports that agree on every value of any band are candidates (with 32 bands of 4, a pair at Jaccard 0.6 is a
 * candidate with probability 0.99, a pair at 0.2 with 0.05). {@link RepostDecision} then decides.
 */
public final class RepostIndex {

    static final int BANDS = 32;
    static final int ROWS = MinHash.SIZE / BANDS;

    private final List<Map<Long, List<String>>> buckets = new ArrayList<>(BANDS);

    public RepostIndex() {
        for (int b = 0; b < BANDS; b++) {
            buckets.add(new HashMap<>());
        }
    }

    /** The ids stored before that share a band with this signature; then stores it under its id. */
    public synchronized Set<String> addAndFindCandidates(String id, MinHash.Signature signature) {
        Set<String> candidates = new LinkedHashSet<>();
        for (int b = 0; b < BANDS; b++) {
            long key = bandKey(signature, b);
            List<String> ids = buckets.get(b).computeIfAbsent(key, k -> new ArrayList<>(1));
            for (String other : ids) {
                if (!other.equals(id)) {
                    candidates.add(other);
                }
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return candidates;
    }

    /** Forgets a stored id (its report was deleted or is about to be stored again). */
    public synchronized void remove(String id, MinHash.Signature signature) {
        for (int b = 0; b < BANDS; b++) {
            long key = bandKey(signature, b);
            List<String> ids = buckets.get(b).get(key);
            if (ids != null) {
                ids.remove(id);
                if (ids.isEmpty()) {
                    buckets.get(b).remove(key);
                }
            }
        }
    }

    private static long bandKey(MinHash.Signature signature, int band) {
        long key = band;
        for (int r = 0; r < ROWS; r++) {
            key = MinHash.mix(key ^ signature.minima()[band * ROWS + r]);
        }
        return key;
    }
}
