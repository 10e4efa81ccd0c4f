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

    @Test
    void namedKeysCarryTheirRoleAndBareKeysAreAdmins() {
        ApiKeys keys = new ApiKeys("spider:crawler:crawler-key-aaaaaaaaaa, li:analyst:analyst-key-bbbbbbbbbb, legacy-key-cccccccccc");
        assertEquals(new ApiKeys.Caller("spider", Role.CRAWLER), keys.callerOf("crawler-key-aaaaaaaaaa").orElseThrow());
        assertEquals(new ApiKeys.Caller("li", Role.ANALYST), keys.callerOf("analyst-key-bbbbbbbbbb").orElseThrow());
        assertEquals(new ApiKeys.Caller("key-3", Role.ADMIN), keys.callerOf("legacy-key-cccccccccc").orElseThrow());
        assertTrue(keys.callerOf("spider:crawler:crawler-key-aaaaaaaaaa").isEmpty(), "the entry is not the key");
        assertTrue(Role.ADMIN.allows(Role.ANALYST) && Role.ADMIN.allows(Role.CRAWLER));
        assertFalse(Role.CRAWLER.allows(Role.ANALYST) || Role.ANALYST.allows(Role.CRAWLER) || Role.ANALYST.allows(Role.ADMIN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ApiKeys("x:reader:some-key-0123456789"));
        assertTrue(e.getMessage().contains("reader"));
    }
}
