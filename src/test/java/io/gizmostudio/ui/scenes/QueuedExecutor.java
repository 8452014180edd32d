package io.gizmostudio.ui.scenes;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/** A writer executor that only runs its tasks when told, so a test sees exactly what is queued; drop = a crash. */
final class QueuedExecutor implements Executor {
    private final Deque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable task) {
        tasks.add(task);
    }

    void runAll() {
        Runnable next;
        while ((next = poll()) != null) {
            next.run();
        }
    }

    /** Forgets the queued tasks, as a killed process would. */
    synchronized void drop() {
        tasks.clear();
    }

    synchronized int queued() {
        return tasks.size();
    }

    private synchronized Runnable poll() {
        return tasks.poll();
    }
}
