package com.fazhi.reference.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

import com.fazhi.reference.script.ChineseScript;

/**
 * A report's text as a MinHash signature over character shingles, for finding the same report on another site: the
 * text is read in Simplified script with only its Han characters and digits (page furniture's punctuation, line
 * wrapping, Latin debris such as a mirror's pinyin glosses and spacing do not count), cut into overlapping 5-character
 * shingles, and each of {@link #SIZE} bins keeps its smallest hash (see {@link #of}). Two signatures estimate the Jaccard
 * similarity of the shingle sets (the share of equal minima) and, with the sets' sizes, how much of the shorter text
 * the longer one contains (a truncated copy).
 */
public final class MinHash {

    public static final int SIZE = 128;
    static final int SHINGLE = 5;

    /** The signature and how many distinct shingles it was made from. */
    public record Signature(long[] minima, int shingles) {
        public double jaccard(Signature other) {
            if (shingles == 0 || other.shingles == 0) {
                return 0;
            }
            int equal = 0;
            for (int i = 0; i < SIZE; i++) {
                if (minima[i] == other.minima[i]) {
                    equal++;
                }
            }
            return equal / (double) SIZE;
        }

        /** The estimated share of the smaller text's shingles that the other holds: |A∩B| / min(|A|, |B|). */
        public double containment(Signature other) {
            double j = jaccard(other);
            int small = Math.min(shingles, other.shingles);
            if (small == 0) {
                return 0;
            }
            double intersection = j * (shingles + other.shingles) / (1 + j);
            return Math.min(1, intersection / small);
        }

        /** The minima as Base64 of their big-endian bytes: how a stored document carries its signature. */
        public String encodedMinima() {
            ByteBuffer bytes = ByteBuffer.allocate(SIZE * Long.BYTES);
            for (long m : minima) {
                bytes.putLong(m);
            }
            return Base64.getEncoder().encodeToString(bytes.array());
        }

        /** The signature {@link #encodedMinima()} wrote, with its shingle count. */
        public static Signature decode(String encodedMinima, int shingles) {
            byte[] raw = Base64.getDecoder().decode(encodedMinima);
            if (raw.length != SIZE * Long.BYTES) {
                throw new IllegalArgumentException("a MinHash signature is " + SIZE * Long.BYTES + " bytes, not " + raw.length);
            }
            ByteBuffer bytes = ByteBuffer.wrap(raw);
            long[] minima = new long[SIZE];
            for (int i = 0; i < SIZE; i++) {
                minima[i] = bytes.getLong();
            }
            return new Signature(minima, shingles);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Signature s && s.shingles == shingles && Arrays.equals(s.minima, minima);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(minima) * 31 + shingles;
        }
    }

    private MinHash() {
    }

    /**
     * One-permutation MinHash: each distinct shingle is hashed once, its hash's top 7 bits choose one of the
     * {@link #SIZE} bins and the rest is that bin's candidate minimum, so a report costs one hash per shingle instead of
     * {@value #SIZE}. A bin no shingle fell into (short texts) borrows the minimum of the next filled bin to its right,
     * mixed with the distance (rotation densification), which keeps equal minima an unbiased estimate of Jaccard
     * similarity.
     */
    public static Signature of(String text) {
        String s = comparable(text);
        long[] minima = new long[SIZE];
        Arrays.fill(minima, EMPTY);
        int shingles = s.length() - SHINGLE + 1;
        long[] seen = new long[Integer.highestOneBit(Math.max(shingles, 1) * 2) * 2];
        int distinct = 0;
        for (int i = 0; i < shingles; i++) {
            long v = mix(hash(s, i));
            if (!addTo(seen, v)) {
                continue;
            }
            distinct++;
            int bin = (int) (v >>> 57);
            long rest = v & 0x01FF_FFFF_FFFF_FFFFL;
            if (rest < minima[bin]) {
                minima[bin] = rest;
            }
        }
        if (distinct > 0) {
            densify(minima);
        }
        return new Signature(minima, distinct);
    }

    private static final long EMPTY = Long.MAX_VALUE;

    private static void densify(long[] minima) {
        long[] filled = minima.clone();
        for (int i = 0; i < SIZE; i++) {
            if (filled[i] != EMPTY) {
                continue;
            }
            for (int k = 1; k < SIZE; k++) {
                long borrowed = filled[(i + k) % SIZE];
                if (borrowed != EMPTY) {
                    minima[i] = mix(borrowed + k * 0x9E3779B97F4A7C15L);
                    break;
                }
            }
        }
    }

    /** Adds a hash to an open-addressing set (0 stands for an empty slot); false if it was there. */
    private static boolean addTo(long[] table, long v) {
        long key = v == 0 ? 1 : v;
        int mask = table.length - 1;
        int at = (int) (key ^ (key >>> 32)) & mask;
        while (table[at] != 0) {
            if (table[at] == key) {
                return false;
            }
            at = (at + 1) & mask;
        }
        table[at] = key;
        return true;
    }

    /** Han characters and digits of the Simplified text, nothing else. */
    static String comparable(String text) {
        String simplified = ChineseScript.toSimplified(text);
        StringBuilder out = new StringBuilder(simplified.length());
        for (int i = 0; i < simplified.length(); i++) {
            char c = simplified.charAt(i);
            if (Character.isIdeographic(c) || c >= '0' && c <= '9') {
                out.append(c);
            } else if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            }
        }
        return out.toString();
    }

    private static long hash(String s, int from) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < from + SHINGLE; i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: a cheap, well-mixed 64-bit hash of a 64-bit value. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
