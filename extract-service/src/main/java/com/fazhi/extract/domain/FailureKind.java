package com.fazhi.extract.domain;

/** What a failure means for the record being processed: the one decision {@link FailurePolicy} makes. */
public enum FailureKind {
    /** An outage or a race worth waiting out (the broker or the store is away or slow): retried in place. */
    TRANSIENT,
    /** The record itself can never be processed (not a raw report, the engine broke on it, a write refused for good): to the DLQ with its cause. */
    BAD_RECORD,
    /**
     * The service is stopping under the record (interrupted), or a failure no rule knows: the record is not
     * acknowledged, so it is redelivered, to this instance after a restart or to the next owner of its partition.
     */
    SHUTTING_DOWN
}
