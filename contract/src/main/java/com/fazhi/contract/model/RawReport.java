package com.fazhi.contract.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A raw report as a crawler fetched it: the message on the {@code reports.raw} topic and the input of the engine.
 * Exactly one of {@code text}, {@code html} or {@code bytes} carries the document; {@code contentType} says what
 * {@code bytes} holds. {@code bytes} travels as base64 in JSON. {@code ingestedBy} is the name of the API key that sent
 * it, set by ingest-service (never by the crawler's input): with {@code receivedAt}, who wrote it and when.
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
        String receivedAt,
        String ingestedBy) {

    /** A report not (yet) taken through ingest's API: no key sent it. */
    public RawReport(String id, String url, String fetchedAt, String source, String title, String contentType, String text,
            String html, byte[] bytes, String receivedAt) {
        this(id, url, fetchedAt, source, title, contentType, text, html, bytes, receivedAt, null);
    }

    public RawReport withId(String newId) {
        return new RawReport(newId, url, fetchedAt, source, title, contentType, text, html, bytes, receivedAt, ingestedBy);
    }

    public RawReport withIngestedBy(String keyName) {
        return new RawReport(id, url, fetchedAt, source, title, contentType, text, html, bytes, receivedAt, keyName);
    }
}
