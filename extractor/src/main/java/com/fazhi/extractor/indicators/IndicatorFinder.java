package com.fazhi.extractor.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fazhi.reference.lexicon.GuardedPattern;
import com.fazhi.reference.lexicon.Lexicon;
import com.fazhi.contract.model.Indicator;
import com.fazhi.extractor.text.Runs;
import com.fazhi.extractor.text.TitleMarks;

/**
 * Reads the catalog's indicators out of a cleaned text: every figure is tried against the rules in catalog order and
 * belongs to the first key that matches. Changes ("同比增长40%"), targets ("控制在5%以下") and figures inside
 * 《》 are never indicators. The year is the report year unless the clause dates the figure ("由2022年的16.2%").
 */
public final class IndicatorFinder {

    /**
     * How far back a figure's full sentence is looked for (two figures of one sentence must find the same start; a
     * longer "sentence" is a run-on paragraph, cut there).
     */
    private static final int SENTENCE_REACH = 400;
    private static final JsonNode EXCLUSIONS = Lexicon.get().exclusions();
    private static final Pattern CHANGE = Lexicon.pattern(EXCLUSIONS.path("changeBefore"));
    private static final Pattern CHANGE_AFTER = Lexicon.pattern(EXCLUSIONS.path("changeAfter"));
    private static final Pattern HONOURED_AFTER = Lexicon.pattern(EXCLUSIONS.path("honouredAfter"));
    private static final Pattern TARGET = Lexicon.pattern(EXCLUSIONS.path("targetBefore"));
    private static final Pattern FREQUENCY = Lexicon.pattern(EXCLUSIONS.path("frequencyBefore"));
    private static final Pattern PER_UNIT = Lexicon.pattern(EXCLUSIONS.path("perUnitBefore"));
    private static final Pattern ISSUES = Lexicon.pattern(EXCLUSIONS.path("issuesBefore"));
    private static final List<String> ISSUE_UNITS = Lexicon.strings(EXCLUSIONS.path("issuesUnits"));
    private static final List<String> LIMIT_AFTER = Lexicon.strings(EXCLUSIONS.path("limitAfter"));
    private static final Pattern DATED = Lexicon.pattern(EXCLUSIONS.path("datedBefore"));
    private static final Pattern PLAN_SENTENCE = Lexicon.pattern(EXCLUSIONS.path("planSentenceBefore"));
    private static final GuardedPattern PLAN_PARAGRAPH = Lexicon.guarded(EXCLUSIONS.path("planParagraph"));
    private static final GuardedPattern MULTI_YEAR = Lexicon.guarded(EXCLUSIONS.path("multiYearBefore"));
    private static final GuardedPattern A_YEAR = GuardedPattern.compile("(?:19|20)\\d{2}年");

    private final IndicatorCatalog catalog;

    private static final int TITLE_MARKS_REACH = 120;
    /** Figures examined per report at most: bounds the time an adversarial input (a megabyte of numbers) takes. */
    static final int MAX_FIGURES = 5_000;

