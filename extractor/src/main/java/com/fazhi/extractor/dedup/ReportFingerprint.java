package com.fazhi.extractor.dedup;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a stored report document carries its text's {@link MinHash.Signature}: field {@value #FIELD} =
 * {@code {"minhash": "<Base64 of the 128 minima>", "shingles": N}}. extract-service writes it (computed once, on its
 * extraction pool); query-service reads it to group reposts, and makes it from the text for a document stored before
 * the field existed.
 */
public final class ReportFingerprint {

    public static final String FIELD = "fingerprint";

    private ReportFingerprint() {
    }

    public static Map<String, Object> toDocument(MinHash.Signature signature) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("minhash", signature.encodedMinima());
        out.put("shingles", signature.shingles());
        return out;
    }

    /** The signature a document's field holds, or the one its text gives when the field is missing or unreadable. */
    public static MinHash.Signature of(Object field, String text) {
        if (field instanceof Map<?, ?> m && m.get("minhash") instanceof String minima && m.get("shingles") instanceof Number n) {
            try {
                return MinHash.Signature.decode(minima, n.intValue());
            } catch (IllegalArgumentException e) {
                // a damaged field: fall back to the text
            }
        }
        return MinHash.of(text == null ? "" : text);
    }
}
