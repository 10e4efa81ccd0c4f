package com.fazhi.reference.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
