package com.fazhi.extractor.clean;

import java.util.regex.Pattern;

import com.fazhi.reference.lexicon.Lexicon;

/**
 * Drops the lines that belong to the web page, not the report: breadcrumbs, font-size and share bars, print/close
 * links, footers (版权所有, 主办单位, ICP备案 …: the lists are lexicon/furniture.json), a document-sharing site's wrapper, and stray "?" or "|" lines left by
 * broken encodings and tables. A line that carries a date or the page's source (发布时间, 来源) is kept: the
 * publication date is read from it.
 */
public final class BoilerplateCleaner {

    /** What a furniture line starts with (lineStarts, and the 'anywhere' entries anchored at the line's start). */
    private static final Pattern FURNITURE_START = Pattern.compile("(?:" + String.join("|", java.util.stream.Stream.concat(
            strings("lineStarts").stream(), strings("anywhere").stream().filter(w -> w.startsWith("^")).map(w -> w.substring(1)))
            .toList()) + ")");
    /**
     * What a furniture line holds anywhere: the words that open with a Chinese character are searched from the characters
     * they start with; the others (ICP备) by a plain search, since one Latin start would leave the guard nothing to skip.
     */
    private static final com.fazhi.reference.lexicon.GuardedPattern FURNITURE_ANYWHERE = com.fazhi.reference.lexicon.GuardedPattern.compile(
            String.join("|", anywhere(true)));
    private static final Pattern FURNITURE_ANYWHERE_LATIN = Pattern.compile(String.join("|", anywhere(false)));

    private static java.util.List<String> anywhere(boolean chineseStart) {
        return strings("anywhere").stream().filter(w -> !w.startsWith("^"))
                .filter(w -> Character.isIdeographic(w.charAt(0)) == chineseStart).toList();
    }
    private static final java.util.List<String> FOOTER = Lexicon.strings(Lexicon.get().furniture().path("footer"));
    /** The pinyin a mirror site puts after a character: 區(qū). */
    private static final Pattern MIRROR_PINYIN = Lexicon.pattern(Lexicon.get().furniture().path("mirrorPinyin"));
    private static final Pattern KEEP = Lexicon.pattern(Lexicon.get().furniture().path("keep"));
    /** An HTML attribute's end a mirror left in a line ("…报告 青海省人民政府網\" > …\" />"): the line ends there. */
    private static final Pattern MARKUP_RESIDUE = Lexicon.pattern(Lexicon.get().furniture().path("markupResidue"));
    /** A document site's page counter opening a line ("第1页共4页区依法行政工作报告…"): cut, whatever the line's length. */
    private static final Pattern PAGE_COUNTER = Lexicon.pattern(Lexicon.get().furniture().path("pageCounter"));
    /** The characters a page counter can open with: only such a line is tried. */
    private static final String PAGE_COUNTER_FIRSTS = com.fazhi.reference.lexicon.FirstCharGuard.firstChars(PAGE_COUNTER.pattern());

    private static java.util.List<String> strings(String field) {
        return Lexicon.strings(Lexicon.get().furniture().path(field));
    }

    private BoilerplateCleaner() {
    }

    /** Expects normalised text (one paragraph per line); returns it without the page furniture. */
    public static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n")) {
            if (mayHavePinyin(line)) {
                line = MIRROR_PINYIN.matcher(line).replaceAll("");
            }
            if (opensWithAPageCounter(line)) {
                java.util.regex.Matcher counter = PAGE_COUNTER.matcher(line);
                if (counter.lookingAt()) {
                    line = line.substring(counter.end());
                    if (line.isEmpty()) {
                        continue; // a counter between two pages: no line of its own, so what it split can be joined
                    }
                }
            }
            if (line.length() <= SHORT_LINE) { // a page's title line, not a paragraph that quotes markup
                java.util.regex.Matcher residue = MARKUP_RESIDUE.matcher(line);
                if (residue.find()) {
                    line = line.substring(0, residue.start()).stripTrailing();
                }
            }
            if (!isFurniture(line)) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static final int SHORT_LINE = 120;

    private static boolean opensWithAPageCounter(String line) {
        return !line.isEmpty() && (PAGE_COUNTER_FIRSTS == null || PAGE_COUNTER_FIRSTS.indexOf(line.charAt(0)) >= 0);
    }

    /** A parenthesis followed by a Latin letter: the only place a mirror's pinyin can be ("(qū)"). */
    private static boolean mayHavePinyin(String line) {
        for (int i = line.indexOf('('); i >= 0 && i + 1 < line.length(); i = line.indexOf('(', i + 1)) {
            char next = line.charAt(i + 1);
            if (next >= 'a' && next <= 'z' || next > 0xFF && next < 0x300) {
                return true;
            }
        }
        return false;
    }

    static boolean isFurniture(String line) {
        if (line.length() > SHORT_LINE) { // a paragraph: furniture only if a footer was glued to it
            return FOOTER.stream().filter(line::contains).count() >= 2;
        }
        boolean furniture = FURNITURE_START.matcher(line).lookingAt() || FURNITURE_ANYWHERE.find(line, 0, line.length()) != null
                || FURNITURE_ANYWHERE_LATIN.matcher(line).find();
        return furniture && (line.length() < 12 || !KEEP.matcher(line).find()
                || FOOTER.stream().anyMatch(line::contains));
    }
}
