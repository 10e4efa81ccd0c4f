package com.fazhi.extract.domain;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

/**
 * The one retry loop: runs a write against a named resource (the store, a topic) and, while {@link FailurePolicy}
 * calls its failure transient, waits with a doubling backoff and runs it again; any other failure is thrown to the
 * caller at once. The resources with a write being retried right now are what readiness reports as down.
 */
public final class Retrier {

    private static final Logger LOG = Logger.getLogger(Retrier.class);

    private final Duration initialBackoff;
    private final Duration maxBackoff;
    /** Per resource, how many writes are being retried now (concurrent batches each hold their own count). */
    private final Map<String, AtomicInteger> retrying = new ConcurrentHashMap<>();

    public Retrier(Duration initialBackoff, Duration maxBackoff) {
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    public <T> T run(String resource, Supplier<T> write) {
        Backoff backoff = new Backoff(initialBackoff, maxBackoff);
        AtomicInteger count = retrying.computeIfAbsent(resource, r -> new AtomicInteger());
        boolean counted = false;
        try {
            while (true) {
                try {
                    return write.get();
                } catch (RuntimeException e) {
                    if (FailurePolicy.classify(e) != FailureKind.TRANSIENT) {
                        throw e;
                    }
                    if (!counted) {
                        count.incrementAndGet();
                        counted = true;
                    }
                    LOG.warnf("%s: write failed, retrying in %d ms: %s", resource, backoff.nextMillis(), e.getMessage());
                    backoff.pause();
                }
            }
        } finally {
            if (counted) {
                count.decrementAndGet();
            }
        }
    }

    public void run(String resource, Runnable write) {
        run(resource, () -> {
            write.run();
            return null;
        });
    }

    /** The resources whose writes are being retried now (empty when all is well). */
    public Set<String> failing() {
        Set<String> out = new TreeSet<>();
        retrying.forEach((resource, count) -> {
            if (count.get() > 0) {
                out.add(resource);
            }
        });
        return out;
    }
}
