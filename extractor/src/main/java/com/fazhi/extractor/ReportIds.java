package com.fazhi.extractor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fazhi.extractor.clean.BoilerplateCleaner;
import com.fazhi.extractor.normalize.TextNormalizer;

/**
 * A report's id: a stable hash of its normalised text (NFKC, page furniture such as breadcrumbs and footers dropped,
 * whitespace removed), so the same report sent twice, from two URLs or two sites' pages, or re-wrapped, is one report. Bytes that hold no readable text are hashed as they are.
 */
public final class ReportIds {

    private static final int HEX_LENGTH = 16;

    private ReportIds() {
    }

    public static String ofText(String text) {
        String normalised = BoilerplateCleaner.clean(TextNormalizer.normalize(text));
        StringBuilder compact = new StringBuilder(normalised.length());
        normalised.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(compact::appendCodePoint);
        return ofBytes(compact.toString().getBytes(StandardCharsets.UTF_8));
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
