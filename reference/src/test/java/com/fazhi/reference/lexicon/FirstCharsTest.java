package com.fazhi.reference.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

class FirstCharsTest {

    @Test
    void readsWordsGroupsClassesDigitsAndWhatFollowsAnOptionalStart() {
        assertEquals("会集", FirstCharGuard.firstChars("会前学法|集体学法"));
        assertEquals("自从12", FirstCharGuard.firstChars("(?:自|从)?((?:19|20)\\d{2})年"));
        assertEquals("七八九", FirstCharGuard.firstChars("[七八九]五”?普法"));
        assertEquals("0123456789", FirstCharGuard.firstChars("\\d+次"));
        assertEquals("近三", FirstCharGuard.firstChars("近?三年"));
        assertEquals("学", FirstCharGuard.firstChars("学+法"));
    }

    @Test
    void saysNothingWhereAMatchCouldStartAnywhere() {
        assertNull(FirstCharGuard.firstChars("[^,]{0,4}学法"));
        assertNull(FirstCharGuard.firstChars("(?:其中)?"));
        assertNull(FirstCharGuard.firstChars("(?<!行政)执法"));
        assertNull(FirstCharGuard.firstChars("[0-9]+"));
        assertNull(FirstCharGuard.firstChars("学法|.{2}讲法"));
    }

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
}
