package io.gizmostudio.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one seam between ViewModels and threads. Blocking work (HTTP, disk) runs on a background pool and its
 * result comes back on the UI thread; ViewModels never touch threads or the toolkit themselves, so tests swap in
 * an inline implementation and need no JavaFX runtime.
 */
public interface UiExecutor {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the UI thread. Cancelling
     * the returned handle drops the callbacks (the work itself may still finish).
     */
    <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs {@code action} on the UI thread later; safe to call from any thread (progress listeners use it). */
    void post(Runnable action);

    /** Runs {@code action} on the UI thread after {@code delay}: debounced search, periodic health checks. */
    Cancellable schedule(Duration delay, Runnable action);
}
