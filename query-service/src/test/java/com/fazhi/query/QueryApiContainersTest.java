package com.fazhi.query;

import org.testcontainers.junit.jupiter.Testcontainers;

import com.fazhi.stack.testing.ContainersPipelineResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The same contract against the real mongo image; skipped where there is no Docker. */
@QuarkusTest
@Testcontainers(disabledWithoutDocker = true)
@WithTestResource(ContainersPipelineResource.class)
class QueryApiContainersTest extends QueryApiContract {
}
