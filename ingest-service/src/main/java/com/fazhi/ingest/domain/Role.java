package com.fazhi.ingest.domain;

/**
 * What an API key may do: a {@code crawler} sends reports, an {@code analyst} corrects what the engine read, an
 * {@code admin} runs re-extraction and may do everything the others may.
 */
public enum Role {
    CRAWLER, ANALYST, ADMIN;

    public boolean allows(Role required) {
        return this == ADMIN || this == required;
    }

    public static Role parse(String name) {
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(name.strip())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + name + "' (crawler, analyst or admin)");
    }
}
