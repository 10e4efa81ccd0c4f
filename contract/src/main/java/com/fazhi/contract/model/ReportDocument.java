package com.fazhi.contract.model;

import java.time.Instant;

/**
 * One stored report as the services agree on it: extract-service writes it to the {@code reports} collection and
 * announces it on {@code reports.extracted}; query-service and ingest-service read it. It is the engine's
 * {@link ExtractedReport} with where it came from ({@link Source}), when it was extracted, and the MinHash
 * {@link Fingerprint} of its text (for grouping reposts). {@link #SCHEMA_VERSION} says which shape this is: a reader
 * refuses a document of a newer shape than it knows rather than misread it. {@link ReportDocumentCodec} is its one
 * encoding, to BSON for the store and to JSON for the topic.
 */
public record ReportDocument(String id, int schemaVersion, ExtractedReport report, Source source, Instant extractedAt,
        Fingerprint fingerprint) {

    /** The shape this code writes and reads; a document or event without the field is of version 1. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * Where a report came from: the crawler's page, when it was fetched and received, and the name of the API key that
     * sent it in ({@code ingestedBy}).
     */
    public record Source(String url, String crawler, String fetchedAt, String receivedAt, String pageTitle,
            String contentType, String ingestedBy) {

        public static Source of(RawReport raw) {
            return new Source(raw.url(), raw.source(), raw.fetchedAt(), raw.receivedAt(), raw.title(), raw.contentType(),
                    raw.ingestedBy());
        }
    }

    /** The MinHash signature of a report's cleaned text: the Base64 of its minima and how many shingles it had. */
    public record Fingerprint(String minhash, int shingles) {
    }

    public static ReportDocument of(RawReport raw, ExtractedReport report, Instant extractedAt, Fingerprint fingerprint) {
        return new ReportDocument(raw.id(), SCHEMA_VERSION, report, Source.of(raw), extractedAt, fingerprint);
    }
}
