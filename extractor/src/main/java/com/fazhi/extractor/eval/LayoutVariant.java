package com.fazhi.extractor.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fazhi.reference.script.ChineseScript;
import com.ibm.icu.text.Transliterator;

/**
 * A labelled text rewritten as crawlers also deliver reports, to score the engine on layouts the corpus holds few of,
 * against the same gold: every value is given in Simplified whatever the input, so only a Traditional copy's
 * {@code sourceScript} changes (ICU's Hans→Hant and the engine's way back do not always meet: 著/着, 乾/干 — a
 * difference there is the round trip's, not a reading's). {@code bin/extract --eval DIR --layout wrapped} scores a folder
 * that way. (Not the pipeline's Layout, the lines and zones of one text.)
 */
public enum LayoutVariant {

    /** The text as labelled. */
    AS_LABELLED(text -> text),
    /** A pdf's text layer: every paragraph (60 characters or more, with a comma or a stop) broken every 30 characters. */
    WRAPPED(LayoutVariant::wrapParagraphs),
    /** A Traditional-script mirror (ICU's Hans→Hant). */
    TRADITIONAL(text -> Holder.TO_TRADITIONAL.transliterate(text)),
    /** Windows line ends and paragraphs indented with two ideographic spaces. */
    WINDOWS_INDENTED(text -> String.join("\r\n", text.lines().map(l -> l.isBlank() ? l : "\u3000\u3000" + l.strip()).toList())),
    /**
     * An HTML page's text with its blocks joined by a space, as jsoup's {@code text()} gives it: the short lines at its
     * head (a title, a date) kept, the body from its first paragraph (60 characters or more) on one line.
     */
    JOINED(LayoutVariant::joinParagraphs),
    /** Counts under a hundred before a measure word written in Chinese numerals: 学法12次 → 学法十二次, 1名 → 一名. */
    CHINESE_NUMERALS(LayoutVariant::countsInChineseNumerals),
    /** A number between Chinese words set off by spaces, as a word processor spaces it: 开展 12 次, 2023 年 3 月. */
    SPACED_FIGURES(LayoutVariant::spaceFigures),
    /** Each sentence on a line of its own, as a page with a block per sentence gives it: a line break after every 。 */
    SENTENCE_LINES(LayoutVariant::sentencePerLine);

    static final int PAGE_WIDTH = 30;
    /** A full stop that does not already end its line or close a quotation. */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("。(?![”’」』)）)\\n\\r]|$)");
    private static final java.util.regex.Pattern SPACED_NUMBER = java.util.regex.Pattern.compile("(?<=\\p{IsHan})(\\d[\\d.,]*%?)(?=\\p{IsHan})");
    /** A count under a hundred before a measure word of lexicon/units.json (not a rate). */
    private static final java.util.regex.Pattern SMALL_COUNT = java.util.regex.Pattern.compile("(?<![\\d.,%])([1-9]\\d?)(?=余?(?:"
            + String.join("|", com.fazhi.reference.lexicon.Lexicon.strings(com.fazhi.reference.lexicon.Lexicon.get().units().path("units"))
                    .stream().filter(unit -> !unit.equals("%")).toList()) + "))");
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final int PARAGRAPH = 2 * PAGE_WIDTH;

    private final UnaryOperator<String> rewrite;

    LayoutVariant(UnaryOperator<String> rewrite) {
        this.rewrite = rewrite;
    }

    /** The transliterator is built on first use only: most runs score the texts as labelled. */
    private static final class Holder {
        static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Hans-Hant");
    }

    public String apply(String text) {
        return rewrite.apply(text);
    }

    /** The gold of the rewritten text: a Traditional copy of a Simplified text is read as Traditional. */
    public JsonNode gold(JsonNode gold) {
        if (this != TRADITIONAL || !ChineseScript.SIMPLIFIED.equals(gold.path("sourceScript").asText())) {
            return gold;
        }
        ObjectNode copy = gold.deepCopy();
        copy.put("sourceScript", ChineseScript.TRADITIONAL);
        return copy;
    }

    /** The layout named on the command line: as-labelled, wrapped, traditional, windows-indented, joined, chinese-numerals, spaced-figures, sentence-lines. */
    public static LayoutVariant named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String sentencePerLine(String text) {
        return SENTENCE_END.matcher(text).replaceAll("。\n");
    }

    static String joinParagraphs(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        int body = 0;
        while (body < lines.size() && lines.get(body).length() < PARAGRAPH) {
            body++;
        }
        List<String> joined = new ArrayList<>(lines.subList(0, body));
        if (body < lines.size()) {
            joined.add(String.join(" ", lines.subList(body, lines.size())));
        }
        return String.join("\n", joined);
    }

    static String spaceFigures(String text) {
        return SPACED_NUMBER.matcher(text).replaceAll(" $1 ");
    }

    static String countsInChineseNumerals(String text) {
        return SMALL_COUNT.matcher(text).replaceAll(m -> {
            int n = Integer.parseInt(m.group(1));
            String tens = n < 10 ? "" : (n < 20 ? "" : String.valueOf(DIGITS.charAt(n / 10))) + "十";
            return tens + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
        });
    }

    static String wrapParagraphs(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / PAGE_WIDTH);
        for (String line : text.split("\n", -1)) {
            if (line.length() >= PARAGRAPH && (line.contains(",") || line.contains("，") || line.contains("。"))) {
                int at = 0;
                while (at < line.length()) {
                    int end = Math.min(line.length(), at + PAGE_WIDTH);
                    if (end < line.length() && Character.isHighSurrogate(line.charAt(end - 1))) {
                        end++; // a character outside the BMP is not cut in two
                    }
                    out.append(line, at, end).append('\n');
                    at = end;
                }
            } else {
                out.append(line).append('\n');
            }
        }
        return out.substring(0, out.length() - 1);
    }
}
