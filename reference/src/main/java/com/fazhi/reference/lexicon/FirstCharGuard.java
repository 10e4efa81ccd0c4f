package com.fazhi.reference.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Speeds up the genre's word-list patterns: most are alternations of words ("存在的问题|问题和不足|…",
 * "(?:会前学法|集体学法|…)…"), which Java's regex engine tries word by word at every position of a text. When every
 * alternative of the pattern's leading alternation starts with a known character (an ideograph, a digit, a plain
 * class of them, a group of such alternatives, or an optional one of these followed by another), the pattern gets a
 * look-ahead for that set of first characters, so a position that cannot start a match is left after one lookup; the
 * same set lets {@link GuardedPattern} skip to those characters without entering the regex at all. The guarded
 * pattern matches exactly what the original matches.
 */
public final class FirstCharGuard {

    private FirstCharGuard() {
    }

    public static Pattern compile(String regex) {
        return Pattern.compile(guard(regex));
    }

    /** The regex with a first-character look-ahead, or unchanged when its first characters cannot be listed. */
    public static String guard(String regex) {
        String firsts = firstChars(regex);
        // one first character: the engine's own search for a literal start is already as quick
        return firsts == null || firsts.length() < 2 ? regex : "(?=[" + firsts + "])" + regex;
    }

    /** The characters every match starts with, or null when they cannot be read off the pattern's text. */
    public static String firstChars(String regex) {
        List<String> alternatives = splitTopLevel(regex);
        if (alternatives.size() > 1) {
            StringBuilder union = new StringBuilder();
            for (String alternative : alternatives) {
                String firsts = firstChars(alternative);
                if (firsts == null) {
                    return null;
                }
                for (char c : firsts.toCharArray()) {
                    if (union.indexOf(String.valueOf(c)) < 0) {
                        union.append(c);
                    }
                }
            }
            return union.toString();
        }
        String body = regex.startsWith("^") ? regex.substring(1) : regex;
        if (body.isEmpty()) {
            return null;
        }
        String firsts;
        int atomEnd;
        if (body.startsWith("(?<!") || body.startsWith("(?<=") || body.startsWith("(?!") || body.startsWith("(?=")) {
            // a look-around consumes nothing: a match starts with what follows it ("(?<!资格|培训)考试" starts with 考)
            int close = matchingParen(body, 0);
            return close < 0 || close + 1 >= body.length() ? null : firstChars(body.substring(close + 1));
        }
        if (body.startsWith("(")) {
            // a non-capturing or capturing group; a flag group is not read
            boolean capturing = body.length() > 1 && body.charAt(1) != '?';
            if (!capturing && !body.startsWith("(?:")) {
                return null;
            }
            int close = matchingParen(body, 0);
            if (close < 0) {
                return null;
            }
            firsts = firstChars(body.substring(capturing ? 1 : 3, close));
            atomEnd = close + 1;
        } else {
            // a plain list of ideographs or digits only: no negation, range or escape
            Atom atom = Atom.at(body, FirstCharGuard::plainFirst);
            firsts = atom.firsts();
            atomEnd = atom.end();
        }
        if (firsts == null) {
            return null; // a metacharacter, an escape, a Latin letter, a negated class: not read here
        }
        if (!optionalAt(body, atomEnd)) {
            return firsts;
        }
        // an optional first atom: a match starts with it or with whatever follows it
        String rest = firstChars(body.substring(afterQuantifier(body, atomEnd)));
        if (rest == null) {
            return null;
        }
        StringBuilder union = new StringBuilder(firsts);
        rest.chars().filter(c -> union.indexOf(String.valueOf((char) c)) < 0).forEach(c -> union.append((char) c));
        return union.toString();
    }

    /**
     * What a match's second character can be, for each character it can start with; a first character mapped to null
     * may be followed by anything (what follows it is not read, or the match may end there). Null when the pattern's
     * starts cannot be read at all. A superset: every match's first two characters are a listed pair.
     */
    public static Map<Character, String> secondChars(String regex) {
        List<Head> heads = heads(regex, 0);
        if (heads == null) {
            return null;
        }
        Map<Character, String> out = new HashMap<>();
        for (Head head : heads) {
            String seconds = head.rest() == null ? null : leadingChars(head.rest());
            for (char c : head.firsts().toCharArray()) {
                if (!out.containsKey(c)) {
                    out.put(c, seconds);
                } else if (out.get(c) != null) {
                    out.put(c, seconds == null ? null : union(out.get(c), seconds));
                }
            }
        }
        return out;
    }

    /** The characters a match of this sequence must start with, or null when it may match nothing or is not read. */
    private static String leadingChars(String seq) {
        List<Head> heads = heads(seq, 0);
        if (heads == null) {
            return null;
        }
        String out = "";
        for (Head head : heads) {
            out = union(out, head.firsts());
        }
        return out;
    }

