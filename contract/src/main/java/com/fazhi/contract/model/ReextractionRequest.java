package com.fazhi.contract.model;

/**
 * A request to re-extract the stored raw reports, the message on {@code reports.reextract}: every one ({@code all}) or
 * those whose document an older extractor made; who asked (the admin key's name) and when (ISO-8601).
 */
public record ReextractionRequest(boolean all, String requestedBy, String requestedAt) {
}
