package io.gizmostudio.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a generation until it ends, by {@link PollSchedule}: a status request, the listener hears it, then a
 * wait (the schedule's next delay, shortened to meet the deadline), and so on. Ends with the ready asset, a
 * {@link GenerationFailedException}, an {@link AwaitTimeoutException} once the deadline has passed and a last
 * poll still saw it running, or a {@link java.util.concurrent.CancellationException} from the token.
 */
final class AssetWaiter {
    private static final Logger LOG = LoggerFactory.getLogger(AssetWaiter.class);

    private final Function<String, Asset> fetchAsset;
    private final Function<String, JsonNode> fetchJob;
    private final PollSchedule schedule;
    private final Sleeper sleeper;
    private final Clock clock;

    AssetWaiter(Function<String, Asset> fetchAsset, Function<String, JsonNode> fetchJob, PollSchedule schedule,
                Sleeper sleeper, Clock clock) {
        this.fetchAsset = fetchAsset;
        this.fetchJob = fetchJob;
        this.schedule = schedule;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** Waits for asset {@code id}; {@code known} (may be null) is a fresh snapshot that saves the first poll. */
    Asset awaitAsset(String id, Asset known, Duration timeout, AwaitListener listener, CancellationToken token) {
        token.enter();
        try {
            return new Run(timeout, listener, token).asset(id, known);
        } finally {
            token.leave();
        }
    }

    /** Follows a newer-variant job to its end, then waits for (usually just fetches) the asset it made. */
    Asset awaitJob(String jobId, Duration timeout, AwaitListener listener, CancellationToken token) {
        token.enter();
        try {
            return new Run(timeout, listener, token).job(jobId);
        } finally {
            token.leave();
        }
    }

    /** The state of one wait: deadline, poll count, schedule position. Never shared between waits. */
    private final class Run {
        private final Instant start = clock.instant();
        private final Instant deadline;
        private final Duration timeout;
        private final AwaitListener listener;
        private final CancellationToken token;
        private int polls;
        private int waits;

        Run(Duration timeout, AwaitListener listener, CancellationToken token) {
            this.timeout = timeout;
            this.deadline = start.plus(timeout);
            this.listener = listener;
            this.token = token;
        }

        Asset asset(String id, Asset known) {
            Asset current = known;
            while (true) {
                if (current == null) {
                    token.throwIfCancelled();
                    current = guarded(() -> fetchAsset.apply(id));
                    polls++;
                }
                AssetStatus status = current.status();
                report(id, status, current.progress() == null ? -1 : current.progress());
                if (status == AssetStatus.READY) {
                    return current;
                }
                if (status == AssetStatus.FAILED) {
                    String code = current.error() != null && current.error().code() != null ? current.error().code() : "generation_failed";
                    String message = current.error() != null && current.error().message() != null
                            ? current.error().message() : "generation of " + id + " failed";
                    throw new GenerationFailedException(id, code, message, current);
                }
                pauseOrTimeOut(id, status);
                current = null;
            }
        }

        Asset job(String jobId) {
            while (true) {
                token.throwIfCancelled();
                JsonNode reply = guarded(() -> fetchJob.apply(jobId));
                polls++;
                JobState job;
                try {
                    job = JobState.read(reply, jobId);
                } catch (IllegalArgumentException unknownStatus) {
                    throw new UnexpectedResponseException(200, UnexpectedResponseException.UNEXPECTED_BODY,
                            "job " + jobId + ": " + unknownStatus.getMessage(), unknownStatus);
                }
                if (job == null) {
                    throw new UnexpectedResponseException(200, UnexpectedResponseException.MISSING_FIELD,
                            "job " + jobId + " reply has no status", null);
                }
                report(job.assetId() != null ? job.assetId() : jobId, job.status(), job.percent());
                if (job.status() == AssetStatus.FAILED) {
                    throw new GenerationFailedException(job.assetId() != null ? job.assetId() : jobId,
                            job.errorCode() != null ? job.errorCode() : "generation_failed",
                            job.errorMessage() != null ? job.errorMessage() : "job " + jobId + " ended without an asset",
                            null);
                }
                if (job.status() == AssetStatus.READY) {
                    if (job.assetId() == null) {
                        throw new UnexpectedResponseException(200, UnexpectedResponseException.MISSING_FIELD,
                                "job " + jobId + " succeeded but names no asset_id", null);
                    }
                    LOG.debug("job {} succeeded with asset {} after {} polls", jobId, job.assetId(), polls);
                    return asset(job.assetId(), null);
                }
                pauseOrTimeOut(jobId, job.status());
            }
        }

        /** A poll that failed because cancel interrupted it (e.g. in a retry back-off) reads as the cancellation. */
        private <T> T guarded(Supplier<T> poll) {
            try {
                return poll.get();
            } catch (RuntimeException e) {
                if (token.isCancelled() && !(e instanceof CancellationException)) {
                    CancellationException c = new CancellationException("cancelled");
                    c.initCause(e);
                    throw c;
                }
                throw e;
            }
        }

        private void report(String id, AssetStatus status, int percent) {
            listener.onProgress(new GenerationProgress(id, status, percent, polls, Duration.between(start, clock.instant())));
        }

        private void pauseOrTimeOut(String id, AssetStatus status) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw new AwaitTimeoutException(id, status, timeout);
            }
            Duration next = schedule.delay(waits++);
            token.sleep(sleeper, next.compareTo(left) < 0 ? next : left);
        }
    }
}
