package com.fazhi.extractor.indicators;

import java.util.ArrayList;
import java.util.List;

/**
 * "共审查规范性文件、重大行政决策、政府合同分别为26件、9件、143件": a list of concepts, 分别, and as many figures in the
 * same order. The k-th figure is worded by the list up to its k-th item ("共审查规范性文件、重大行政决策、政府合同" for
 * the third, so the head verb still governs it and the item is the wording's end). Only where the items and the
 * figures are as many; anything else is left to the clause's own reading.
 */
final class RespectiveList {

    /** What may stand between two figures of one list. */
    private static final String FIGURE_SEPARATORS = "、和及与";
    /** What separates the list's items (also read where a figure's own concept is cut from the list: IndicatorRule.Words). */
    static final String CONCEPT_JOINERS = "、和及与";
    private static final String RESPECTIVELY = "分别";
    /** What may follow 分别 before the first figure. */
    private static final List<String> VERBS = List.of("为", "是", "达到", "达", "有", "");

    private RespectiveList() {
    }

    /**
     * Where the wording of {@code figures.get(index)} ends when it is a figure of such a list, the wording starting at
     * {@code clauseStart} (the list's clause): -1 when it is none.
     */
    static int wordingEnd(String text, List<Figure> figures, int index, int clauseStart) {
        int first = runStart(text, figures, index);
        int last = index;
        while (last + 1 < figures.size() && adjacent(text, figures.get(last), figures.get(last + 1))) {
            last++;
        }
        int count = last - first + 1;
        if (count < 2) {
            return -1;
        }
        if (figures.get(first).start() < clauseStart) {
            return -1; // the clause was cut at its reach inside the run
        }
        int listEnd = respectivelyBefore(text, figures.get(first).start(), clauseStart);
        if (listEnd < 0) {
            return -1;
        }
        List<Integer> itemEnds = new ArrayList<>();
        for (int i = clauseStart; i < listEnd; i++) {
            if (CONCEPT_JOINERS.indexOf(text.charAt(i)) >= 0) {
                itemEnds.add(i);
            }
        }
        itemEnds.add(listEnd);
        return itemEnds.size() == count ? itemEnds.get(index - first) : -1;
    }

    /**
     * The first figure of the run {@code figures.get(index)} stands in: figures side by side with one of 、和及与
     * between them ("分别开展会前学法6次和11次", "法治专题学习4次、6次、12次"); the figure's own index when it stands alone.
     */
    static int runStart(String text, List<Figure> figures, int index) {
        int first = index;
        while (first > 0 && adjacent(text, figures.get(first - 1), figures.get(first))) {
            first--;
        }
        return first;
    }

    /** The figures stand side by side, only a separator (and spaces) between them. */
    private static boolean adjacent(String text, Figure earlier, Figure later) {
        int separators = 0;
        for (int i = earlier.end(); i < later.start(); i++) {
            char c = text.charAt(i);
            if (FIGURE_SEPARATORS.indexOf(c) >= 0) {
                separators++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return separators == 1;
    }

    /** Where 分别 (and its verb) right before the first figure starts, from the clause on; -1 if it is not there. */
    private static int respectivelyBefore(String text, int firstFigure, int clauseStart) {
        String before = text.substring(clauseStart, firstFigure).stripTrailing();
        for (String verb : VERBS) {
            if (before.endsWith(RESPECTIVELY + verb)) {
                return clauseStart + before.length() - verb.length() - RESPECTIVELY.length();
            }
        }
        return -1;
    }
}
