package io.gizmostudio.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX {@link UiExecutor}: a pool of daemon workers for blocking calls, one timer thread, and the only
 * {@code Platform.runLater} of the app.
 */
public final class FxUiExecutor implements UiExecutor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxUiExecutor.class);

    private final ExecutorService workers = Executors.newCachedThreadPool(daemonThreads("gizmo-worker"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("gizmo-timer"));

    @Override
    public <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        AtomicBoolean dropped = new AtomicBoolean();
        workers.execute(() -> {
            try {
                T result = work.call();
                post(() -> {
                    if (!dropped.get()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Throwable failure) {
                post(() -> {
                    if (!dropped.get()) {
                        onFailure.accept(failure);
                    }
                });
            }
        });
        return () -> dropped.set(true);
    }

    @Override
    public void post(Runnable action) {
        Platform.runLater(() -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.error("UI action failed", e);
            }
        });
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        ScheduledFuture<?> future = timer.schedule(() -> post(action), delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    /** Stops taking work; running calls are interrupted so quitting never waits on a slow server. */
    @Override
    public void close() {
        timer.shutdownNow();
        workers.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
