package com.fazhi.reference.lexicon;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-list pattern searched over a long span (a paragraph, a sentence) by skipping to the characters its matches
 * can start with: a table lookup per character, the regex tried only where one stands. Java's own search enters the
 * regex at every position, which costs ten times more over a paragraph of ordinary prose. It finds what
 * {@link Matcher#find()} over the same region finds; a pattern whose first characters cannot be read (see
 * {@link FirstCharGuard#firstChars}), or that anchors or looks behind across opaque bounds, is searched the plain way.
 */
public final class GuardedPattern {

    private final Pattern pattern;
    /** The characters a match can start with, or null when they are not known. */
    private final BitSet firsts;
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
        Matcher matcher = pattern.matcher(text).useTransparentBounds(transparentBounds);
        if (firsts == null || anchored || looksBehind && !transparentBounds) {
            matcher.region(from, to);
            return matcher.find() ? matcher : null;
        }
        for (int i = from; i < to; i++) {
            if (firsts.get(text.charAt(i)) && matcher.region(i, to).lookingAt()) {
                return matcher;
            }
        }
        return null;
    }

    public Matcher find(CharSequence text, int from, int to) {
        return find(text, from, to, false);
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
