package io.gizmostudio.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats a failed request by {@link RetryPolicy}; all retry state lives in one {@link #execute} call.
 *
 * <p>What repeats:
 * <ul>
 *   <li>any request: a refused connection (the request never left), 429 and 503 (the server turned it away
 *       before doing anything);</li>
 *   <li>requests that are safe to repeat — GET, HEAD, PUT, DELETE, PATCH (our PATCH bodies set absolute
 *       values, so a second one changes nothing more) and a POST carrying an {@code Idempotency-Key} — also
 *       other 5xx and connection failures after the request was sent (reset, timeout, broken response).</li>
 * </ul>
 * A POST without an {@code Idempotency-Key} is never repeated once it may have reached the server. Waits:
 * {@code Retry-After} when the server sends one (beyond the policy's cap, retrying stops and the 429/503
 * goes to the caller), else the policy's jittered exponential backoff. When attempts run out, the last
 * response (or exception) is what the caller gets.
 */
final class RetryingTransport implements HttpTransport {
    private static final Logger LOG = LoggerFactory.getLogger(RetryingTransport.class);
    private static final Set<String> REPEATABLE_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS");
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final HttpTransport delegate;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final DoubleSupplier jitter;

    RetryingTransport(HttpTransport delegate, RetryPolicy policy, Sleeper sleeper, Clock clock, DoubleSupplier jitter) {
        this.delegate = delegate;
        this.policy = policy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.jitter = jitter;
    }

    @Override
    public Response execute(Request request) throws IOException {
        boolean repeatable = isRepeatable(request);
        for (int attempt = 1; ; attempt++) {
            long started = System.nanoTime();
            Response response;
            try {
                response = delegate.execute(request);
            } catch (IOException e) {
                boolean neverSent = e instanceof ConnectException;
                LOG.debug("{} {} failed: {} (attempt {}/{}, {} ms)", request.method(), request.url().encodedPath(),
                        e.getClass().getSimpleName(), attempt, policy.maxAttempts(), elapsedMillis(started));
                if (attempt >= policy.maxAttempts() || !(repeatable || neverSent) || isInterrupt(e)) {
                    throw e;
                }
                pause(request, policy.backoff(attempt, jitter.getAsDouble()));
                continue;
            }
            int status = response.code();
            LOG.debug("{} {} -> {} (attempt {}/{}, {} ms)", request.method(), request.url().encodedPath(), status,
                    attempt, policy.maxAttempts(), elapsedMillis(started));
            if (attempt >= policy.maxAttempts() || !shouldRetryStatus(status, repeatable)) {
                return response;
            }
            Optional<Duration> retryAfter = RetryAfter.parse(response.header("Retry-After"), clock);
            if (retryAfter.isPresent() && retryAfter.get().compareTo(policy.retryAfterCap()) > 0) {
                LOG.debug("Retry-After {} s exceeds the {} s cap; not retrying", retryAfter.get().toSeconds(),
                        policy.retryAfterCap().toSeconds());
                return response;
            }
            response.close();
            pause(request, retryAfter.isPresent() ? retryAfter.get() : policy.backoff(attempt, jitter.getAsDouble()));
        }
    }

    private static boolean shouldRetryStatus(int status, boolean repeatable) {
        if (status == 429 || status == 503) {
            return true;
        }
        return repeatable && status >= 500 && status <= 599 && status != 501 && status != 505;
    }

    static boolean isRepeatable(Request request) {
        return REPEATABLE_METHODS.contains(request.method())
                || ("POST".equals(request.method()) && request.header(IDEMPOTENCY_KEY) != null);
    }

    private static boolean isInterrupt(IOException e) {
        // OkHttp reports a call timeout as InterruptedIOException("timeout"); only a real thread interrupt stops retrying
        return e instanceof InterruptedIOException && Thread.currentThread().isInterrupted();
    }

    private void pause(Request request, Duration delay) throws InterruptedIOException {
        LOG.debug("retrying {} {} in {} ms", request.method(), request.url().encodedPath(), delay.toMillis());
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    @Override
    public void close() {
        delegate.close();
    }
}
