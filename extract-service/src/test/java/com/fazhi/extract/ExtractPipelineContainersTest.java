package com.fazhi.extract;

import org.testcontainers.junit.jupiter.Testcontainers;

import com.fazhi.stack.testing.ContainersPipelineResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The same contract against the real apache/kafka and mongo images; skipped where there is no Docker. */
@QuarkusTest
@Testcontainers(disabledWithoutDocker = true)
@WithTestResource(ContainersPipelineResource.class)
class ExtractPipelineContainersTest extends ExtractPipelineContract {
}
