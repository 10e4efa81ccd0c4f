package com.fazhi.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fazhi.reference.search.SearchTerms;

class SearchTermsTest {

    @Test
    void hanBigramsAndLatinWords() {
        assertEquals(Set.of("行政", "政复", "复议", "app", "12348"), SearchTerms.of("行政复议,APP 12348"));
        assertEquals(Set.of("调解"), SearchTerms.ofQuery("调解"));
        assertEquals(Set.of("调"), SearchTerms.ofQuery("调"));
    }

    @Test
    void countsEachTermAsOftenAsItOccurs() {
        assertEquals(Map.of("调解", 2, "解率", 1, "解员", 1, "app", 2), SearchTerms.counts("调解率 app 调解员 App"));
    }
}
