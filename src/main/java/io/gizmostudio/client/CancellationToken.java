package io.gizmostudio.client;

import java.time.Duration;
import java.util.concurrent.CancellationException;

/**
 * Lets another thread stop a wait ({@code awaitReady}, {@code generate}): {@link #cancel()} is seen between
 * polls and also interrupts the waiting thread, which ends a poll interval or a retry back-off at once. An
 * HTTP exchange already on the wire finishes first (bounded by the client's timeouts). One wait at a time
 * per token; a cancelled token stays cancelled.
 */
public final class CancellationToken {
    private volatile boolean cancelled;
    private Thread waiter; // guarded by this

    public void cancel() {
        synchronized (this) {
            cancelled = true;
            if (waiter != null) {
                waiter.interrupt();
            }
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link CancellationException} once {@link #cancel()} was called. */
    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancellationException("cancelled");
        }
    }

    /** Marks the calling thread as the one to interrupt on cancel, until {@link #leave()}. */
    void enter() {
        synchronized (this) {
            if (waiter != null) {
                throw new IllegalStateException("this token already guards a wait on another thread");
            }
            waiter = Thread.currentThread();
        }
        throwIfCancelled();
    }

    void leave() {
        synchronized (this) {
            waiter = null;
            if (cancelled) {
                Thread.interrupted(); // our own wake-up call must not leak into the caller's next blocking call
            }
        }
    }

    /** Sleeps through {@code sleeper}, ending early with {@link CancellationException} on cancel or interrupt. */
    void sleep(Sleeper sleeper, Duration duration) {
        throwIfCancelled();
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            throwIfCancelled();
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
        throwIfCancelled();
    }
}
