package com.fazhi.extractor.indicators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fazhi.reference.lexicon.Lexicon;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cited titles in a figure's wording, each read as one short word: "集中学习《…》《中国共产党纪律处分条例》《…处罚规定》等法律法规51次"
 * is worded "集中学习《》《》《法律》等法律法规51次". Which titles name a law text and which are the party's own rules is
 * data: the catalog's {@code citedTitles}.
 */
final class CitedTitles {

    private static final Pattern TITLE = Pattern.compile("《[^《》]{1,60}》");
    private static final JsonNode WORDS = Lexicon.get().documents("catalog").path("citedTitles");
    private static final Pattern LAW_TEXT = Lexicon.pattern(WORDS.path("lawText"));
    private static final Pattern PARTY_RULES = Lexicon.pattern(WORDS.path("partyRules"));

    private CitedTitles() {
    }

    static String shortened(String wording) {
        if (wording.indexOf('《') < 0) {
            return wording;
        }
        Matcher m = TITLE.matcher(wording);
        StringBuilder out = new StringBuilder(wording.length());
        while (m.find()) {
            boolean law = LAW_TEXT.matcher(m.group()).find() && !PARTY_RULES.matcher(m.group()).find();
            m.appendReplacement(out, law ? "《法律》" : "《》");
        }
        m.appendTail(out);
        return out.toString();
    }
}
