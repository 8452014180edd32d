package io.gizmostudio.server.jobs;

import java.time.Duration;

/**
 * Where acknowledged generations wait for a worker: in this process ({@link GenerationQueue}, the desktop's SQLite
 * engine) or in a team server's PostgreSQL, shared by every instance ({@link SharedGenerationQueue}). New work first
 * {@link #tryReserve() reserves} room, so a full queue is refused before anything is stored.
 */
public interface JobQueue extends AutoCloseable {
    /** Reserves room for one new job; false when the queue is full. Pair with {@link #submit} or {@link #release}. */
    boolean tryReserve();

    /** Gives back a reservation that was not used. */
    void release();

    /** Queues the asset's generation (its row has committed) on a reservation made with {@link #tryReserve()}. */
    void submit(String assetId);

    /** Jobs queued or running (on every instance, for a shared queue). */
    long outstanding();

    /** Seconds a refused client should wait before trying again, 1 to 120. */
    long retryAfterSeconds();

    /** What the health report says about the queue. */
    QueueState state();

    /** Stops taking jobs, lets running ones finish within {@code grace}, and leaves the rest for later. */
    void close(Duration grace);

    @Override
    default void close() {
        close(Duration.ofSeconds(10));
    }

    /** The queue for {@code GET /v1/health}: shared or not, this instance's workers and running jobs, and all waiting. */
    record QueueState(boolean shared, int workers, int running, long outstanding, long orphaned) {
    }
}
