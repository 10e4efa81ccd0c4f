package com.fazhi.ingest.domain;

/** The answer to one accepted submission: the report's id, and whether the report had been taken before. */
public record IntakeResult(String id, boolean duplicate) {
}