    public IndicatorFinder(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    public interface SectionLocator {
        String headingAt(int offset);
    }

    public List<Indicator> find(String text, Integer reportYear, SectionLocator sections) {
        List<Read> found = new ArrayList<>();
        List<Figure> figures = FigureScanner.scan(text);
        String reading = FigureScanner.withNumeralsAsDigits(text, figures);
        Pass pass = new Pass(reading, text, reportYear, new PlanCues(), sections, found);
        // a real report states tens to hundreds of figures; an input with more is not one, and is read no further
        for (int index = 0; index < Math.min(figures.size(), MAX_FIGURES); index++) {
            Figure figure = figures.get(index);
            List<IndicatorRule> rules = catalog.rulesFor(figure.unit());
            if (rules.isEmpty()) {
                continue;
            }
            FigureSpan span = FigureSpan.of(reading, figures, index);
            if (!read(pass, figure, span, rules)) {
                FigureSpan wider = span.withTheClauseBefore(reading, figures, index);
                if (wider != null) {
                    read(pass, figure, wider, rules);
                }
            }
        }
        return withoutBreakdowns(withoutTopicalGivingWay(found));
    }

    /** One report's reading: its text (figures in digits; the evidence is quoted from the original) and year, the plans it states, where its sections are, and the figures read so far. */
    private record Pass(String text, String original, Integer reportYear, PlanCues plans, SectionLocator sections, List<Read> found) {
    }

    /** Reads the figure with the first rule that matches its words in this span; false when none does. */
    private boolean read(Pass pass, Figure figure, FigureSpan span, List<IndicatorRule> rules) {
        String text = pass.text();
        int clauseStart = span.clauseStart();
        // "达到 100%": a docx space; "学习《…》《…》等法律法规51次": each cited title one short word
        String before = CitedTitles.shortened(text.substring(clauseStart, span.wordingEnd()).stripTrailing());
        String after = text.substring(figure.end(), span.clauseEnd());
        IndicatorRule.Sentence sentence = new IndicatorRule.Sentence(text, span.previousSentence(), figure.start(),
                figure.end(), span.topicAfterEnd());
        IndicatorRule.Words words = IndicatorRule.Words.of(before, after, span.conceptItem(), catalog.wordingIndex());
        IndicatorRule.Words governed = words.governed(catalog.wordingIndex());
        for (IndicatorRule rule : rules) {
            if (rule.matches(words, governed, sentence)) {
                // a change, a target, a limit or a cited title's number is no indicator, whichever key it reads as
                int fullSentence = Runs.back(text, figure.start(), Runs.FULL_STOPS, SENTENCE_REACH);
                if (!excluded(text, figure, before, after, fullSentence, pass.reportYear(), pass.plans())) {
                    int totalsFrom = totalsFrom(text, fullSentence);
                    pass.found().add(new Read(new Indicator(rule.key(), figure.value(), figure.unit(),
                            yearOf(before, pass.reportYear()), pass.original().substring(clauseStart, span.clauseEnd()),
                            pass.sections().headingAt(figure.start()), figure.start(), figure.end(), rule.confidence()),
                            fullSentence, words.own(), opensBreakdown(text, clauseStart, before) || totalsFrom < fullSentence,
                            totalsFrom));
                }
                return true;
            }
        }
        return false;
    }

    /** A figure as read, with the start of its full sentence and its own item's words. */
    private record Read(Indicator indicator, int sentenceStart, String ownWords, boolean breakdown, int totalsFrom) {
        boolean readFromOwnWording() {
            return indicator.confidence() >= OWN_WORDING;
        }
    }

    /** From this confidence up a rule read the figure from its own wording alone (see Indicator). */
    private static final double OWN_WORDING = com.fazhi.contract.model.Confidence.WORDS_AFTER;

    /**
     * Where the catalog says so for a key ({@code topicalGivesWay}), a sentence that states one figure of the key in
     * so many words ("第一议题学习44次、理论中心组学习46次,其中专题学法2次") tells which of its counts is that concept: the
     * figures read only through the sentence's topic give way, unless their own item matches the key's pattern
     * ("中心组开展法治专题学习研讨2次、政府常务会议组织会前学法15次" keeps both).
     */
    private List<Read> withoutTopicalGivingWay(List<Read> found) {
        List<Read> kept = new ArrayList<>(found.size());
        for (Read read : found) {
            Pattern keeps = catalog.topicalGivesWay(read.indicator().key());
            boolean givesWay = keeps != null && !read.readFromOwnWording() && !keeps.matcher(read.ownWords()).find()
                    && found.stream().anyMatch(other -> other != read && other.readFromOwnWording()
                            && other.sentenceStart() == read.sentenceStart()
                            && other.indicator().key().equals(read.indicator().key()));
            if (!givesWay) {
                kept.add(read);
            }
        }
        return kept;
    }

    /** The word that opens a breakdown of the figure before it. */
    private static final String BREAKDOWN = "其中";

    /**
     * The figure's clause says 其中, or an earlier clause of its sentence does ("其中行政处罚23328件,告知承诺案件3006件,
     * 非现场执法案件14841件": every item after 其中 is a part), or the clause before it is that word alone ("其中,学习了…3次").
     */
    private static boolean opensBreakdown(String text, int clauseStart, String before) {
        if (before.contains(BREAKDOWN)) {
            return true;
        }
        int sentenceStart = Runs.back(text, clauseStart, Runs.SENTENCE_BREAKS, SENTENCE_REACH);
        for (int i = clauseStart - BREAKDOWN.length(); i >= sentenceStart; i--) {
            if (text.startsWith(BREAKDOWN, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A breakdown ("共聘请法律顾问5名,其中重点项目法律顾问2名") is a part of the total before it, not another value of
     * the total's key: a figure whose clause opens with 其中 is dropped when its sentence (or the sentence before, when
     * its own opens with 其中) read a figure of the same key before it (a breakdown of a total read as another key stays: "办理复议案件50件,其中受理42件").
     */
    /**
     * Where the total a breakdown belongs to may stand: its own sentence, or the one before when the sentence opens on
     * the breakdown ("共办结行政执法案件886件,处罚金额144.6万余元。其中,简易程序案件528件…").
     */
    private static int totalsFrom(String text, int sentenceStart) {
        int at = sentenceStart;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        int previousEnd = Runs.endOfTheSentenceBefore(text, sentenceStart);
        return text.startsWith(BREAKDOWN, at) && previousEnd > 0
                ? Runs.back(text, previousEnd, Runs.FULL_STOPS, SENTENCE_REACH)
                : sentenceStart;
    }

    private static List<Indicator> withoutBreakdowns(List<Read> found) {
        List<Indicator> kept = new ArrayList<>(found.size());
        for (Read read : found) {
            // a total is no item of the same breakdown: "其中维持24件、撤销9件、确认违法3件" are siblings
            boolean partOfTotal = read.breakdown() && found.stream().anyMatch(total -> total != read && !total.breakdown()
                    && total.sentenceStart() >= read.totalsFrom() && total.sentenceStart() <= read.sentenceStart()
                    && total.indicator().start() < read.indicator().start()
                    && total.indicator().key().equals(read.indicator().key()));
            if (!partOfTotal) {
                kept.add(read.indicator());
            }
        }
        return kept;
    }

    /**
     * A change, a target, a limit, an honour (…获评全国先进), a publication's issues (编印…学习参考22期) or a count each of
     * several units has (各村均配备法律顾问1名) is no indicator; a frequency ("每季度开展1次") only dates its own item of an
     * enumeration ("每季度听取汇报、开展常务会议学法7次": the 7 is a count); nor is a figure a plan states or one summed
     * over several years (see PlanCues and afterSeveralYears).
     */
    private static boolean excluded(String text, Figure figure, String before, String after, int sentenceStart,
            Integer reportYear, PlanCues plans) {
        int lastListed = before.lastIndexOf('、') + 1; // a figure's words after the list it ends (…学习参考、编印22期)
        return CHANGE.matcher(before).find() || CHANGE_AFTER.matcher(after).find() || HONOURED_AFTER.matcher(after).find()
                || TARGET.matcher(before).find()
                || ISSUE_UNITS.contains(figure.unit()) && ISSUES.matcher(before).region(lastListed, before.length()).find()
                || FREQUENCY.matcher(before).region(lastListed, before.length()).find()
                || !"%".equals(figure.unit()) && PER_UNIT.matcher(before).region(lastListed, before.length()).find()
                || LIMIT_AFTER.stream().anyMatch(after::startsWith) || TitleMarks.inside(text, figure.start(), TITLE_MARKS_REACH)
                || plans.stated(text, figure, sentenceStart) || afterSeveralYears(text, figure, sentenceStart, reportYear);
    }

    /**
     * A figure after a span of several years in its sentence ("自2012年以来累计举办…52期", "“十三五”期间,全市累计…")
     * sums those years: not this year's figure, unless a year is named again between the span and the figure
     * ("…52期,2016年举办6期"). "2023年以来" in a 2023 report is the report's own year; a span inside a cited title is
     * that document's period.
     */
    private static boolean afterSeveralYears(String text, Figure figure, int sentenceStart, Integer reportYear) {
        int spanEnd = -1;
        for (Matcher span = MULTI_YEAR.find(text, sentenceStart, figure.start()); span != null;
                span = MULTI_YEAR.find(text, span.end(), figure.start())) {
            if (TitleMarks.inside(text, span.start(), TITLE_MARKS_REACH)) {
                continue; // a cited document's period (《2019—2022年福建省干部教育培训规划》) names the document, not the figure's years
            }
            if (span.group(1) == null || reportYear == null || Integer.parseInt(span.group(1)) < reportYear) {
                spanEnd = span.end();
            }
        }
        return spanEnd >= 0 && A_YEAR.find(text, spanEnd, figure.start()) == null;
    }

    /**
     * A sentence that opens on the plans ("下一步,将…确保…达到100%") states targets, not the year's figures; so does a
     * paragraph that has said before the figure what it will do ("2023年,我市将…重点抓好以下工作。一是…"). Where a
     * paragraph's first such cue stands is looked up once per paragraph (figures come in text order).
     */
    private static final class PlanCues {
        private int paragraphStart = -1;
        private int firstCue;

        boolean stated(String text, Figure figure, int sentenceStart) {
            if (PLAN_SENTENCE.matcher(text).region(sentenceStart, figure.start()).lookingAt()) {
                return true;
            }
            int paragraph = text.lastIndexOf('\n', figure.start()) + 1;
            if (paragraph != paragraphStart) {
                paragraphStart = paragraph;
                int end = text.indexOf('\n', paragraph);
                Matcher cue = PLAN_PARAGRAPH.find(text, paragraph, end < 0 ? text.length() : end);
                firstCue = cue != null ? cue.start() : Integer.MAX_VALUE;
            }
            return firstCue < figure.start();
        }
    }

    private static Integer yearOf(String before, Integer reportYear) {
        Matcher dated = DATED.matcher(before);
        return dated.find() ? Integer.valueOf(dated.group(1)) : reportYear;
    }
}
