package io.gizmostudio.server.jobs;

import io.gizmostudio.server.store.JobLeases;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A team server instance's share of the one queue in PostgreSQL: its workers claim the oldest unclaimed job
 * ({@link JobLeases}, SKIP LOCKED), a heartbeat renews the leases of the jobs they run every third of a lease, and a
 * job whose instance died is claimed by another once its lease has run out. Workers wait for a wake-up
 * ({@code NOTIFY} from any instance, or a job queued here) or poll every second, which is also how they notice
 * run-out leases. Closing hands unfinished jobs back at once rather than leaving them for the lease to run out.
 */
public final class SharedGenerationQueue implements JobQueue {
    private static final Logger LOG = LoggerFactory.getLogger(SharedGenerationQueue.class);
    private static final long POLL_MS = 1000;

    private final GenerationJob job;
    private final JobLeases leases;
    private final Runnable announce;
    private final String instance;
    private final int workers;
    private final int capacity;
    private final Duration lease;
    private final Clock clock;
    private final List<Thread> threads = new ArrayList<>();
    private final ScheduledExecutorService heartbeat;
    private final ConcurrentHashMap<String, Thread> running = new ConcurrentHashMap<>();
    private final AtomicInteger reserved = new AtomicInteger();
    private final DrainRate drain = new DrainRate(System::nanoTime, 64, Duration.ofSeconds(60));
    private final Object wake = new Object();
    private volatile boolean stopping;

    /**
     * @param announce tells every instance a job was queued (NOTIFY); runs after the job's row committed
     * @param instance this instance's name in the leases it holds (unique per process)
     */
    public SharedGenerationQueue(GenerationJob job, JobLeases leases, Runnable announce, String instance, int workers,
                                 int capacity, Duration lease, Clock clock) {
        if (workers < 1 || capacity < 1) {
            throw new IllegalArgumentException("workers and queue capacity must be at least 1");
        }
        this.job = job;
        this.leases = leases;
        this.announce = announce;
        this.instance = instance;
        this.workers = workers;
        this.capacity = capacity;
        this.lease = lease;
        this.clock = clock;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gizmo-lease-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(200, lease.toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
        for (int i = 1; i <= workers; i++) {
            Thread t = new Thread(this::work, "gizmo-generate-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    /** Wakes idle workers: a job was queued somewhere (a NOTIFY arrived). */
    public void wakeUp() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private void work() {
        while (!stopping) {
            Optional<JobLeases.Claim> claim;
            try {
                claim = leases.claim(instance, clock.instant(), lease);
            } catch (RuntimeException e) {
                if (stopping) {
                    return;
                }
                LOG.warn("Claiming a generation failed ({}); retrying", e.getMessage());
                claim = Optional.empty();
            }
            if (claim.isEmpty()) {
                idle();
                continue;
            }
            String id = claim.get().assetId();
            if (claim.get().attempt() > 1) {
                LOG.info("Took over generation of {} (attempt {}): its lease had run out", id, claim.get().attempt());
            }
            running.put(id, Thread.currentThread());
            try {
                job.run(id);
            } catch (RuntimeException e) {
                LOG.warn("Generation of asset {} was cut short: {}", id, e.getMessage());
            } finally {
                running.remove(id);
                drain.completed();
            }
        }
    }

    private void idle() {
        synchronized (wake) {
            if (stopping) {
                return;
            }
            try {
                wake.wait(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            }
        }
    }

    private void renew() {
        if (running.isEmpty()) {
            return;
        }
        try {
            leases.renew(instance, clock.instant(), lease);
        } catch (RuntimeException e) {
            LOG.warn("Renewing {} generation lease(s) failed: {}", running.size(), e.getMessage());
        }
    }

    @Override
    public boolean tryReserve() {
        int mine = reserved.incrementAndGet();
        if (leases.unfinished() + mine > capacity) {
            reserved.decrementAndGet();
            return false;
        }
        return true;
    }

    @Override
    public void release() {
        reserved.decrementAndGet();
    }

    @Override
    public void submit(String assetId) {
        reserved.decrementAndGet();
        wakeUp();
        try {
            announce.run();
        } catch (RuntimeException e) {
            // The job is stored: the other instances' workers find it at their next poll.
            LOG.warn("Announcing a queued generation failed: {}", e.getMessage());
        }
    }

    @Override
    public long outstanding() {
        return leases.unfinished();
    }

    @Override
    public long retryAfterSeconds() {
        double perSecond = drain.perSecond().orElse(workers * 5.0);
        return Math.max(1, Math.min(GenerationQueue.MAX_RETRY_AFTER_S, (long) Math.ceil(outstanding() / perSecond)));
    }

    @Override
    public QueueState state() {
        return new QueueState(true, workers, running.size(), leases.unfinished(), leases.orphaned(clock.instant()));
    }

    /** This instance's name in the leases it holds. */
    public String instance() {
        return instance;
    }

    @Override
    public void close(Duration grace) {
        stopping = true;
        wakeUp();
        long deadline = System.nanoTime() + grace.toNanos();
        for (Thread t : threads) {
            try {
                t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (Thread t : threads) {
            t.interrupt();
        }
        for (Thread t : threads) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        heartbeat.shutdownNow();
        try {
            int back = leases.handBack(instance, clock.instant());
            if (back > 0) {
                LOG.info("Handed {} unfinished generation(s) back to the shared queue", back);
            }
        } catch (RuntimeException e) {
            LOG.warn("Handing unfinished generations back failed ({}); they wait for their leases to run out", e.getMessage());
        }
    }
}
