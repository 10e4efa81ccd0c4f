package com.fazhi.ingest.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The keys allowed to write, from a comma-separated list (environment {@code INGEST_API_KEYS}) of
 * {@code name:role:key} entries (role {@code crawler}, {@code analyst} or {@code admin}, see {@link Role}); a bare
 * {@code key} is an admin key named {@code key-N} (how keys were written before roles). Only the keys' SHA-256
 * digests are kept; a presented key is digested and compared with every one in constant time
 * ({@link MessageDigest#isEqual}), so neither the length nor the first differing byte of a key leaks through timing.
 * Keys are never logged or echoed; their names are what the audit trail records.
 */
public final class ApiKeys {

    /** Shorter keys are refused at start: they could be guessed. */
    public static final int MIN_LENGTH = 16;

    /** Who presented a key: its name and its role. */
    public record Caller(String name, Role role) {
    }

    private record Entry(byte[] digest, Caller caller) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public ApiKeys(String commaSeparated) {
        if (commaSeparated == null) {
            return;
        }
        for (String item : commaSeparated.split(",")) {
            String trimmed = item.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] parts = trimmed.split(":", 3);
            String key = parts.length == 3 ? parts[2].strip() : trimmed;
            Caller caller = parts.length == 3 ? new Caller(parts[0].strip(), Role.parse(parts[1]))
                    : new Caller("key-" + (entries.size() + 1), Role.ADMIN);
            if (key.length() < MIN_LENGTH) {
                throw new IllegalArgumentException("an API key in INGEST_API_KEYS is shorter than " + MIN_LENGTH + " characters");
            }
            if (caller.name().isEmpty()) {
                throw new IllegalArgumentException("an API key in INGEST_API_KEYS has an empty name (name:role:key)");
            }
            entries.add(new Entry(digest(key), caller));
        }
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int size() {
        return entries.size();
    }

    public boolean accepts(String presented) {
        return callerOf(presented).isPresent();
    }

    /** The caller a presented key belongs to; empty for a missing or unknown key. */
    public Optional<Caller> callerOf(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        byte[] candidate = digest(presented.strip());
        Caller found = null;
        for (Entry known : entries) {
            if (MessageDigest.isEqual(known.digest(), candidate) && found == null) { // no early exit: every key is compared
                found = known.caller();
            }
        }
        return Optional.ofNullable(found);
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
