package com.fazhi.extractor.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fazhi.extractor.lexicon.Lexicon;
import com.fazhi.extractor.model.Indicator;

/**
 * Reads the catalog's indicators out of a cleaned text: every figure is tried against the rules in catalog order and
 * belongs to the first key that matches. Changes ("同比增长40%"), targets ("控制在5%以下") and figures inside
 * 《》 are never indicators. The year is the report year unless the clause dates the figure ("由2022年的16.2%").
 */
public final class IndicatorFinder {

    private static final String CLAUSE_BREAKS = ",,;;。::!!??\n";
    private static final String SENTENCE_BREAKS = "。;;!!??\n";
    private static final int MAX_CONTEXT = 64;
    private static final JsonNode EXCLUSIONS = Lexicon.get().exclusions();
    private static final Pattern CHANGE = Lexicon.pattern(EXCLUSIONS.path("changeBefore"));
    private static final Pattern CHANGE_AFTER = Lexicon.pattern(EXCLUSIONS.path("changeAfter"));
    private static final Pattern TARGET = Lexicon.pattern(EXCLUSIONS.path("targetBefore"));
    private static final Pattern FREQUENCY = Lexicon.pattern(EXCLUSIONS.path("frequencyBefore"));
    private static final List<String> LIMIT_AFTER = Lexicon.strings(EXCLUSIONS.path("limitAfter"));
    private static final Pattern DATED = Lexicon.pattern(EXCLUSIONS.path("datedBefore"));

    private final IndicatorCatalog catalog;

    private static final int TITLE_MARKS_REACH = 120;
    /** How far after a figure a rule's topicAfter is looked for, within the figure's sentence. */
    private static final int TOPIC_AFTER_REACH = 40;
    /** Figures examined per report at most: bounds the time an adversarial input (a megabyte of numbers) takes. */
    static final int MAX_FIGURES = 5_000;

    public IndicatorFinder(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    public interface SectionLocator {
        String headingAt(int offset);
    }

    public List<Indicator> find(String text, Integer reportYear, SectionLocator sections) {
        List<Indicator> found = new ArrayList<>();
        List<Figure> figures = FigureScanner.scan(text);
        // a real report states tens to hundreds of figures; an input with more is not one, and is read no further
        for (Figure figure : figures.subList(0, Math.min(figures.size(), MAX_FIGURES))) {
            if (catalog.rulesFor(figure.unit()).isEmpty()) {
                continue;
            }
            int clauseStart = back(text, figure.start(), CLAUSE_BREAKS);
            int sentenceStart = back(text, figure.start(), SENTENCE_BREAKS);
            int clauseEnd = forward(text, figure.end(), CLAUSE_BREAKS);
            // "达到 100%": a docx space; "学习《…》《…》等法律法规51次": each cited title one short word
            String before = CitedTitles.shortened(text.substring(clauseStart, figure.start()).stripTrailing());
            String after = text.substring(figure.end(), clauseEnd);
            int previousSentence = sentenceStart > 1 ? back(text, sentenceStart - 1, SENTENCE_BREAKS) : sentenceStart;
            int sentenceEnd = forward(text, figure.end(), SENTENCE_BREAKS);
            IndicatorRule.Sentence sentence = new IndicatorRule.Sentence(text, previousSentence, figure.start(),
                    figure.end(), Math.min(sentenceEnd, figure.end() + TOPIC_AFTER_REACH));
            for (IndicatorRule rule : catalog.rulesFor(figure.unit())) {
                if (rule.matches(figure, before, after, sentence)) {
                    // a change, a target, a limit or a cited title's number is no indicator, whichever key it reads as
                    if (!excluded(text, figure, before, after)) {
                        found.add(new Indicator(rule.key(), figure.value(), figure.unit(), yearOf(before, reportYear),
                                text.substring(clauseStart, clauseEnd), sections.headingAt(figure.start()),
                                figure.start(), figure.end(), rule.confidence()));
                    }
                    break;
                }
            }
        }
        return found;
    }

    /**
     * A change, a target or a limit is no indicator; a frequency ("每季度开展1次") only dates its own item of an
     * enumeration ("每季度听取汇报、开展常务会议学法7次": the 7 is a count).
     */
    private static boolean excluded(String text, Figure figure, String before, String after) {
        return CHANGE.matcher(before).find() || CHANGE_AFTER.matcher(after).find() || TARGET.matcher(before).find()
                || FREQUENCY.matcher(before).region(before.lastIndexOf('、') + 1, before.length()).find()
                || LIMIT_AFTER.stream().anyMatch(after::startsWith) || insideTitleMarks(text, figure.start());
    }

    private static Integer yearOf(String before, Integer reportYear) {
        Matcher dated = DATED.matcher(before);
        return dated.find() ? Integer.valueOf(dated.group(1)) : reportYear;
    }

    private static int back(String text, int from, String breaks) {
        int limit = Math.max(0, from - MAX_CONTEXT);
        for (int i = from - 1; i >= limit; i--) {
            if (breaks.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return limit;
    }

    private static int forward(String text, int from, String breaks) {
        int limit = Math.min(text.length(), from + MAX_CONTEXT);
        for (int i = from; i < limit; i++) {
            if (breaks.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return limit;
    }

    /** Inside 《…》 opened at most {@link #TITLE_MARKS_REACH} characters before: looks back that far only. */
    private static boolean insideTitleMarks(String text, int position) {
        for (int i = position - 1; i >= Math.max(0, position - TITLE_MARKS_REACH); i--) {
            char c = text.charAt(i);
            if (c == '》') {
                return false;
            }
            if (c == '《') {
                return true;
            }
        }
        return false;
    }
}
