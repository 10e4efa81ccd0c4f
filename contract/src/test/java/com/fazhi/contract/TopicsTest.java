package com.fazhi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void theFiveTopicsWithTheirPolicies() {
        assertEquals(List.of("reports.raw", "reports.extracted", "reports.dlq", "reports.corrections", "reports.reextract"),
                Topics.all().stream().map(Topics.Topic::name).toList());
        assertEquals("compact", Topics.named("reports.extracted").config().get("cleanup.policy"));
        assertEquals("compact", Topics.named("reports.corrections").config().get("cleanup.policy"), "corrections are kept for ever");
        assertTrue(Topics.named("reports.raw").config().containsKey("retention.ms"), "reports.raw expires");
        assertEquals("1", String.valueOf(Topics.named("reports.reextract").partitions()), "one instance takes each re-extraction request");
        List.of("reports.raw", "reports.extracted", "reports.dlq").forEach(t ->
                assertEquals("16777216", Topics.named(t).config().get("max.message.bytes"), t + " carries whole reports"));
        Topics.all().forEach(t -> assertTrue(t.partitions() > 0, t.name()));
    }

    @Test
    void anUndeclaredTopicIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Topics.named("reports.other"));
        assertTrue(e.getMessage().contains("reports.other"));
    }
}
