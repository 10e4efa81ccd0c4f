package com.fazhi.query;

import com.fazhi.stack.testing.EmbeddedMongoResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The query contract against the in-memory Mongo-wire server, spoken to by the real driver. */
@QuarkusTest
@WithTestResource(EmbeddedMongoResource.class)
class QueryApiTest extends QueryApiContract {
}
