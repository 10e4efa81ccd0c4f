package com.fazhi.query.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.QueryParam;

import org.junit.jupiter.api.Test;

class ReportFiltersTest {

    @Test
    void everyFilterIsADocumentedQueryParameterAndEveryParameterAFilter() throws Exception {
        Class<?> params = Class.forName("com.fazhi.query.api.FilterParams");
        List<String> documented = Arrays.stream(params.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(QueryParam.class)).map(f -> f.getAnnotation(QueryParam.class).value())
                .sorted().toList();
        assertEquals(ReportFilters.ALL.stream().map(FilterField::parameter).sorted().toList(), documented);
    }

    @Test
    void valuesAreCheckedAndNormalisedWithTheirReason() {
        ReportFilter f = ReportFilter.parse(Map.of("province", "江苏", "code", " 3206 ", "year", "2023", "onTime", "false"));
        assertEquals("江苏省", f.get("province"));
        assertEquals("3206", f.get("code"));
        assertEquals(2023, f.year());
        assertEquals("false", f.get("onTime"));
        InvalidQueryException bad = assertThrows(InvalidQueryException.class, () -> ReportFilter.of("level", "village"));
        assertTrue(bad.getMessage().startsWith("level must be one of"), bad.getMessage());
        assertThrows(InvalidQueryException.class, () -> ReportFilter.parse(Map.of("yearFrom", "2024", "yearTo", "2020")));
        assertThrows(InvalidQueryException.class, () -> ReportFilter.of("hasIndicator", "no.such.key"));
        assertThrows(IllegalArgumentException.class, () -> ReportFilter.of("colour", "red"), "no filter of that name");
        assertEquals(ReportFilter.NONE, ReportFilter.parse(Map.of()));
    }
}
