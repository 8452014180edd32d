package io.gizmostudio.client;

import java.time.Duration;
import java.util.concurrent.CancellationException;

/**
 * Lets another thread stop a wait: {@link #cancel()} is seen between polls and also wakes a wait that is
 * sleeping, so a cancelled {@code awaitReady} returns promptly (an HTTP request already in flight finishes
 * first; it is bounded by the client's timeouts).
 */
public final class CancellationToken {
    private volatile boolean cancelled;
    private Thread sleeping; // guarded by this

    public void cancel() {
        synchronized (this) {
            cancelled = true;
            if (sleeping != null) {
                sleeping.interrupt();
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

    /** Sleeps through {@code sleeper}, ending early with {@link CancellationException} on cancel or interrupt. */
    void sleep(Sleeper sleeper, Duration duration) {
        synchronized (this) {
            throwIfCancelled();
            sleeping = Thread.currentThread();
        }
        boolean interrupted = false;
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            synchronized (this) {
                sleeping = null;
                if (cancelled) {
                    Thread.interrupted(); // our own wake-up call, not the caller's interrupt
                }
            }
        }
        throwIfCancelled();
        if (interrupted) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }
}
