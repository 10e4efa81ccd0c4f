package com.fazhi.contract.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A raw report as a crawler fetched it: the message on the {@code reports.raw} topic and the input of the engine.
 * Exactly one of {@code text}, {@code html} or {@code bytes} carries the document; {@code contentType} says what
 * {@code bytes} holds. {@code bytes} travels as base64 in JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RawReport(
        String id,
        String url,
        String fetchedAt,
        String source,
        String title,
        String contentType,
        String text,
        String html,
        byte[] bytes,
        String receivedAt) {

    public RawReport withId(String newId) {
        return new RawReport(newId, url, fetchedAt, source, title, contentType, text, html, bytes, receivedAt);
    }
}
