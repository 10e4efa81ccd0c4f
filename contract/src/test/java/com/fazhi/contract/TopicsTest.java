package com.fazhi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void theThreeTopicsWithTheirPolicies() {
        assertEquals(List.of("reports.raw", "reports.extracted", "reports.dlq"),
                Topics.all().stream().map(Topics.Topic::name).toList());
        assertEquals("compact", Topics.named("reports.extracted").config().get("cleanup.policy"));
        assertTrue(Topics.named("reports.raw").config().containsKey("retention.ms"), "reports.raw expires");
        Topics.all().forEach(t -> assertEquals("16777216", t.config().get("max.message.bytes"), t.name()));
        Topics.all().forEach(t -> assertTrue(t.partitions() > 0, t.name()));
    }

    @Test
    void anUndeclaredTopicIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Topics.named("reports.other"));
        assertTrue(e.getMessage().contains("reports.other"));
    }
}
