package com.fazhi.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void acceptsEachConfiguredKeyAndNothingElse() {
        ApiKeys keys = new ApiKeys(" crawler-key-aaaaaaaaaa , admin-key-bbbbbbbbbbbb,, ");
        assertEquals(2, keys.size());
        assertTrue(keys.accepts("crawler-key-aaaaaaaaaa"));
        assertTrue(keys.accepts("admin-key-bbbbbbbbbbbb"));
        assertFalse(keys.accepts("crawler-key-aaaaaaaaab"));
        assertFalse(keys.accepts("crawler-key-aaaaaaaaaa,admin-key-bbbbbbbbbbbb"));
        assertFalse(keys.accepts(""));
        assertFalse(keys.accepts(null));
    }

    @Test
    void noKeysAcceptsNothingAndShortKeysAreRefused() {
        assertTrue(new ApiKeys(null).isEmpty());
        assertFalse(new ApiKeys("").accepts(""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ApiKeys("tinyKey7"));
        assertFalse(e.getMessage().contains("tinyKey7"), "the key itself is not echoed");
    }
}
