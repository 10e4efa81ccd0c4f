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
        assertTrue(own.readDirectlyEnough(figure(0.9, null)));
        assertTrue(own.readDirectlyEnough(figure(0.8, null)), "the minimum itself counts");
        assertFalse(own.readDirectlyEnough(figure(0.6, null)), "a figure read through its sentence's topic");
        assertFalse(own.readDirectlyEnough(figure(null, null)), "no confidence (an older extractor's figure) is not at least 0.8");
        assertTrue(own.candidate(figure(0.6, null)), "any figure may be the headline; the minimum judges the headline");
    }

    @Test
    void anAnalystsFigureAlwaysCountsAndVerifiedKeepsOnlyThose() {
        assertTrue(FigureSelection.of(null, "0.9").readDirectlyEnough(figure(0.6, "confirmed")));
        assertTrue(FigureSelection.of(null, "0.9").readDirectlyEnough(figure(null, "corrected")));
        FigureSelection verified = FigureSelection.of(true, null);
        assertFalse(verified.candidate(figure(0.9, null)));
        assertFalse(verified.candidate(figure(0.9, "extracted")));
        assertTrue(verified.candidate(figure(0.6, "confirmed")));
    }

    @Test
    void noMinimumKeepsEveryFigure() {
        assertEquals(FigureSelection.ALL, FigureSelection.of(false, null));
        assertEquals(FigureSelection.ALL, FigureSelection.of(null, " "));
        assertTrue(FigureSelection.ALL.candidate(figure(null, null)) && FigureSelection.ALL.readDirectlyEnough(figure(null, null)));
        assertTrue(FigureSelection.ALL.readDirectlyEnough(figure(0.6, "extracted")));
    }

    @Test
    void aMinimumThatIsNoShareIsRefusedWithTheReason() {
        for (String bad : new String[] {"high", "1.5", "-0.1", "NaN", "0,8"}) {
            InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> FigureSelection.of(null, bad), bad);
            assertTrue(e.getMessage().contains("minConfidence must be a number from 0 to 1"), e.getMessage());
        }
    }

    /** The place's own figure is chosen first; a minimum then keeps or drops it, never a sub-unit's in its stead. */
    @Test
    void aMinimumJudgesTheHeadlineNotAnotherFigureInItsPlace() {
        Map<String, Object> placeRate = figure(0.6, null);
        placeRate.put("key", "mediation.success_rate");
        placeRate.put("value", 98.0);
        placeRate.put("unit", "%");
        Map<String, Object> subUnitRate = figure(0.9, null);
        subUnitRate.put("key", "mediation.success_rate");
        subUnitRate.put("value", 99.5);
        subUnitRate.put("unit", "%");
        Map<String, Object> report = new HashMap<>(Map.of("id", "r", "reportYear", 2023,
                "indicators", java.util.List.of(placeRate, subUnitRate)));
        assertEquals(98.0, IndicatorRanking.rank(java.util.List.of(report), "mediation.success_rate", 2023, FigureSelection.ALL)
                .rows().get(0).get("value"), "the first stated rate is the place's");
        assertTrue(IndicatorRanking.rank(java.util.List.of(report), "mediation.success_rate", 2023, FigureSelection.of(null, "0.8"))
                .rows().isEmpty(), "read through its topic: dropped, and the sub-unit's 99.5 does not stand in");
    }
}
