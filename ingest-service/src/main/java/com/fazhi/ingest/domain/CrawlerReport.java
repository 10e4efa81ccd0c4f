package com.fazhi.ingest.domain;

/**
 * What a crawler sends as JSON: where and when it fetched the report, and the document as exactly one of
 * {@code text}, {@code html} or {@code bytes} (base64, with {@code contentType}).
 */
public record CrawlerReport(
        String url,
        String fetchedAt,
        String source,
        String title,
        String text,
        String html,
        String bytes,
        String contentType) {
}
