package com.fazhi.contract.model;

import java.time.Instant;
import java.util.Map;

import org.bson.Document;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where the re-extraction run stands, as stored (collection {@code reextraction}, one document) and as the admin API
 * answers: {@code state} requested, running, done or failed (idle before any); {@code scope} stale or all;
 * {@code targetVersion} the extractor version the run brings documents to (the one extract-service runs);
 * {@code checked} of {@code total} raw reports looked at, {@code upToDate} of them already made by that version,
 * {@code published} sent to {@code reports.raw} again; rate and ETA; who asked, when, and when the run last reported.
 */
public record ReextractionStatus(String state, String scope, String targetVersion, long total, long checked, long upToDate,
        long published, double perSecond, Long etaSeconds, String requestedAt, String startedAt, String finishedAt,
        String error, String startedBy, String updatedAt) {

    /** The one document's id in its collection. */
    public static final String ID = "latest";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    public static ReextractionStatus idle() {
        return new ReextractionStatus("idle", null, null, 0, 0, 0, 0, 0, null, null, null, null, null, null, null);
    }

    /** A request recorded before extract-service takes it up. */
    public static ReextractionStatus requested(ReextractionRequest request) {
        return new ReextractionStatus("requested", request.all() ? "all" : "stale", null, 0, 0, 0, 0, 0, null,
                request.requestedAt(), null, null, null, request.requestedBy(), Instant.now().toString());
    }

    public boolean active() {
        return "requested".equals(state) || "running".equals(state);
    }

    /** The stored form: the record's fields, under the one id. */
    public Document toBson() {
        Document doc = new Document(JSON.convertValue(this, MAP));
        doc.put("_id", ID);
        return doc;
    }

    public static ReextractionStatus fromBson(Document doc) {
        if (doc == null) {
            return idle();
        }
        Map<String, Object> fields = new java.util.HashMap<>(doc);
        fields.remove("_id");
        return JSON.convertValue(fields, ReextractionStatus.class);
    }
}
