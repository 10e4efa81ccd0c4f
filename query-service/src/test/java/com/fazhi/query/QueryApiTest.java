package com.fazhi.query;

import com.fazhi.stack.testing.EmbeddedPipelineResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The query contract against a real in-process broker and the in-memory Mongo-wire server, spoken to by the real driver. */
@QuarkusTest
@WithTestResource(EmbeddedPipelineResource.class)
class QueryApiTest extends QueryApiContract {
}
