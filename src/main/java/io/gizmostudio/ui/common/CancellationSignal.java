package io.gizmostudio.ui.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells a long wait (polling a generation, a download) that nobody is interested any more. Set from the UI
 * thread, read from the worker, hence atomic; adapters hook their own cancellation in with {@link #whenCancelled}.
 */
public final class CancellationSignal implements Cancellable {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<Runnable> hooks = new CopyOnWriteArrayList<>();

    @Override
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            hooks.forEach(Runnable::run);
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Runs {@code hook} on cancel (at once when already cancelled); it runs on the cancelling thread. */
    public void whenCancelled(Runnable hook) {
        hooks.add(hook);
        if (cancelled.get() && hooks.remove(hook)) {
            hook.run();
        }
    }
}
