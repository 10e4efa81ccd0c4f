package com.fazhi.reference.compliance;

import java.util.ArrayList;
import java.util.List;

import com.fazhi.contract.model.Compliance;
import com.fazhi.contract.model.Parts;

/** The regulation's deadline (31 March of the year after the report year), whether it was met, and missing parts. */
public final class ComplianceCalculator {

    private ComplianceCalculator() {
    }

    public static Compliance of(Integer reportYear, String publishedAt, Parts parts) {
        String deadline = reportYear == null ? null : (reportYear + 1) + "-03-31";
        Boolean onTime = deadline == null || publishedAt == null ? null : publishedAt.compareTo(deadline) <= 0;
        List<String> missing = new ArrayList<>();
        if (parts != null) {
            if (!parts.measures()) {
                missing.add("measures");
            }
            if (!parts.responsibility()) {
                missing.add("responsibility");
            }
            if (!parts.problems()) {
                missing.add("problems");
            }
            if (!parts.plans()) {
                missing.add("plans");
            }
        }
        return new Compliance(onTime, deadline, missing);
    }
}
