package com.fazhi.ingest;

import com.fazhi.stack.testing.EmbeddedPipelineResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The ingest contract against a real in-process KRaft broker and the in-memory Mongo-wire server. */
@QuarkusTest
@WithTestResource(EmbeddedPipelineResource.class)
class IngestApiTest extends IngestApiContract {
}
