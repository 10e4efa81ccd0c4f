package com.fazhi.extractor.indicators;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cited titles in a figure's wording, each read as one short word: "集中学习《习近平总书记关于防汛减灾工作重要论述》
 * 《中国共产党纪律处分条例》《生产安全事故罚款处罚规定》等法律法规51次" is worded "集中学习《》《》《法律》等法律法规51次".
 * A list of titles makes a wording too long for any rule to span, and a title's own words (党, 学习, 全市) are not the
 * sentence's. A title that names a law text (法, 条例, 规定, 办法 …) becomes 《法律》, so a rule that needs a law cue
 * still finds one; any other becomes 《》, and so does a rule of the party's own (《中国共产党纪律处分条例》: party
 * discipline, not law).
 */
final class CitedTitles {

    private static final Pattern TITLE = Pattern.compile("《[^《》]{1,60}》");
    private static final Pattern LAW_TEXT = Pattern.compile("法|条例|规定|规则|细则|决定|章程");
    /**
     * The party's own rules (《中国共产党纪律处分条例》, 《党章》, 《中共中央八项规定实施细则》, 《党委(党组)…规定》): rules of the
     * party, not laws; a central committee's decision on the rule of law (《中共中央关于全面推进依法治国…的决定》) stays a law cue.
     */
    private static final Pattern PARTY_RULES = Pattern.compile("^《(?:中国共产党|中共中央(?![^》]*(?:法治|依法))|党章|党内|党组|党委)");

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
