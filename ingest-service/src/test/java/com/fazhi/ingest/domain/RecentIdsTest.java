package com.fazhi.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecentIdsTest {

    @Test
    void remembersUpToItsCapacityForgettingTheLeastRecentlySeen() {
        RecentIds ids = new RecentIds(2);
        ids.add("a");
        ids.add("b");
        assertTrue(ids.contains("a")); // a is now more recent than b
        ids.add("c");
        assertEquals(2, ids.size());
        assertTrue(ids.contains("a"));
        assertFalse(ids.contains("b"), "the least recently seen id is forgotten first");
        assertTrue(ids.contains("c"));
    }
}
