package io.gizmostudio.server.jobs;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded queue of generation jobs in front of a fixed pool of workers. New work must first
 * {@link #tryReserve() reserve} a slot, so a full queue is refused (503 {@code queue_full}) before anything is
 * stored; jobs recovered after a restart are queued regardless, since they were already acknowledged.
 */
public final class GenerationQueue implements JobQueue {
    private static final Logger LOG = LoggerFactory.getLogger(GenerationQueue.class);

    private final GenerationJob job;
    private final int workers;
    private final int capacity;
    private final ExecutorService pool;
    private final AtomicInteger outstanding = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    /** The longest Retry-After suggested: past this a client should hear back rather than wait blind. */
    static final long MAX_RETRY_AFTER_S = 120;
    /** Exponential moving average of job time in nanoseconds: the Retry-After estimate before any drain is measured. */
    private final AtomicLong averageJobNanos = new AtomicLong(Duration.ofMillis(200).toNanos());
    private final DrainRate drain;

    public GenerationQueue(GenerationJob job, int workers, int capacity) {
        this(job, workers, capacity, new DrainRate(System::nanoTime, 64, Duration.ofSeconds(60)));
    }

    GenerationQueue(GenerationJob job, int workers, int capacity, DrainRate drain) {
        this.drain = drain;
        if (workers < 1 || capacity < 1) {
            throw new IllegalArgumentException("workers and queue capacity must be at least 1");
        }
        this.job = job;
        this.workers = workers;
        this.capacity = capacity;
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                workerThreads());
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "gizmo-generate-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Reserves room for one new job; false when the queue is full. Pair with {@link #submit} or {@link #release}. */
    @Override
    public boolean tryReserve() {
        while (true) {
            int now = outstanding.get();
            if (now >= capacity) {
                return false;
            }
            if (outstanding.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    /** Gives back a reservation that was not used. */
    @Override
    public void release() {
        outstanding.decrementAndGet();
    }

    /** Queues the asset's generation on a reservation made with {@link #tryReserve()}. */
    @Override
    public void submit(String assetId) {
        pool.execute(() -> run(assetId));
    }

    /** Queues acknowledged work found at start-up, past the capacity limit if need be. */
    public void recover(List<String> assetIds) {
        for (String id : assetIds) {
            outstanding.incrementAndGet();
            submit(id);
        }
        if (!assetIds.isEmpty()) {
            LOG.info("Re-queued {} unfinished generation(s) from the store", assetIds.size());
        }
    }

    private void run(String assetId) {
        long start = System.nanoTime();
        running.incrementAndGet();
        try {
            job.run(assetId);
        } catch (RuntimeException e) {
            // Only reachable when the store itself fails (e.g. closed under a job at shutdown): the asset stays
            // unfinished in the store and the next start re-queues it.
            LOG.warn("Generation of asset {} was cut short: {}", assetId, e.getMessage());
        } finally {
            running.decrementAndGet();
            outstanding.decrementAndGet();
            drain.completed();
            long took = System.nanoTime() - start;
            averageJobNanos.updateAndGet(avg -> (avg * 7 + took) / 8);
        }
    }

    /** Jobs queued or running. */
    @Override
    public long outstanding() {
        return outstanding.get();
    }

    /**
     * Seconds until the work ahead is likely done, 1 to {@link #MAX_RETRY_AFTER_S}: the jobs outstanding over the
     * rate the queue has been draining at; before any drain is measured, the average job time spread over the workers.
     */
    @Override
    public long retryAfterSeconds() {
        double perSecond = drain.perSecond().orElse(workers * 1e9 / averageJobNanos.get());
        double seconds = outstanding.get() / perSecond;
        return Math.max(1, Math.min(MAX_RETRY_AFTER_S, (long) Math.ceil(seconds)));
    }

    /**
     * Stops taking jobs and waits up to {@code grace} for queued and running ones; whatever is still unfinished
     * after that stays {@code pending}/{@code processing} in the store and is re-queued at the next start.
     */
    @Override
    public void close(Duration grace) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                List<Runnable> dropped = pool.shutdownNow();
                LOG.info("Shutdown left {} queued generation(s) for the next start", dropped.size() + Math.min(workers, outstanding.get()));
                pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public QueueState state() {
        return new QueueState(false, workers, running.get(), outstanding.get(), 0);
    }
}
