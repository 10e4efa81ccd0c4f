package com.fazhi.extractor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;


/**
 * A report's id: a stable hash of its text as {@link IdNormalizer} (its own frozen normaliser) makes it, so the same
 * report sent twice, from two URLs or two sites' pages, or re-wrapped, is one report, whatever the cleaner becomes. Bytes that hold no readable text are hashed as they are.
 */
public final class ReportIds {

    private static final int HEX_LENGTH = 16;

    private ReportIds() {
    }

    public static String ofText(String text) {
        return ofBytes(IdNormalizer.normalize(text).getBytes(StandardCharsets.UTF_8));
    }

    public static String ofBytes(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest).substring(0, HEX_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
