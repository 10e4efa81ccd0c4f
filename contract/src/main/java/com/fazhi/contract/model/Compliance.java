package com.fazhi.contract.model;

import java.util.List;

/** Publication deadline (31 March of the year after the report year), whether it was met, and the missing parts. */
public record Compliance(Boolean onTime, String deadline, List<String> missingParts) {
}
