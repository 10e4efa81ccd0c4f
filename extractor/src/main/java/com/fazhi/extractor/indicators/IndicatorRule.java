package com.fazhi.extractor.indicators;

import java.util.Set;
import java.util.regex.Pattern;

import com.fazhi.contract.model.Confidence;
import com.fazhi.reference.lexicon.GuardedPattern;
import com.fazhi.extractor.text.TitleMarks;

/**
 * One way a catalog key is worded, compiled from catalog.json. A figure matches when its unit is one of the key's,
 * {@code before} is found in the clause up to the figure, {@code after} in the clause after it, {@code topic} in the
 * sentence up to the figure or the one before it, with none of {@code topicNot} after the topic's last mention, and
 * {@code not} neither in the words {@code before} matched (and a few characters ahead of them) nor just after, and
 * {@code clauseNot} nowhere in the figure's own item of its clause (an enumeration's other items, "A 5次、B 7次",
 * are not its words). A rule with {@code topicAfter} also takes its topic from the rest of the figure's sentence
 * ("中心组集中学习研讨12次,将习近平法治思想作为学习重点": the sentence names what was studied after the count); a
 * rule with {@code topicAfter} and no {@code topic} takes it from there only. Where the key's catalog entry says {@code headGovernsItems}, a later item of an enumeration
 * is also read with the clause's head (see {@link #governedItem}).
 * Absent patterns do not constrain.
 */
