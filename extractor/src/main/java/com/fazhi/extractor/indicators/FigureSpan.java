package com.fazhi.extractor.indicators;

import java.util.BitSet;
import java.util.List;
import com.fazhi.extractor.text.Runs;
import com.fazhi.extractor.text.TitleMarks;

import static com.fazhi.extractor.text.Runs.CLAUSE_BREAKS;
import static com.fazhi.extractor.text.Runs.SENTENCE_BREAKS;

/**
 * Where a figure's words lie in the text, worked out once per figure: its clause (the words before it, up to where its
 * wording ends, and after it), the sentence before its own, and how far after it the words still name what it counts.
 * The wording is the clause before the figure, or a label's across a colon ("行政复议收案数:87件"), or a respective
 * list's up to the figure's own item ({@code conceptItem}: the wording ends in a list of concepts, each 、 of which
 * starts an item), or, for a later figure of a bare run, the first one's (see RespectiveList).
 */
record FigureSpan(int clauseStart, int wordingEnd, int clauseEnd, int previousSentence, int topicAfterEnd, boolean conceptItem) {

    /** How far a clause or a sentence is looked for on either side of a figure. */
    static final int MAX_CONTEXT = 64;
    /** How far after a figure a rule's topicAfter is looked for, within the figure's sentence. */
    private static final int TOPIC_AFTER_REACH = 40;

    static FigureSpan of(String text, List<Figure> figures, int index) {
        Figure figure = figures.get(index);
        int clauseStart = clauseBack(text, figure.start(), MAX_CONTEXT);
        int wordingEnd = figure.start();
        if (labelled(text, clauseStart, figure.start())) {
            // "行政复议收案数:87件", "● 会前学法次数:12次": the label before the colon is the figure's wording
            wordingEnd = clauseStart - 1;
            clauseStart = Runs.back(text, wordingEnd, CLAUSE_BREAKS, MAX_CONTEXT);
        }
        int listItemEnd = RespectiveList.wordingEnd(text, figures, index, clauseStart);
        int runStart = RespectiveList.runStart(text, figures, index);
        if (listItemEnd >= 0) {
            wordingEnd = listItemEnd; // "审查规范性文件、政府合同分别为26件、143件": the list up to its own item
        } else if (runStart < index) {
            // "分别开展会前学法6次和11次", "学习4次、6次、12次": a later figure of a bare run reads the first one's words
            wordingEnd = figures.get(runStart).start();
            clauseStart = Math.min(clauseStart, Runs.back(text, wordingEnd, CLAUSE_BREAKS, MAX_CONTEXT));
        }
        int sentenceStart = Runs.back(text, figure.start(), SENTENCE_BREAKS, MAX_CONTEXT);
        int previousEnd = Runs.endOfTheSentenceBefore(text, sentenceStart);
        int previousSentence = previousEnd > 0 && !opensALaterItem(text, sentenceStart)
                ? Runs.back(text, previousEnd, SENTENCE_BREAKS, MAX_CONTEXT) : sentenceStart;
        int sentenceEnd = forward(text, figure.end(), SENTENCE_BREAKS);
        // what follows the figure names what it counts, up to a 其中: a breakdown names a part, not the whole
        int topicAfterEnd = Math.min(sentenceEnd, figure.end() + TOPIC_AFTER_REACH);
        for (int k = figure.end(); k + 1 < topicAfterEnd; k++) {
            if (text.charAt(k) == '其' && text.charAt(k + 1) == '中') {
                topicAfterEnd = k;
                break;
            }
        }
        return new FigureSpan(clauseStart, wordingEnd, forward(text, figure.end(), CLAUSE_BREAKS), previousSentence,
                topicAfterEnd, listItemEnd >= 0);
    }

    /**
     * A sentence that opens a later item of an enumeration ("二是…", "三是…"): the item before it is another statement, so
     * what it names (一是党委会和理论学习中心组…) is not this item's topic (二是…纳入全镇党员干部培训内容…全年学习6场次).
     */
    static boolean opensALaterItem(String text, int sentenceStart) {
        int i = sentenceStart;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i + 1 < text.length() && text.charAt(i + 1) == '是' && "二三四五六七八九十".indexOf(text.charAt(i)) >= 0;
    }

