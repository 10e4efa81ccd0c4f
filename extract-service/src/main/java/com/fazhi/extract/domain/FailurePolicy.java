package com.fazhi.extract.domain;

import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.RetriableException;
import org.bson.BsonSerializationException;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/**
 * The one place extract-service decides what a failure means (after Debezium's ErrorHandler): transient, a bad
 * record, or the service shutting down. The cause chain is read from the outside in, and the first exception a rule
 * knows decides; a chain no rule knows counts as shutting down, so the record is redelivered rather than lost.
 */
public final class FailurePolicy {

    /** Two upserts of one new id raced: the retry replaces. */
    private static final int DUPLICATE_KEY = 11000;

    private FailurePolicy() {
    }

    public static FailureKind classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            FailureKind kind = known(t);
            if (kind != null) {
                return kind;
            }
        }
        return FailureKind.SHUTTING_DOWN;
    }

    private static FailureKind known(Throwable t) {
        if (t instanceof InterruptedException || t instanceof MongoInterruptedException) {
            return FailureKind.SHUTTING_DOWN;
        }
        if (t instanceof MalformedMessageException || t instanceof ExtractionFailedException
                || t instanceof BsonSerializationException) {
            return FailureKind.BAD_RECORD; // BsonMaximumSizeExceededException too: a document over 16 MiB
        }
        if (t instanceof RetriableException) {
            return FailureKind.TRANSIENT; // the broker is away, slow, or moving a partition's leader
        }
        if (t instanceof ApiException) {
            return FailureKind.BAD_RECORD; // the broker answered that it will never take this record (too large …)
        }
        if (t instanceof MongoBulkWriteException bulk) {
            // a bulk write whose only errors are duplicate-key races of concurrent upserts is retried whole
            return !bulk.getWriteErrors().isEmpty() && bulk.getWriteConcernError() == null
                    && bulk.getWriteErrors().stream().allMatch(w -> w.getCode() == DUPLICATE_KEY)
                            ? FailureKind.TRANSIENT : FailureKind.BAD_RECORD;
        }
        if (t instanceof MongoException mongo) {
            return isStoreOutage(mongo) ? FailureKind.TRANSIENT : FailureKind.BAD_RECORD;
        }
        return null;
    }

    private static boolean isStoreOutage(MongoException e) {
        return e instanceof MongoSocketException || e instanceof MongoTimeoutException
                || e instanceof MongoNotPrimaryException || e instanceof MongoNodeIsRecoveringException
                || e.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)
                || e.hasErrorLabel("RetryableWriteError")
                || e.getCode() == DUPLICATE_KEY;
    }
}
