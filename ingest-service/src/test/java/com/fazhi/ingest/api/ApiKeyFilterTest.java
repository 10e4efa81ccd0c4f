package com.fazhi.ingest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fazhi.ingest.domain.Role;

class ApiKeyFilterTest {

    @Test
    void theRoleAPathNeedsDoesNotChangeWithItsSpelling() {
        assertEquals(Role.ANALYST, ApiKeyFilter.requiredRole("/api/reports/00000000000000a1/corrections"));
        assertEquals(Role.ANALYST, ApiKeyFilter.requiredRole("/api/reports/00000000000000a1/corrections/"));
        assertEquals(Role.ANALYST, ApiKeyFilter.requiredRole("/api/reports/00000000000000a1/corrections;x=1"));
        assertEquals(Role.ADMIN, ApiKeyFilter.requiredRole("/admin/reextract"));
        assertEquals(Role.CRAWLER, ApiKeyFilter.requiredRole("/api/reports"));
        assertEquals(Role.CRAWLER, ApiKeyFilter.requiredRole("/api/reports/batch"));
    }
}