    /** One way a match starts: one of these characters, then the rest of the pattern (null: anything may follow). */
    private record Head(String firsts, String rest) {
    }

    private static final int MAX_DEPTH = 12;
    private static final int MAX_HEADS = 400;

    /**
     * The ways a match of the sequence starts, each a consumed first character and what must match after it; null
     * when the sequence may match nothing, or starts with something not read (a range, an escape, a dot, a flag).
     */
    private static List<Head> heads(String seq, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        List<String> alternatives = splitTopLevel(seq);
        if (alternatives.size() > 1) {
            List<Head> out = new ArrayList<>();
            for (String alternative : alternatives) {
                List<Head> heads = heads(alternative, depth + 1);
                if (heads == null || out.size() + heads.size() > MAX_HEADS) {
                    return null;
                }
                out.addAll(heads);
            }
            return out;
        }
        String body = seq.startsWith("^") ? seq.substring(1) : seq;
        if (body.isEmpty()) {
            return null;
        }
        if (body.startsWith("(?<!") || body.startsWith("(?<=") || body.startsWith("(?!") || body.startsWith("(?=")) {
            int close = matchingParen(body, 0);
            return close < 0 ? null : heads(body.substring(close + 1), depth + 1);
        }
        if (body.startsWith("(")) {
            boolean capturing = body.length() > 1 && body.charAt(1) != '?';
            int close = matchingParen(body, 0);
            if (!capturing && !body.startsWith("(?:") || close < 0) {
                return null;
            }
            String content = body.substring(capturing ? 1 : 3, close);
            int next = afterQuantifier(body, close + 1);
            String after = body.substring(next);
            boolean once = next == close + 1;
            boolean optionalOnce = !once && body.charAt(close + 1) == '?';
            List<Head> out = new ArrayList<>();
            if (once || optionalOnce) {
                for (String alternative : splitTopLevel(content)) {
                    List<Head> heads = heads(alternative + after, depth + 1);
                    if (heads == null || out.size() + heads.size() > MAX_HEADS) {
                        return null;
                    }
                    out.addAll(heads);
                }
            } else {
                // a repeated group: what follows its first character is not read
                String firsts = leadingChars(content);
                if (firsts == null) {
                    return null;
                }
                out.add(new Head(firsts, null));
            }
            return optionalAt(body, close + 1) ? withRest(out, after, depth) : out;
        }
        Atom atom = Atom.at(body, FirstCharGuard::literal);
        String firsts = atom.firsts();
        int atomEnd = atom.end();
        if (firsts == null) {
            return null;
        }
        int next = afterQuantifier(body, atomEnd);
        List<Head> out = new ArrayList<>();
        if (next == atomEnd) {
            out.add(new Head(firsts, body.substring(atomEnd)));
            return out;
        }
        boolean optionalOnce = body.charAt(atomEnd) == '?';
        out.add(new Head(firsts, optionalOnce ? body.substring(next) : null));
        return optionalAt(body, atomEnd) ? withRest(out, body.substring(next), depth) : out;
    }

    private static List<Head> withRest(List<Head> out, String rest, int depth) {
        List<Head> heads = heads(rest, depth + 1);
        if (heads == null || out.size() + heads.size() > MAX_HEADS) {
            return null;
        }
        out.addAll(heads);
        return out;
    }

    /** A character that stands for itself in a pattern or a class (a class of them holds no range or negation). */
    /**
     * The single atom a pattern opens with, when it is a character class, {@code \\d} or one character: the characters it
     * can match ({@code firsts}, null when one of them is not {@code member}: a negation, a range, an escape, a
     * metacharacter) and where it ends.
     */
    private record Atom(String firsts, int end) {
        static Atom at(String body, java.util.function.IntPredicate member) {
            if (body.startsWith("[")) {
                int close = body.indexOf(']');
                String members = close < 0 ? "" : body.substring(1, close);
                return new Atom(!members.isEmpty() && members.chars().allMatch(member) ? members : null, close + 1);
            }
            if (body.startsWith("\\d")) {
                return new Atom("0123456789", 2);
            }
            return new Atom(member.test(body.charAt(0)) ? String.valueOf(body.charAt(0)) : null, 1);
        }
    }

    private static boolean literal(int c) {
        return LITERAL_BREAKS.indexOf(c) < 0 && c != '-' && c != '&' && !Character.isLetter(c) || Character.isIdeographic(c);
    }

    private static String union(String a, String b) {
        StringBuilder out = new StringBuilder(a);
        b.chars().filter(c -> out.indexOf(String.valueOf((char) c)) < 0).forEach(c -> out.append((char) c));
        return out.toString();
    }

    /** A character a match can be said to start with: an ideograph or an ASCII digit (never a metacharacter). */
    private static boolean plainFirst(int c) {
        return Character.isIdeographic(c) || c >= '0' && c <= '9';
    }