    /** A figure that is a label's value: only a colon (and spaces) stands between the label and it. */
    private static boolean labelled(String text, int clauseStart, int figureStart) {
        if (clauseStart < 1 || text.charAt(clauseStart - 1) != ':') {
            return false;
        }
        for (int i = clauseStart; i < figureStart; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same figure read with the clause before it, where its own clause is a total word alone ("组织开展主题宣传活动,
     * 共计42次": the total counts what the clause before names); null otherwise. Tried when the figure's own clause
     * reads as nothing.
     */
    FigureSpan withTheClauseBefore(String text, List<Figure> figures, int index) {
        Figure figure = figures.get(index);
        if (wordingEnd != figure.start() || !totalAlone(text, clauseStart, figure.start())
                || index > 0 && figures.get(index - 1).end() >= clauseStart - 2) {
            return null; // "12场、30场,共计42场": a total of the figures before it, not of a clause's wording
        }
        int end = clauseStart - 1;
        return new FigureSpan(Runs.back(text, end, CLAUSE_BREAKS, MAX_CONTEXT), end, clauseEnd, previousSentence, topicAfterEnd,
                false);
    }

    /** A total word alone in its clause, after a comma: 共计, 累计, 2024年度总人数 … */
    private static final java.util.regex.Pattern TOTAL_ALONE = java.util.regex.Pattern.compile(
            "\\s*(?:20\\d{2}年度?)?(?:共计|累计|合计|总计|共|计|总数|总人数|人数)(?:达到?|为)?\\s*");

    private static boolean totalAlone(String text, int clauseStart, int figureStart) {
        if (clauseStart < 2 || figureStart - clauseStart > 12 || text.charAt(clauseStart - 1) != ',' && text.charAt(clauseStart - 1) != ',') {
            return false;
        }
        if (!Character.isIdeographic(text.charAt(clauseStart - 2))) {
            return false;
        }
        return TOTAL_ALONE.matcher(text).region(clauseStart, figureStart).matches();
    }

    /** The longest cited title (《…》) that counts as one character of a reach. */
    static final int TITLE_AS_ONE_WORD = 42;

    /**
     * Where a figure's own clause starts: as {@link Runs#back}, but a list of cited titles counts as one character per title
     * ("集体学习《…应对法》《…保障法》《…条例》《…条例》等法律法规10次" is one clause that reaches its 学习); a title alone
     * keeps its length. Sentences keep their plain reach: a list of titles does not make a topic reach further back.
     */
    static int clauseBack(String text, int from, int reach) {
        int i = from - 1;
        boolean inList = false;
        for (int budget = reach; i >= 0 && budget > 0; budget--) {
            char c = text.charAt(i);
            int open = c == '》' ? TitleMarks.openBefore(text, i, TITLE_AS_ONE_WORD) : -1;
            if (open >= 0 && (inList || titleBefore(text, open))) {
                i = open - 1;
                inList = true;
                continue;
            }
            if (CLAUSE_BREAKS.get(c)) {
                return i + 1;
            }
            inList = inList && LIST_JOINERS.indexOf(c) >= 0;
            i--;
        }
        return i + 1;
    }

    /** What may stand between two titles of one list: 《A》、《B》, 《A》和《B》. */
    private static final String LIST_JOINERS = "、和及与";

    /** Another title ends right before the one opening at {@code open} (a joiner between them allowed). */
    private static boolean titleBefore(String text, int open) {
        int j = open - 1;
        if (j >= 0 && LIST_JOINERS.indexOf(text.charAt(j)) >= 0) {
            j--;
        }
        return j >= 0 && text.charAt(j) == '》';
    }

    /** Where the run starting at {@code from} ends: at the first of {@code breaks}, {@link #MAX_CONTEXT} on at most. */
    static int forward(String text, int from, BitSet breaks) {
        int limit = Math.min(text.length(), from + MAX_CONTEXT);
        for (int i = from; i < limit; i++) {
            if (breaks.get(text.charAt(i))) {
                return i;
            }
        }
        return limit;
    }
}
