package com.fazhi.ingest.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One line of an NDJSON batch: its number (from 1), the status it would have had alone, and its id or error. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchLineResult(int line, int status, String id, Boolean duplicate, String error) {
}
