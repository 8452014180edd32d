package io.gizmostudio.ui.common;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A {@link UiExecutor} for ViewModel tests, with no threads and no toolkit. By default background work runs
 * inline; {@link #deferWork()} queues it until {@link #runWork()} so a test can look at the "in flight" state.
 * Scheduled actions wait on a virtual clock moved by {@link #advance(Duration)}.
 */
public final class ManualUiExecutor implements UiExecutor {
    private final Deque<Runnable> work = new ArrayDeque<>();
    private final List<Timed> timers = new ArrayList<>();
    private boolean defer;
    private long nowMillis;
    private long sequence;

    private static final class Timed {
        final long due;
        final long order;
        final Runnable action;
        boolean cancelled;

        Timed(long due, long order, Runnable action) {
            this.due = due;
            this.order = order;
            this.action = action;
        }
    }

    public ManualUiExecutor deferWork() {
        defer = true;
        return this;
    }

    @Override
    public <T> Cancellable submit(Callable<T> task, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        boolean[] dropped = {false};
        Runnable run = () -> {
            T result;
            try {
                result = task.call();
            } catch (Throwable failure) {
                if (!dropped[0]) {
                    onFailure.accept(failure);
                }
                return;
            }
            if (!dropped[0]) {
                onSuccess.accept(result);
            }
        };
        if (defer) {
            work.add(run);
        } else {
            run.run();
        }
        return () -> dropped[0] = true;
    }

    @Override
    public void post(Runnable action) {
        action.run();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Timed timed = new Timed(nowMillis + delay.toMillis(), sequence++, action);
        timers.add(timed);
        return () -> timed.cancelled = true;
    }

    /** Runs queued background work (and whatever it queues in turn) until none is left. */
    public void runWork() {
        while (!work.isEmpty()) {
            work.poll().run();
        }
    }

    /** Runs just the oldest queued piece of background work. */
    public void runNextWork() {
        Runnable next = work.poll();
        if (next != null) {
            next.run();
        }
    }

    public int queuedWork() {
        return work.size();
    }

    /** Moves the virtual clock, firing due timers in order. */
    public void advance(Duration by) {
        long target = nowMillis + by.toMillis();
        while (true) {
            Timed next = timers.stream().filter(t -> !t.cancelled && t.due <= target)
                    .min(Comparator.comparingLong((Timed t) -> t.due).thenComparingLong(t -> t.order)).orElse(null);
            if (next == null) {
                break;
            }
            timers.remove(next);
            nowMillis = next.due;
            next.action.run();
        }
        nowMillis = target;
        timers.removeIf(t -> t.cancelled);
    }

    public long pendingTimers() {
        return timers.stream().filter(t -> !t.cancelled).count();
    }
}
