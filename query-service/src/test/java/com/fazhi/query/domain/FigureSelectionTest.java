package com.fazhi.query.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FigureSelectionTest {

    private static Map<String, Object> figure(Double confidence, String review) {
        Map<String, Object> figure = new HashMap<>();
        figure.put("key", "law_study.sessions");
        figure.put("value", 12.0);
        if (confidence != null) {
            figure.put("confidence", confidence);
        }
        if (review != null) {
            figure.put("review", review);
        }
        return figure;
    }

    @Test
    void aMinimumKeepsTheFiguresReadAtLeastThatDirectly() {
        FigureSelection own = FigureSelection.of(null, "0.8");
        assertTrue(own.admits(figure(0.9, null)));
        assertTrue(own.admits(figure(0.8, null)), "the minimum itself counts");
        assertFalse(own.admits(figure(0.6, null)), "a figure read through its sentence's topic");
        assertFalse(own.admits(figure(null, null)), "no confidence (an older extractor's figure) is not at least 0.8");
    }

    @Test
    void anAnalystsFigureAlwaysCountsAndVerifiedKeepsOnlyThose() {
        assertTrue(FigureSelection.of(null, "0.9").admits(figure(0.6, "confirmed")));
        assertTrue(FigureSelection.of(null, "0.9").admits(figure(null, "corrected")));
        FigureSelection verified = FigureSelection.of(true, null);
        assertFalse(verified.admits(figure(0.9, null)));
        assertFalse(verified.admits(figure(0.9, "extracted")));
        assertTrue(verified.admits(figure(0.6, "confirmed")));
    }

    @Test
    void noMinimumKeepsEveryFigure() {
        assertEquals(FigureSelection.ALL, FigureSelection.of(false, null));
        assertEquals(FigureSelection.ALL, FigureSelection.of(null, " "));
        assertTrue(FigureSelection.ALL.admits(figure(null, null)));
        assertTrue(FigureSelection.ALL.admits(figure(0.6, "extracted")));
    }

    @Test
    void aMinimumThatIsNoShareIsRefusedWithTheReason() {
        for (String bad : new String[] {"high", "1.5", "-0.1", "NaN", "0,8"}) {
            InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> FigureSelection.of(null, bad), bad);
            assertTrue(e.getMessage().contains("minConfidence must be a number from 0 to 1"), e.getMessage());
        }
    }
}
