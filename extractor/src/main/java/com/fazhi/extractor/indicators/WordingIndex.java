package com.fazhi.extractor.indicators;

import java.util.ArrayList;
import java.util.List;

/**
 * Which rules' {@code before} wordings could match the words before a figure, worked out once per figure rather than
 * once per rule: a rule's wording starts with one of a few characters and holds one of a few words (see
 * IndicatorCatalog), so a clause that holds none of those first characters, or no first character of those words,
 * cannot match it. The index maps each character to the rules it could open; a figure's candidates are the union
 * over the characters of its window, a bit per rule (by ordinal). A rule whose characters are not known is always a
 * candidate. Exact: it rules out only what the per-rule character tests ruled out.
 */
final class WordingIndex {

    /** For each character, 1 + the index of its rule masks; 0: it opens no rule's wording. */
    private final short[] firstSlot = new short[Character.MAX_VALUE + 1];
    private final short[] wordSlot = new short[Character.MAX_VALUE + 1];
    private final List<long[]> firstMasks = new ArrayList<>();
    private final List<long[]> wordMasks = new ArrayList<>();
    /** Rules without a known first-character set, or without known required words: no character rules them out. */
    private final long[] anyFirst;
    private final long[] anyWord;
    private final int words;

    WordingIndex(List<IndicatorRule> rules) {
        this.words = (rules.size() + 63) / 64;
        this.anyFirst = new long[words];
        this.anyWord = new long[words];
        for (IndicatorRule rule : rules) {
            int ordinal = rule.ordinal();
            if (rule.beforeFirsts() == null) {
                set(anyFirst, ordinal);
            } else {
                rule.beforeFirsts().chars().forEach(c -> set(mask(firstSlot, firstMasks, (char) c), ordinal));
            }
            if (rule.beforeWords() == null) {
                set(anyWord, ordinal);
            } else {
                for (String word : rule.beforeWords()) {
                    set(mask(wordSlot, wordMasks, word.charAt(0)), ordinal);
                }
            }
        }
    }

    private long[] mask(short[] slots, List<long[]> masks, char c) {
        if (slots[c] == 0) {
            masks.add(new long[words]);
            slots[c] = (short) masks.size();
        }
        return masks.get(slots[c] - 1);
    }

    private static void set(long[] mask, int ordinal) {
        mask[ordinal >>> 6] |= 1L << ordinal;
    }

    static boolean has(long[] mask, int ordinal) {
        return (mask[ordinal >>> 6] & (1L << ordinal)) != 0;
    }

    /** The rules whose wording could match in {@code clauseBefore} from {@code from} on, a bit per rule ordinal. */
    long[] candidates(String clauseBefore, int from) {
        long[] firsts = anyFirst.clone();
        long[] wordFirsts = anyWord.clone();
        for (int i = from; i < clauseBefore.length(); i++) {
            char c = clauseBefore.charAt(i);
            if (firstSlot[c] != 0) {
                or(firsts, firstMasks.get(firstSlot[c] - 1));
            }
            if (wordSlot[c] != 0) {
                or(wordFirsts, wordMasks.get(wordSlot[c] - 1));
            }
        }
        for (int w = 0; w < words; w++) {
            firsts[w] &= wordFirsts[w];
        }
        return firsts;
    }

    private static void or(long[] into, long[] mask) {
        for (int w = 0; w < into.length; w++) {
            into[w] |= mask[w];
        }
    }
}
