package com.fazhi.extract;

import com.fazhi.stack.testing.EmbeddedPipelineResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The extract-service contract against a real in-process KRaft broker and the in-memory Mongo-wire server. */
@QuarkusTest
@WithTestResource(EmbeddedPipelineResource.class)
class ExtractPipelineTest extends ExtractPipelineContract {
}
