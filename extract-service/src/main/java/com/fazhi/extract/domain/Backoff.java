package com.fazhi.extract.domain;

import java.time.Duration;

/** Waits between retries of one operation: the first wait is {@code initial}, each next one doubles, up to {@code max}. */
public final class Backoff {

    private final long maxMillis;
    private long nextMillis;

    public Backoff(Duration initial, Duration max) {
        this.nextMillis = initial.toMillis();
        this.maxMillis = max.toMillis();
    }

    /** How long the coming wait is. */
    public long nextMillis() {
        return nextMillis;
    }

    /** Waits, then doubles the next wait. */
    public void pause() {
        try {
            Thread.sleep(nextMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
        nextMillis = Math.min(nextMillis * 2, maxMillis);
    }
}
