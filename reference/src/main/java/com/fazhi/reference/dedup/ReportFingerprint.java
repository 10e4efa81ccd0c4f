package com.fazhi.reference.dedup;

import com.fazhi.contract.model.ReportDocument;

/**
 * How a stored report document carries its text's {@link MinHash.Signature}: its {@link ReportDocument.Fingerprint}
 * (the Base64 of the 128 minima and the shingle count). extract-service writes it (computed once, on its extraction
 * pool); query-service reads it to group reposts, and makes it from the text for a document stored before the field
 * existed.
 */
public final class ReportFingerprint {

    private ReportFingerprint() {
    }

    public static ReportDocument.Fingerprint toContract(MinHash.Signature signature) {
        return new ReportDocument.Fingerprint(signature.encodedMinima(), signature.shingles());
    }

    /** The signature a document's fingerprint holds, or the one its text gives when it is missing or unreadable. */
    public static MinHash.Signature of(ReportDocument.Fingerprint fingerprint, String text) {
        if (fingerprint != null && fingerprint.minhash() != null) {
            try {
                return MinHash.Signature.decode(fingerprint.minhash(), fingerprint.shingles());
            } catch (IllegalArgumentException e) {
                // a damaged field: fall back to the text
            }
        }
        return MinHash.of(text == null ? "" : text);
    }
}
