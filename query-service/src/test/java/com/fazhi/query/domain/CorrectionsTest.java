package com.fazhi.query.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CorrectionsTest {

    static final String TEXT = "2023年,区政府常务会议会前学法12次,全年开展学习1000余场(次),调解纠纷860件。";

    static Map<String, Object> doc(String text) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", "00000000000000a1");
        doc.put("level", "department");
        doc.put("text", text);
        doc.put("indicators", List.of(
                Map.of("key", "law_study.sessions", "value", 1000, "unit", "次"),
                Map.of("key", "mediation.disputes", "value", 860, "unit", "件")));
        return doc;
    }

    static Map<String, Object> correction(String action, String field, String key, Object value, String quote, int start) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("target", field != null ? "field:" + field : "indicator:" + key + ("set".equals(action) ? ":set" : "=" + value));
        c.put("action", action);
        c.put("field", field);
        c.put("key", key);
        c.put("value", value);
        c.put("unit", "次");
        c.put("quote", quote);
        c.put("start", start);
        c.put("end", quote == null ? null : start + quote.length());
        c.put("before", "department");
        c.put("by", "li");
        c.put("at", "2026-12-02T06:30:00Z");
        return c;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> indicators(Map<String, Object> doc) {
        return (List<Map<String, Object>>) doc.get("indicators");
    }

    @Test
    void eachValueSaysWhetherItIsExtractedConfirmedOrCorrected() {
        String quote = "区政府常务会议会前学法12次";
        Map<String, Object> out = Corrections.apply(doc(TEXT), List.of(
                correction("reject", null, "law_study.sessions", 1000, null, 0),
                correction("confirm", null, "mediation.disputes", 860, null, 0),
                correction("set", null, "law_study.sessions", 12, quote, TEXT.indexOf(quote)),
                correction("set", "level", null, "county", null, 0)));
        assertEquals("county", out.get("level"));
        assertEquals(List.of("mediation.disputes=860:confirmed", "law_study.sessions=12:corrected"), indicators(out).stream()
                .map(i -> i.get("key") + "=" + i.get("value") + ":" + i.get("review")).toList());
        assertEquals(TEXT.indexOf(quote), indicators(out).get(1).get("start"));
        assertEquals(1000, ((List<Map<String, Object>>) (List<?>) out.get("rejectedIndicators")).get(0).get("value"));
        Map<?, ?> review = (Map<?, ?>) out.get("review");
        assertEquals(4, review.get("corrections"));
        assertEquals(List.of(), review.get("flagged"));
        assertEquals("department", ((Map<?, ?>) ((Map<?, ?>) review.get("fields")).get("level")).get("before"));
        assertEquals("department", doc(TEXT).get("level"), "the document itself is not changed");
    }

    @Test
    void withoutCorrectionsEveryFigureIsExtractedAndNothingElseChanges() {
        Map<String, Object> out = Corrections.apply(doc(TEXT), List.of());
        assertTrue(indicators(out).stream().allMatch(i -> "extracted".equals(i.get("review"))));
        assertNull(out.get("review"));
    }

    @Test
    void aCorrectionTheNewTextNoLongerHoldsIsFlaggedNotDropped() {
        String quote = "区政府常务会议会前学法12次";
        // a new extraction: the cleaner dropped a header, so the sentence moved; and the engine no longer reads 860
        String newText = "正文:" + TEXT.replace("调解纠纷860件", "调解纠纷若干");
        Map<String, Object> newDoc = doc(newText);
        newDoc.put("indicators", List.of(Map.of("key", "law_study.sessions", "value", 1000, "unit", "次")));
        Map<String, Object> out = Corrections.apply(newDoc, List.of(
                correction("confirm", null, "mediation.disputes", 860, null, 0),
                correction("set", null, "law_study.sessions", 12, quote, TEXT.indexOf(quote))));
        Map<String, Object> set = indicators(out).stream().filter(i -> "corrected".equals(i.get("review"))).findFirst().orElseThrow();
        assertEquals(newText.indexOf(quote), set.get("start"), "the sentence is found where it moved");
        List<?> flagged = (List<?>) ((Map<?, ?>) out.get("review")).get("flagged");
        assertEquals(1, flagged.size());
        assertEquals("indicator:mediation.disputes=860", ((Map<?, ?>) flagged.get(0)).get("target"));

        Map<String, Object> gone = Corrections.apply(doc("全新的文本"), List.of(
                correction("set", null, "law_study.sessions", 12, quote, TEXT.indexOf(quote))));
        assertEquals(1, ((List<?>) ((Map<?, ?>) gone.get("review")).get("flagged")).size());
        assertEquals(12, indicators(gone).stream().filter(i -> "corrected".equals(i.get("review"))).findFirst().orElseThrow()
                .get("value"), "still applied");
    }

    @Test
    void theResultDoesNotDependOnTheOrderTheCorrectionsArrivedIn() {
        String quote = "区政府常务会议会前学法12次";
        Map<String, Object> set = correction("set", null, "law_study.sessions", 1000, quote, TEXT.indexOf(quote));
        Map<String, Object> reject = correction("reject", null, "law_study.sessions", 1000, null, 0);
        for (List<Map<String, Object>> order : List.of(List.of(set, reject), List.of(reject, set))) {
            Map<String, Object> out = Corrections.apply(doc(TEXT), order);
            assertEquals(List.of("mediation.disputes=860:extracted", "law_study.sessions=1000:corrected"), indicators(out).stream()
                    .map(i -> i.get("key") + "=" + i.get("value") + ":" + i.get("review")).toList(),
                    "the rejection takes the engine's figure, never the analyst's");
        }
    }

    @Test
    void aCorrectedDateOrYearDecidesOnTimeAgain() {
        Map<String, Object> doc = doc(TEXT);
        doc.put("reportYear", 2023);
        doc.put("publishedAt", "2024-05-10");
        doc.put("compliance", Map.of("onTime", false, "deadline", "2024-03-31", "missingParts", List.of()));
        Map<String, Object> out = Corrections.apply(doc, List.of(correction("set", "publishedAt", null, "2024-03-20", null, 0)));
        assertEquals(true, ((Map<?, ?>) out.get("compliance")).get("onTime"));
        assertEquals(List.of(), ((Map<?, ?>) out.get("compliance")).get("missingParts"), "the rest of compliance stays");
        Map<String, Object> year = Corrections.apply(doc, List.of(correction("set", "reportYear", null, 2024, null, 0)));
        assertEquals("2025-03-31", ((Map<?, ?>) year.get("compliance")).get("deadline"));
        assertEquals(true, ((Map<?, ?>) year.get("compliance")).get("onTime"));
    }
}
