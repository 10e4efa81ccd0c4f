package com.fazhi.extractor.dedup;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import com.fazhi.extractor.normalize.ChineseScript;

/**
 * A report's text as a MinHash signature over character shingles, for finding the same report on another site: the
 * text is read in Simplified script with only its Han characters and digits (page furniture's punctuation, line
 * wrapping, Latin debris such as a mirror's pinyin glosses and spacing do not count), cut into overlapping 5-character
 * shingles, and each of {@link #SIZE} hash functions keeps its smallest value. Two signatures estimate the Jaccard
 * similarity of the shingle sets (the share of equal minima) and, with the sets' sizes, how much of the shorter text
 * the longer one contains (a truncated copy).
 */
public final class MinHash {

    public static final int SIZE = 128;
    static final int SHINGLE = 5;
    private static final long[] SEEDS = new long[SIZE];
    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            x = mix(x + 0x632BE59BD9B4E019L);
            SEEDS[i] = x;
        }
    }

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

    public static Signature of(String text) {
        String s = comparable(text);
        long[] minima = new long[SIZE];
        Arrays.fill(minima, Long.MAX_VALUE);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i + SHINGLE <= s.length(); i++) {
            long h = hash(s, i);
            if (!seen.add(h)) {
                continue;
            }
            for (int k = 0; k < SIZE; k++) {
                long v = mix(h ^ SEEDS[k]);
                if (v < minima[k]) {
                    minima[k] = v;
                }
            }
        }
        return new Signature(minima, seen.size());
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
