package com.fazhi.extractor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TitleMarksTest {

    @Test
    void aPlaceInsideACitedTitleIsInside() {
        String text = "根据《南溪县法治政府建设实施方案》要求";
        assertTrue(TitleMarks.inside(text, text.indexOf("南溪县"), 120));
        assertEquals(text.indexOf('《'), TitleMarks.openBefore(text, text.indexOf("法治"), 120));
    }

    @Test
    void aClosedTitleDoesNotHoldWhatFollowsIt() {
        String text = "学习《宪法》12次";
        assertFalse(TitleMarks.inside(text, text.indexOf("12"), 120));
    }

    @Test
    void anOpeningFartherBackThanTheReachDoesNotCount() {
        String text = "《" + "法".repeat(50) + "县";
        assertTrue(TitleMarks.inside(text, text.length() - 1, 51));
        assertFalse(TitleMarks.inside(text, text.length() - 1, 50));
    }

    @Test
    void thePositionItselfIsNotLookedAt() {
        assertEquals(-1, TitleMarks.openBefore("《", 0, 10));
        assertEquals(0, TitleMarks.openBefore("《", 1, 10));
    }
}
