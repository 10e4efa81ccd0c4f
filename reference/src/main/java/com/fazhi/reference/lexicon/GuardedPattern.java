package com.fazhi.reference.lexicon;

import java.util.BitSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-list pattern searched over a long span (a paragraph, a sentence) by skipping to the characters its matches
 * can start with: a table lookup per character, the regex tried only where one stands. Java's own search enters the
 * regex at every position, which costs ten times more over a paragraph of ordinary prose. It finds what
 * {@link Matcher#find()} over the same region finds. Where the pattern also tells what its second character can be
 * (see {@link FirstCharGuard#secondChars}), a candidate whose next character cannot follow is left too: a year
 * pattern's 2 is tried only before 0, a 我 only before 局 or 委. A pattern whose first characters cannot be read (see
 * {@link FirstCharGuard#firstChars}), or that anchors or looks behind across opaque bounds, is searched the plain way.
 */
public final class GuardedPattern {

    private final Pattern pattern;
    /** The characters a match can start with, or null when they are not known. */
    private final BitSet firsts;
    /** First characters after which any second character may come (or the match may end). */
    private final BitSet anySecond = new BitSet();
    /** The first two characters a match can start with, hashed (a false hit only costs a regex try). */
    private final BitSet pairs = new BitSet(PAIR_BITS);
    private final boolean anchored;
    private final boolean looksBehind;

    private GuardedPattern(String regex) {
        this.pattern = FirstCharGuard.compile(regex);
        String chars = FirstCharGuard.firstChars(regex);
        if (chars == null) {
            this.firsts = null;
        } else {
            this.firsts = new BitSet();
            chars.chars().forEach(firsts::set);
            Map<Character, String> seconds = FirstCharGuard.secondChars(regex);
            for (int c = firsts.nextSetBit(0); c >= 0; c = firsts.nextSetBit(c + 1)) {
                String next = seconds == null ? null : seconds.getOrDefault((char) c, null);
                if (next == null) {
                    anySecond.set(c);
                } else {
                    for (char second : next.toCharArray()) {
                        pairs.set(pairHash((char) c, second));
                    }
                }
            }
        }
        // a ^ that negates a class anchors nothing
        this.anchored = regex.replace("[^", "[").contains("^") || regex.contains("$") || regex.contains("\\b")
                || regex.contains("\\G");
        this.looksBehind = regex.contains("(?<=") || regex.contains("(?<!");
    }

    public static GuardedPattern compile(String regex) {
        return new GuardedPattern(regex);
    }

    public Pattern pattern() {
        return pattern;
    }

    /**
     * The first match in {@code text} between {@code from} and {@code to}, as a matcher positioned on it, or null.
     * With {@code transparentBounds} a look-behind sees the text before {@code from} (as
     * {@link Matcher#useTransparentBounds} does).
     */
    public Matcher find(CharSequence text, int from, int to, boolean transparentBounds) {
        if (firsts == null || anchored || looksBehind && !transparentBounds) {
            Matcher matcher = pattern.matcher(text).useTransparentBounds(transparentBounds);
            matcher.region(from, to);
            return matcher.find() ? matcher : null;
        }
        Matcher matcher = null; // made at the first candidate start: most searches find none
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (firsts.get(c) && (anySecond.get(c) || i + 1 < to && pairs.get(pairHash(c, text.charAt(i + 1))))) {
                if (matcher == null) {
                    matcher = pattern.matcher(text).useTransparentBounds(transparentBounds);
                }
                if (matcher.region(i, to).lookingAt()) {
                    return matcher;
                }
            }
        }
        return null;
    }

    private static final int PAIR_BITS = 1 << 12;

    private static int pairHash(char first, char second) {
        return ((first << 16 | second) * 0x9E3779B1) >>> (32 - 12);
    }

    public Matcher find(CharSequence text, int from, int to) {
        return find(text, from, to, false);
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
