package com.fazhi.query.domain;

import java.util.List;
import java.util.Map;

/** One page of results with the total count for the filters. */
public record Page(long total, int page, int size, List<Map<String, Object>> items) {
}
