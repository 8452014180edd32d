package io.gizmostudio.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells a long wait (polling a generation, a download) that nobody is interested any more. Set from the UI
 * thread, read from the worker, hence atomic.
 */
public final class CancellationSignal implements Cancellable {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    @Override
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
