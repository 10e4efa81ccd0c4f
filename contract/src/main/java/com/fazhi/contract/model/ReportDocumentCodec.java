package com.fazhi.contract.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.types.Binary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one encoding of a {@link ReportDocument}. Its fields are flat, as the spec's report is: the engine's fields
 * ({@code title}, {@code region}, {@code indicators}, {@code text} …) at the top, beside {@code schemaVersion},
 * {@code source}, {@code extractedAt} and {@code fingerprint}. In MongoDB the id is {@code _id} and
 * {@code extractedAt} a date; on the {@code reports.extracted} topic the id is the record's key and the body JSON;
 * as JSON values (what the API serves) the id is {@code id} and {@code extractedAt} an ISO-8601 string. Fields a
 * reader does not know (a store-only {@code searchTerms}, an analyst's {@code review}) are ignored when decoding.
 */
public final class ReportDocumentCodec {

    /** Thrown for a body that is not a report document of a shape this code knows. */
    public static final class UnreadableDocumentException extends IllegalArgumentException {
        UnreadableDocumentException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final String ID = "id";
    private static final String MONGO_ID = "_id";
    private static final String SCHEMA = "schemaVersion";
    private static final String SOURCE = "source";
    private static final String EXTRACTED_AT = "extractedAt";
    private static final String FINGERPRINT = "fingerprint";

    private ReportDocumentCodec() {
    }

    /** The document as JSON values with its {@code id}: what the API serves. */
    public static Map<String, Object> toJsonValues(ReportDocument doc) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(ID, doc.id());
        out.putAll(fields(doc));
        if (doc.extractedAt() != null) {
            out.put(EXTRACTED_AT, doc.extractedAt().toString());
        }
        return out;
    }

    /** The body of the document's {@code reports.extracted} event (its key is the id). */
    public static String toEventJson(ReportDocument doc) {
        Map<String, Object> body = toJsonValues(doc);
        body.remove(ID);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report document could not be written as JSON", e);
        }
    }

    public static ReportDocument fromEventJson(String id, String json) {
        Map<String, Object> values;
        try {
            values = JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new UnreadableDocumentException("report " + id + ": the event is not JSON: " + e.getOriginalMessage(), e);
        }
        if (values == null) {
            throw new UnreadableDocumentException("report " + id + ": the event is empty", null);
        }
        values.put(ID, id);
        return fromJsonValues(values);
    }

    /** The document for the {@code reports} collection: {@code _id}, and {@code extractedAt} as a date. */
    public static Document toBson(ReportDocument doc) {
        Document out = new Document(MONGO_ID, doc.id());
        out.putAll(fields(doc));
        if (doc.extractedAt() != null) {
            out.put(EXTRACTED_AT, Date.from(doc.extractedAt()));
        }
        return out;
    }

    public static ReportDocument fromBson(Document stored) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(ID, stored.get(MONGO_ID) == null ? null : stored.get(MONGO_ID).toString());
        stored.forEach((k, v) -> {
            if (!k.equals(MONGO_ID)) {
                values.put(k, jsonValue(v));
            }
        });
        return fromJsonValues(values);
    }

    /** A document from its JSON values (with {@code id}); refuses a newer shape than {@link ReportDocument#SCHEMA_VERSION}. */
    public static ReportDocument fromJsonValues(Map<String, Object> values) {
        Object id = values.get(ID);
        int schema = values.get(SCHEMA) instanceof Number n ? n.intValue() : 1;
        if (schema > ReportDocument.SCHEMA_VERSION) {
            throw new UnreadableDocumentException("report " + id + " has schema version " + schema
                    + ", newer than this reader's " + ReportDocument.SCHEMA_VERSION, null);
        }
        try {
            ExtractedReport report = JSON.convertValue(values, ExtractedReport.class);
            ReportDocument.Source source = values.get(SOURCE) == null ? null
                    : JSON.convertValue(values.get(SOURCE), ReportDocument.Source.class);
            ReportDocument.Fingerprint fingerprint = values.get(FINGERPRINT) == null ? null
                    : JSON.convertValue(values.get(FINGERPRINT), ReportDocument.Fingerprint.class);
            Instant extractedAt = values.get(EXTRACTED_AT) instanceof String s ? Instant.parse(s)
                    : values.get(EXTRACTED_AT) instanceof Number n ? Instant.ofEpochMilli(n.longValue()) : null;
            return new ReportDocument(id == null ? null : id.toString(), schema, report, source, extractedAt, fingerprint);
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new UnreadableDocumentException("report " + id + " is not a report document: " + e.getMessage(), e);
        }
    }

    /** The flat fields every encoding shares (without the id and extractedAt, which each encodes its own way). */
    private static Map<String, Object> fields(ReportDocument doc) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(SCHEMA, doc.schemaVersion());
        if (doc.report() != null) {
            out.putAll(JSON.convertValue(doc.report(), MAP));
        }
        if (doc.source() != null) {
            out.put(SOURCE, JSON.convertValue(doc.source(), MAP));
        }
        if (doc.fingerprint() != null) {
            out.put(FINGERPRINT, JSON.convertValue(doc.fingerprint(), MAP));
        }
        return out;
    }

    private static Object jsonValue(Object value) {
        if (value instanceof Map<?, ?> nested) {
            Map<String, Object> out = new LinkedHashMap<>();
            nested.forEach((k, v) -> out.put(String.valueOf(k), jsonValue(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(jsonValue(v)));
            return out;
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        if (value instanceof Binary) {
            return null;
        }
        return value;
    }
}
