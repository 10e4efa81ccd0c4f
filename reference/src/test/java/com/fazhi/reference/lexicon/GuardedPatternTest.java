package com.fazhi.reference.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

class GuardedPatternTest {

    @Test
    void aGuardedSearchFindsTheFirstMatchOfTheSpan() {
        GuardedPattern years = GuardedPattern.compile("(?:自|从)?((?:19|20)\\d{2})年[^。]{0,24}以来");
        String text = "全年办理12件。自2012年以来累计举办52期";
        Matcher m = years.find(text, 0, text.length());
        assertNotNull(m);
        assertEquals("自2012年以来", m.group());
        assertEquals("2012", m.group(1));
        assertNull(years.find(text, m.end(), text.length()));
        assertNull(years.find(text, 0, text.indexOf("以来")), "a match must end inside the span");
    }

    @Test
    void aPatternTellsWhichCharactersCanFollowItsFirst() {
        var seconds = FirstCharGuard.secondChars("(?:自|从)?((?:19|20)\\d{2})年以来|[我本](?:局|委(?![员会])|厅)|复议?");
        assertEquals("12", seconds.get('自'));
        assertEquals("0", seconds.get('2'));
        assertEquals("9", seconds.get('1'));
        assertEquals(sorted("局委厅"), sorted(seconds.get('本')));
        assertTrue(seconds.containsKey('复') && seconds.get('复') == null, "复 alone may be a whole match");
    }

    private static String sorted(String chars) {
        return chars.chars().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /** Patterns shaped like the catalog's, searched from every position of random texts over their own characters. */
    @Test
    void aGuardedSearchFindsWhatThePlainSearchFinds() {
        String[] regexes = {
            "(?:自|从)?((?:19|20)\\d{2})年[^。;,]{0,24}以来|十[一二三四五]五”?(?:期间|时期|以来)|[七八九]五”?普法(?:启动|实施)?以来",
            "[我本](?:局|委(?![员会])|厅)|[局厅](?:(?<![\\u4e00-\\u9fa5][局厅])|(?<=[入经][局厅]))(?:党[组委](?:书记)?|机关|年度)",
            "下一步(?:工作)?(?:打算|计划|,)|下一年度|(?:20\\d{2}年|明年)(?:度)?(?:工作)?(?:打算|计划)|工作(?:打算|思路)",
            "(?:我|本)(?:省|市|局)?将(?:围绕|以|重点)|(?:抓好|做好)以下(?:几项)?(?:工作|几个方面)",
            "(?<!资格[^,。\\d]{0,3}|培训)(?:考试|测试)(?!通过率|合格率)|学法?考?试*",
            "复议|行政复议?|议+复|[复议]{2}案件|(?:复议)*案"};
        String alphabet = "自从1290十一二三五七八九”期间以来普法启动我本局委员会厅党组书记机关年度入经下步工作打算计划,明将围绕以重点抓好做以下几项方面资格培训考试测通过率合格学行政复议案件。";
        java.util.Random random = new java.util.Random(20261206);
        for (String regex : regexes) {
            GuardedPattern guarded = GuardedPattern.compile(regex);
            java.util.regex.Pattern plain = java.util.regex.Pattern.compile(regex);
            for (int n = 0; n < 3000; n++) {
                StringBuilder text = new StringBuilder();
                for (int k = random.nextInt(30); k > 0; k--) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                for (int from = 0; from <= text.length(); from++) {
                    int to = from + random.nextInt(text.length() - from + 1);
                    for (boolean transparent : new boolean[] {false, true}) {
                        Matcher expected = plain.matcher(text).region(from, to).useTransparentBounds(transparent);
                        Matcher actual = guarded.find(text, from, to, transparent);
                        String where = regex + " in " + text + " [" + from + "," + to + ")";
                        if (expected.find()) {
                            assertNotNull(actual, where);
                            assertEquals(expected.start(), actual.start(), where);
                            assertEquals(expected.end(), actual.end(), where);
                        } else {
                            assertNull(actual, where);
                        }
                    }
                }
            }
        }
    }
}