record IndicatorRule(String key, Set<String> units, Pattern before, Pattern after, GuardedPattern topic,
        GuardedPattern topicNot, GuardedPattern topicAfter, Pattern not, Pattern clauseNot, Double statedConfidence, String beforeFirsts,
        String[] beforeWords, String[] afterWords,
        boolean headGovernsItems, int ordinal) {

    /** How directly this rule reads its figure: the catalog's value, else from the rule's shape (see Indicator). */
    double confidence() {
        if (statedConfidence != null) {
            return statedConfidence;
        }
        if (topic != null) {
            return Confidence.TOPIC;
        }
        return before != null ? Confidence.WORDS_BEFORE : Confidence.WORDS_AFTER;
    }

    /** How far around the wording {@code not} looks: a run-on clause's start says nothing of this figure. */
    private static final int NEAR = 8;
    /** The longest wording a rule reads before a figure (the catalog's longest is about 36 characters). */
    private static final int BEFORE_WINDOW = 44;

    /**
     * Where the words a {@code before} wording is looked for in start: {@link #BEFORE_WINDOW} characters back, a cited
     * title counting as one ("集体学习《…突发事件应对法》《…粮食安全保障法》《…条例》…等法律法规10次" reads its 学习).
     */
    private static int windowStart(String clauseBefore) {
        int at = clauseBefore.length();
        for (int budget = BEFORE_WINDOW; at > 0 && budget > 0; budget--) {
            int open = clauseBefore.charAt(at - 1) == '》'
                    ? TitleMarks.openBefore(clauseBefore, at - 1, FigureSpan.TITLE_AS_ONE_WORD) : -1;
            at = open >= 0 ? open : at - 1;
        }
        return at;
    }

    /**
     * Where the figure's own item starts in its clause: after the last "次、" / "件、" (a 、 right after another
     * figure), so "…中心组学习130余次、市政府常务会会前学法9次" judges 9次 by its own words only.
     */
    private static int itemStart(String clauseBefore) {
        for (int i = clauseBefore.lastIndexOf('、'); i > 0; i = clauseBefore.lastIndexOf('、', i - 1)) {
            if (endsAFigure(clauseBefore, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * What the character before a figure's 、 can be (the quick test before FIGURE_TAIL): a unit's last character, a
     * digit, a Chinese numeral, 万/千, 余/多 or a space.
     */
    private static final boolean[] FIGURE_ENDS = new boolean[Character.MAX_VALUE + 1];

    static {
        (com.fazhi.reference.lexicon.Lexicon.get().unitEnds() + FigureScanner.NUMBER_WORD_CHARS).chars().forEach(c -> FIGURE_ENDS[c] = true);
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            FIGURE_ENDS[c] |= Character.isDigit(c) || Character.isWhitespace(c);
        }
    }

    /**
     * A number, 万/千, 余/多 and a measure word ending where a figure's 、 stands ("学法9次、", "三次、"; an Arabic number
     * may stand alone): not "镇村干部、执法人员", whose 部 is a measure word too.
     */
    private static final String AFTER_THE_NUMBER = "\\s*(?:" + FigureScanner.MULTIPLIER + ")?\\s*(?:" + FigureScanner.APPROXIMATELY + ")?\\s*";
    private static final Pattern FIGURE_TAIL = Pattern.compile("(?:[0-9]" + AFTER_THE_NUMBER + "(?:" + FigureScanner.UNITS + ")?|"
            + FigureScanner.CHINESE_NUMERAL + AFTER_THE_NUMBER + "(?:" + FigureScanner.UNITS + "))$");
    /** How far back the tail is looked for: a number's last character, 万, 余, a two-character unit and a few spaces. */
    private static final int FIGURE_TAIL_REACH = 8;

    /** Whether the 、 at {@code separator} ends a figure: a quick test of the character before it, then the whole tail. */
    private static boolean endsAFigure(String clauseBefore, int separator) {
        return FIGURE_ENDS[clauseBefore.charAt(separator - 1)]
                && FIGURE_TAIL.matcher(clauseBefore).region(Math.max(0, separator - FIGURE_TAIL_REACH), separator).find();
    }

    /** An item that names its own body ("、政府常务会学法60余次") is not governed by the head's subject. */
    private static final Pattern OWN_SUBJECT = Pattern.compile("会|政府|党|班子|组|委");
    private static final Pattern GOVERNING_VERB = Pattern.compile("(?:组织|开展|举办|召开|进行|提供)(?!.*(?:组织|开展|举办|召开|进行|提供))");

    /**
     * An enumeration's head that governs every item: the words up to the last verb before the first item
     * ("组织乡村社干部开展" in "组织乡村社干部开展集中学习20次、专题学习6次": staff study, both counts). Empty when
     * the head has no such verb ("全体干部学法10次、常务会议学法5次": each item names its own subject).
     */
    static String governingHead(String clauseBefore) {
        int firstFigure = -1;
        for (int i = 0; i < clauseBefore.length(); i++) {
            if (Character.isDigit(clauseBefore.charAt(i))) {
                firstFigure = i;
                break;
            }
        }
        if (firstFigure < 0) {
            return "";
        }
        java.util.regex.Matcher verb = GOVERNING_VERB.matcher(clauseBefore.substring(0, firstFigure));
        return verb.find() ? clauseBefore.substring(0, verb.end()) : "";
    }

    /**
     * The clause after a figure up to the next item of an enumeration ("6次、主题教育集中学习4次") or the next figure
     * ("21次理论学习中心组学习大会和8次全体干部培训": the training belongs to the 8次).
     */
    private static String ownItem(String clauseAfter) {
        int end = clauseAfter.indexOf('、');
        if (end < 0) {
            end = clauseAfter.length();
        }
        for (int i = 0; i < end; i++) {
            if (Character.isDigit(clauseAfter.charAt(i))) {
                end = i;
                break;
            }
        }
        return clauseAfter.substring(0, end);
    }

    private static boolean anyWordFrom(String[] words, String text, int from) {
        if (words == null) {
            return true;
        }
        for (String word : words) {
            if (text.indexOf(word, from) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence up to a figure and the one before it, as a span of the text (read only by rules with a topic), and
     * the rest of the figure's own sentence after it ({@code afterStart} to {@code afterEnd}, read by {@code topicAfter}).
     */
    record Sentence(String text, int start, int end, int afterStart, int afterEnd) {
    }

    /**
     * A figure's clause as every rule reads it, worked out once per figure: the words before it, where its own item
     * starts among them, the words after it and its own item's part of those.
     */
    record Words(String before, int itemStart, String after, String ownAfter, int windowStart, long[] candidates) {

        /** {@code conceptItem}: the words end in a list of concepts ("审查规范性文件、重大行政决策和政府合同"), its last item the figure's. */
        static Words of(String before, String after, boolean conceptItem, WordingIndex index) {
            int windowStart = IndicatorRule.windowStart(before);
            int itemStart = conceptItem ? lastConceptStart(before) : IndicatorRule.itemStart(before);
            return new Words(before, itemStart, after, ownItem(after), windowStart,
                    index.candidates(before, windowStart));
        }

        /** Where the last concept of a list starts: after its last 、, 和, 及 or 与 (as RespectiveList splits the list). */
        private static int lastConceptStart(String list) {
            int at = -1;
            for (char joiner : RespectiveList.CONCEPT_JOINERS.toCharArray()) {
                at = Math.max(at, list.lastIndexOf(joiner));
            }
            return at + 1;
        }

        /** The same figure read as a later item governed by the clause's head (see {@link #governedItem}), or null. */
        Words governed(WordingIndex index) {
            String governed = governedItem(before);
            if (governed == null) {
                return null;
            }
            int windowStart = IndicatorRule.windowStart(governed);
            return new Words(governed, IndicatorRule.itemStart(governed), after, ownAfter, windowStart,
                    index.candidates(governed, windowStart));
        }

        /** The words of the figure's own item, before and after it. */
        String own() {
            return before.substring(itemStart) + ownAfter;
        }
    }

    /**
     * Whether the rule reads the figure; the caller passes only rules of the figure's unit (see
     * IndicatorCatalog#rulesFor), and the figure's words read as a governed item ({@code governed}, null if none).
     */
    boolean matches(Words words, Words governed, Sentence sentenceBefore) {
        if (matchesIn(words, sentenceBefore)) {
            return true;
        }
        return headGovernsItems && before != null && governed != null && matchesIn(governed, sentenceBefore);
    }

    /**
     * A later item of an enumeration read with the clause's head: "审查重大行政决策1件、规范性文件10件、合同70余份" reads
     * 70余份 as "审查重大行政决策" + "合同", since the verb before the first item governs every item. Null when the
     * figure is not in a later item.
     */
    static String governedItem(String clauseBefore) {
        int itemStart = itemStart(clauseBefore);
        if (itemStart == 0) {
            return null;
        }
        int firstSeparator = -1;
        for (int i = 1; i < itemStart; i++) {
            if (clauseBefore.charAt(i) == '、' && endsAFigure(clauseBefore, i)) {
                firstSeparator = i;
                break;
            }
        }
        int headEnd = firstSeparator;
        while (headEnd > 0 && !Character.isDigit(clauseBefore.charAt(headEnd - 1)) && firstSeparator - headEnd < 3) {
            headEnd--; // the unit and 余/多 after the first item's number
        }
        while (headEnd > 0 && isNumberChar(clauseBefore.charAt(headEnd - 1))) {
            headEnd--;
        }
        return clauseBefore.substring(0, headEnd) + clauseBefore.substring(itemStart);
    }

    private static boolean isNumberChar(char c) {
        return Character.isDigit(c) || c == '.' || c == ',' || c == '万' || c == '千' || c == ' ';
    }

    /** An {@code after} wording anchored at the figure ("^…") is tried there only, not at every later position. */
    private boolean matchesAfter(String clauseAfter) {
        java.util.regex.Matcher m = after.matcher(clauseAfter);
        return after.pattern().startsWith("^") ? m.lookingAt() : m.find();
    }

    private boolean matchesIn(Words words, Sentence sentenceBefore) {
        String clauseBefore = words.before();
        String clauseAfter = words.after();
        int nearStart = Math.max(0, clauseBefore.length() - NEAR);
        if (before != null) {
            int windowStart = words.windowStart();
            if (!WordingIndex.has(words.candidates(), ordinal) || !anyWordFrom(beforeWords, clauseBefore, windowStart)) {
                return false; // no character the wording can start with, or none of its words: the regex cannot match
            }
            java.util.regex.Matcher b = before.matcher(clauseBefore);
            if (windowStart > 0) {
                b.region(windowStart, clauseBefore.length());
            }
            if (!b.find()) {
                return false;
            }
            nearStart = Math.max(0, Math.min(nearStart, b.start() - NEAR));
        }
        int itemStart = words.itemStart();
        nearStart = Math.max(nearStart, itemStart);
        if (after != null && (!anyWordFrom(afterWords, clauseAfter, 0) || !matchesAfter(clauseAfter))) {
            return false;
        }
        String ownAfter = words.ownAfter();
        if (not != null && (not.matcher(clauseBefore).region(nearStart, clauseBefore.length()).find()
                || not.matcher(ownAfter).region(0, Math.min(ownAfter.length(), NEAR * 3)).find())) {
            return false;
        }
        if (clauseNot != null && (clauseNot.matcher(clauseBefore.substring(itemStart)).find()
                || clauseNot.matcher(ownAfter).find()
                || itemStart > 0 && !OWN_SUBJECT.matcher(clauseBefore.substring(itemStart)).find()
                        && clauseNot.matcher(governingHead(clauseBefore)).find())) {
            return false;
        }
        if (topic != null || topicAfter != null) {
            String text = sentenceBefore.text();
            if (topicAfter != null
                    && topicAfter.find(text, sentenceBefore.afterStart(), sentenceBefore.afterEnd()) != null) {
                return true;
            }
            if (topic == null) {
                return false; // only the words after the figure can say what it counts
            }
            // transparent: a lookbehind at the region's start sees the words before it ("、行政执法人员")
            int last = -1;
            int from = sentenceBefore.start();
            for (java.util.regex.Matcher t; from <= sentenceBefore.end()
                    && (t = topic.find(text, from, sentenceBefore.end(), true)) != null; ) {
                last = t.end();
                from = t.end() > t.start() ? t.end() : t.end() + 1;
            }
            if (last < 0) {
                return false;
            }
            return topicNot == null || topicNot.find(text, last, sentenceBefore.end(), true) == null; // transparent, as the topic
        }
        return true;
    }
}