    /**
     * Words one of which every match of the regex contains, or null when they cannot be read off the pattern: the
     * first mandatory plain word of each alternative ("受理" in "(?:其中)?受理…"), or the words of its first mandatory
     * group of alternatives ("(?:参加|参与)" after "^[^,]{0,12}"). A text holding none of them cannot match, which a
     * plain indexOf tells far sooner than the regex.
     */
    public static List<String> requiredWords(String regex) {
        List<String> alternatives = splitTopLevel(regex);
        if (alternatives.size() > 1) {
            List<String> union = new ArrayList<>();
            for (String alternative : alternatives) {
                List<String> words = requiredWords(alternative);
                if (words == null) {
                    return null;
                }
                union.addAll(words);
            }
            return union;
        }
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '^' || c == '$') {
                i++;
            } else if (c == '(') {
                int close = matchingParen(regex, i);
                if (close < 0) {
                    return null;
                }
                boolean plain = regex.startsWith("(?:", i) || i + 1 < regex.length() && regex.charAt(i + 1) != '?';
                if (plain && !optionalAt(regex, close + 1)) {
                    List<String> words = requiredWords(regex.substring(regex.startsWith("(?:", i) ? i + 3 : i + 1, close));
                    if (words != null) {
                        return words;
                    }
                }
                i = afterQuantifier(regex, close + 1);
            } else if (c == '[') {
                int end = i + 1;
                while (end < regex.length() && regex.charAt(end) != ']') {
                    end += regex.charAt(end) == '\\' ? 2 : 1;
                }
                i = afterQuantifier(regex, end + 1);
            } else if (c == '\\') {
                i = afterQuantifier(regex, i + 2);
            } else if (c == '.') {
                i = afterQuantifier(regex, i + 1);
            } else if (LITERAL_BREAKS.indexOf(c) >= 0) {
                return null;
            } else {
                int end = i;
                while (end < regex.length() && LITERAL_BREAKS.indexOf(regex.charAt(end)) < 0) {
                    end++;
                }
                if (end < regex.length() && "?*+{".indexOf(regex.charAt(end)) >= 0) {
                    // the run's last character is quantified: the characters before it are still required
                    if (end - 1 > i) {
                        return List.of(regex.substring(i, end - 1));
                    }
                    if (!optionalAt(regex, end)) {
                        return List.of(regex.substring(i, end));
                    }
                    i = afterQuantifier(regex, end);
                } else {
                    return List.of(regex.substring(i, end));
                }
            }
        }
        return null;
    }

    private static final String LITERAL_BREAKS = "\\[](){}.*+?^$|";

    /** The words of a regex that is only an alternation of plain words ("存在的问题|短板"), or null for any other. */
    public static List<String> plainWords(String regex) {
        List<String> words = splitTopLevel(regex);
        for (String word : words) {
            if (word.isEmpty() || word.chars().anyMatch(c -> LITERAL_BREAKS.indexOf(c) >= 0)) {
                return null;
            }
        }
        return List.copyOf(words);
    }

    /** Whether a quantifier at this position lets the atom before it match nothing. */
    private static boolean optionalAt(String regex, int at) {
        return at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '*' || regex.startsWith("{0", at));
    }

    /** The position after the quantifier (and its lazy or possessive mark) at this position, if there is one. */
    private static int afterQuantifier(String regex, int at) {
        int i = at;
        if (i < regex.length() && "?*+".indexOf(regex.charAt(i)) >= 0) {
            i++;
        } else if (i < regex.length() && regex.charAt(i) == '{') {
            int close = regex.indexOf('}', i);
            i = close < 0 ? regex.length() : close + 1;
        } else {
            return i;
        }
        return i < regex.length() && (regex.charAt(i) == '?' || regex.charAt(i) == '+') ? i + 1 : i;
    }

    /** The pattern's alternatives at nesting depth 0 (escapes and character classes respected). */
    public static List<String> splitTopLevel(String regex) {
        int[] depth = depths(regex);
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            if (depth[i] == 0 && regex.charAt(i) == '|') {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(regex.substring(start));
        return out;
    }

    private static int matchingParen(String regex, int open) {
        int[] depth = depths(regex);
        for (int i = open + 1; i < regex.length(); i++) {
            if (depth[i] == depth[open] && regex.charAt(i) == ')') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The group nesting depth at each character, a ')' counted at the depth of its '('; -1 for a character that is
     * escaped or inside a character class (it opens, closes and separates nothing).
     */
    private static int[] depths(String regex) {
        int[] out = new int[regex.length()];
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                out[i] = -1;
                out[++i] = -1;
            } else if (inClass) {
                out[i] = -1;
                inClass = c != ']';
            } else if (c == '[') {
                out[i] = -1;
                inClass = true;
            } else if (c == '(') {
                out[i] = depth++;
            } else if (c == ')') {
                out[i] = --depth;
            } else {
                out[i] = depth;
            }
        }
        return out;
    }
}
