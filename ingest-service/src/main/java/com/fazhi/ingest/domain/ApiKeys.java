package com.fazhi.ingest.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys allowed to write, from a comma-separated list (environment {@code INGEST_API_KEYS}). Only their SHA-256
 * digests are kept; a presented key is digested and compared with every one in constant time
 * ({@link MessageDigest#isEqual}), so neither the length nor the first differing byte of a key leaks through timing.
 * Keys are never logged or echoed.
 */
public final class ApiKeys {

    /** Shorter keys are refused at start: they could be guessed. */
    public static final int MIN_LENGTH = 16;

    private final List<byte[]> digests = new ArrayList<>();

    public ApiKeys(String commaSeparated) {
        if (commaSeparated == null) {
            return;
        }
        for (String key : commaSeparated.split(",")) {
            String trimmed = key.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.length() < MIN_LENGTH) {
                throw new IllegalArgumentException("an API key in INGEST_API_KEYS is shorter than " + MIN_LENGTH + " characters");
            }
            digests.add(digest(trimmed));
        }
    }

    public boolean isEmpty() {
        return digests.isEmpty();
    }

    public int size() {
        return digests.size();
    }

    public boolean accepts(String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        byte[] candidate = digest(presented.strip());
        boolean match = false;
        for (byte[] known : digests) {
            match |= MessageDigest.isEqual(known, candidate); // no early exit: every key is compared
        }
        return match;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
