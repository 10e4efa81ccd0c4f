package com.fazhi.extract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.bson.BsonDocument;
import org.bson.BsonMaximumSizeExceededException;
import org.junit.jupiter.api.Test;

import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;

/** The one failure decision, on the exceptions the real MongoDB driver and Kafka client throw. */
class FailurePolicyTest {

    private static final ServerAddress MONGO = new ServerAddress("mongo", 27017);

    private static MongoWriteException writeError(int code) {
        return new MongoWriteException(new WriteError(code, "error " + code, new BsonDocument()), MONGO, List.of());
    }

    @Test
    void storeAndBrokerOutagesAreTransient() {
        assertEquals(FailureKind.TRANSIENT, FailurePolicy.classify(new MongoSocketOpenException("refused", MONGO)));
        assertEquals(FailureKind.TRANSIENT, FailurePolicy.classify(
                new MongoSocketReadTimeoutException("slow", MONGO, new java.net.SocketTimeoutException())));
        assertEquals(FailureKind.TRANSIENT, FailurePolicy.classify(new MongoTimeoutException("no server in 30 s")));
        assertEquals(FailureKind.TRANSIENT, FailurePolicy.classify(new MongoNotPrimaryException(new BsonDocument(), MONGO)));
        assertEquals(FailureKind.TRANSIENT, FailurePolicy.classify(writeError(11000)), "two upserts of one new id raced");
        assertEquals(FailureKind.TRANSIENT, FailurePolicy.classify(new TimeoutException("metadata not available")));
        assertEquals(FailureKind.TRANSIENT, FailurePolicy.classify(new NotLeaderOrFollowerException("leader moved")));
        assertEquals(FailureKind.TRANSIENT, FailurePolicy.classify(
                new CompletionException(new TimeoutException("expired before send"))), "a wrapped cause decides");
    }

    @Test
    void writesRefusedForGoodAndBadInputAreBadRecords() {
        assertEquals(FailureKind.BAD_RECORD, FailurePolicy.classify(writeError(121)), "document failed validation");
        assertEquals(FailureKind.BAD_RECORD, FailurePolicy.classify(new BsonMaximumSizeExceededException("17 MB")));
        assertEquals(FailureKind.BAD_RECORD, FailurePolicy.classify(new RecordTooLargeException("too large")));
        assertEquals(FailureKind.BAD_RECORD, FailurePolicy.classify(new TopicAuthorizationException("denied")));
        assertEquals(FailureKind.BAD_RECORD, FailurePolicy.classify(new MalformedMessageException("not JSON", null)));
        assertEquals(FailureKind.BAD_RECORD, FailurePolicy.classify(new ExtractionFailedException("engine failed")));
        assertEquals(FailureKind.BAD_RECORD, FailurePolicy.classify(
                new IllegalStateException("wrapped", new RecordTooLargeException("too large"))));
    }

    @Test
    void interruptsAndUnknownFailuresAreRedelivered() {
        assertEquals(FailureKind.SHUTTING_DOWN, FailurePolicy.classify(new MongoInterruptedException("stopping", null)));
        assertEquals(FailureKind.SHUTTING_DOWN, FailurePolicy.classify(
                new IllegalStateException("interrupted while waiting to retry", new InterruptedException())));
        assertEquals(FailureKind.SHUTTING_DOWN, FailurePolicy.classify(new IllegalStateException("emitter closed")),
                "a failure no rule knows is not acknowledged, so it is never lost");
    }

    @Test
    void theRetrierRetriesTransientFailuresOnlyAndReportsWhatIsFailing() throws Exception {
        Retrier retrier = new Retrier(Duration.ofMillis(1), Duration.ofMillis(2));
        AtomicInteger calls = new AtomicInteger();
        String result = retrier.run("mongodb", () -> {
            if (calls.incrementAndGet() < 3) {
                assertTrue(calls.get() == 1 || retrier.failing().contains("mongodb"), "failing while retried");
                throw new MongoSocketOpenException("refused", MONGO);
            }
            return "written";
        });
        assertEquals("written", result);
        assertEquals(3, calls.get());
        assertTrue(retrier.failing().isEmpty(), "ready again after the write went through");

        // a write that succeeds while another on the same resource is being retried does not make it look ready
        java.util.concurrent.CountDownLatch retryingNow = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread slow = new Thread(() -> retrier.run("mongodb", () -> {
            if (release.getCount() > 0) {
                retryingNow.countDown();
                throw new MongoSocketOpenException("refused", MONGO);
            }
            return "written";
        }));
        slow.start();
        try {
            assertTrue(retryingNow.await(5, java.util.concurrent.TimeUnit.SECONDS));
            while (!retrier.failing().contains("mongodb")) {
                Thread.onSpinWait();
            }
            retrier.run("mongodb", () -> "another write goes through");
            assertTrue(retrier.failing().contains("mongodb"), "still retrying the first write");
        } finally {
            release.countDown();
            slow.join(5000);
        }
        assertTrue(retrier.failing().isEmpty());

        AtomicInteger badCalls = new AtomicInteger();
        assertThrows(RecordTooLargeException.class, () -> retrier.run("reports.extracted", () -> {
            badCalls.incrementAndGet();
            throw new RecordTooLargeException("too large");
        }));
        assertEquals(1, badCalls.get(), "a bad record is not retried");
    }
}
