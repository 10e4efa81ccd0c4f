package com.fazhi.extract.domain;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    public Retrier(Duration initialBackoff, Duration maxBackoff) {
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    public <T> T run(String resource, Supplier<T> write) {
        Backoff backoff = new Backoff(initialBackoff, maxBackoff);
        while (true) {
            try {
                T result = write.get();
                failing.remove(resource);
                return result;
            } catch (RuntimeException e) {
                if (FailurePolicy.classify(e) != FailureKind.TRANSIENT) {
                    throw e;
                }
                failing.add(resource);
                LOG.warnf("%s: write failed, retrying in %d ms: %s", resource, backoff.nextMillis(), e.getMessage());
                backoff.pause();
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
        return Set.copyOf(failing);
    }
}
