package com.fazhi.query.domain;

import java.util.Collection;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One report filter, declared once in {@link ReportFilters}: its query parameter, what it means (for the API's
 * documentation), how a value is checked and normalised ({@code parse}: null for "any", an
 * {@link InvalidQueryException} for a bad value), and the values a report has for it ({@code valuesOf}: what the
 * bitmap index keeps). A filter selects the reports that have its value; a range filter ({@code accepts} set) selects
 * the reports with any indexed value it accepts.
 */
public record FilterField(String parameter, String description, UnaryOperator<String> parse,
        Function<ReportSummary, Collection<String>> valuesOf, BiPredicate<String, String> accepts) {

    /** A filter that selects by equal value. */
    static FilterField equality(String parameter, String description, UnaryOperator<String> parse,
            Function<ReportSummary, Collection<String>> valuesOf) {
        return new FilterField(parameter, description, parse, valuesOf, null);
    }

    public boolean byEquality() {
        return accepts == null;
    }
}
