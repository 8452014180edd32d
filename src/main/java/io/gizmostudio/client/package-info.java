/**
 * The Java client of the Gizmo v1 API ({@code shared/api/CONTRACT.md}): {@link io.gizmostudio.client.GizmoClient}
 * and its resources, on OkHttp and the one Jackson mapper of {@code io.gizmostudio.api}. Depends on {@code api}
 * only.
 *
 * <h2>Retries ({@link io.gizmostudio.client.RetryPolicy#DEFAULT})</h2>
 * At most 4 attempts per call, with state local to that call. Retried: 429 and 503 for any request; other 5xx
 * (not 501/505) and broken connections for GET, DELETE, PATCH and for POSTs, which all carry a fresh
 * {@code Idempotency-Key} (the same on each retry); a refused connection for anything. Waits: the server's
 * {@code Retry-After} (seconds or HTTP date) exactly, up to 30 s — a longer one is not sat out but reported
 * ({@link io.gizmostudio.client.RateLimitedException#retryAfter()}); otherwise full-jitter exponential backoff,
 * uniform in [0, 0.5 s), [0, 1 s), [0, 2 s) (cap 8 s), so a call gives up after at most 3.5 s of back-off.
 *
 * <h2>Polling ({@link io.gizmostudio.client.PollSchedule})</h2>
 * Loopback engines: 250 ms, 375, 562, 843, 1265, 1898, then every 2 s. Other hosts: 1 s, 1.5, 2.25, 3.375,
 * 5.06, 7.59, then every 10 s. The last wait is cut short to poll once more exactly at the caller's deadline.
 * A generation that takes t seconds costs about: t = 1 s → 3 polls, 5 s → 6, 30 s → 19 (local schedule);
 * a 60 s cloud job → 10 (remote schedule), plus one {@code GET /v1/assets/{id}} after a newer-variant job.
 *
 * <h2>What one generation costs</h2>
 * Against the local engine (measured in {@code ClientAgainstLocalServerTest}): {@code POST /v1/assets} →
 * {@code pending}, one {@code GET /v1/assets/{id}} 250 ms later → {@code ready}, then one
 * {@code POST /v1/assets/{id}/export} per format: 3 requests for generate + one export.
 */
package io.gizmostudio.client;
