package io.gizmostudio.client;

import static io.gizmostudio.client.MockGizmo.asset;
import static io.gizmostudio.client.MockGizmo.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gizmostudio.api.CreateAssetRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryTest {
    private static final String SERVER_ERROR = "{\"error\":\"server_error\",\"code\":\"internal_error\",\"message\":\"boom\"}";
    private MockGizmo gizmo;

    @BeforeEach
    void start() throws Exception {
        gizmo = new MockGizmo();
    }

    @AfterEach
    void stop() {
        gizmo.close();
    }

    private static MockResponse resetAfterRequest() {
        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    }

    @Test
    void rateLimitedThenSuccessWaitsExactlyTheRetryAfter() throws Exception {
        gizmo.enqueue(json(429, "{\"error\":\"rate_limit_error\",\"code\":\"rate_limited\",\"message\":\"wait\"}",
                        Headers.of("Retry-After", "3")),
                json(200, asset("ast_1", "ready", 100)));
        assertThat(gizmo.client.assets().get("ast_1").id()).isEqualTo("ast_1");
        assertThat(gizmo.time.sleeps()).containsExactly(Duration.ofSeconds(3));
        assertThat(gizmo.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() {
        gizmo.enqueue(json(503, "{\"error\":\"server_error\",\"code\":\"queue_full\",\"message\":\"busy\"}",
                        Headers.of("Retry-After", "Sat, 01 Mar 2025 12:00:05 GMT")),
                json(200, asset("ast_1", "ready", 100)));
        gizmo.client.assets().get("ast_1");
        assertThat(gizmo.time.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void aRetryAfterBeyondTheCapIsNotSatOutButReported() {
        gizmo.enqueue(json(429, "{\"error\":\"rate_limit_error\",\"code\":\"rate_limited\",\"message\":\"wait\"}",
                Headers.of("Retry-After", "600")));
        RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> gizmo.client.assets().get("a"));
        assertThat(e.retryAfter()).contains(Duration.ofMinutes(10));
        assertThat(gizmo.time.sleeps()).isEmpty();
        assertThat(gizmo.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void serviceUnavailableThenSuccessBacksOffOnce() {
        gizmo.enqueue(json(503, SERVER_ERROR), json(200, asset("ast_1", "ready", 100)));
        gizmo.client.assets().get("ast_1");
        assertThat(gizmo.time.sleepMillis()).containsExactly(250L);
    }

    @Test
    void retriesExhaustedGiveTheLastErrorAfterTheBackoffSchedule() {
        for (int i = 0; i < 3; i++) {
            gizmo.enqueue(json(500, SERVER_ERROR));
        }
        gizmo.enqueue(json(502, "{\"error\":\"server_error\",\"code\":\"bad_gateway\",\"message\":\"last\"}"));
        ServerException e = catchThrowableOfType(ServerException.class, () -> gizmo.client.assets().get("ast_1"));
        assertThat(e.status()).isEqualTo(502);
        assertThat(e.code()).isEqualTo("bad_gateway");
        assertThat(gizmo.server.getRequestCount()).isEqualTo(4);
        // jitter fixed at 0.5: half of 0.5 s, 1 s, 2 s
        assertThat(gizmo.time.sleepMillis()).containsExactly(250L, 500L, 1000L);
    }

    @Test
    void clientErrorsAreNeverRetried() {
        gizmo.enqueue(json(404, "{\"error\":\"not_found\",\"code\":\"asset_not_found\",\"message\":\"no\"}"));
        assertThatThrownBy(() -> gizmo.client.assets().get("ast_1")).isInstanceOf(NotFoundException.class);
        assertThat(gizmo.server.getRequestCount()).isEqualTo(1);
        assertThat(gizmo.time.sleeps()).isEmpty();
    }

    @Test
    void aConnectionResetOnAGetIsRetried() {
        gizmo.enqueue(resetAfterRequest(), json(200, asset("ast_1", "ready", 100)));
        assertThat(gizmo.client.assets().get("ast_1").id()).isEqualTo("ast_1");
        assertThat(gizmo.server.getRequestCount()).isEqualTo(2);
        assertThat(gizmo.time.sleepMillis()).containsExactly(250L);
    }

    @Test
    void resetsOnEveryAttemptEndInANetworkException() {
        for (int i = 0; i < 4; i++) {
            gizmo.enqueue(resetAfterRequest());
        }
        NetworkException e = catchThrowableOfType(NetworkException.class, () -> gizmo.client.assets().get("ast_1"));
        assertThat(e.code()).isEqualTo(NetworkException.CONNECTION_FAILED);
        assertThat(gizmo.server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void everyPostCarriesAnIdempotencyKeyThatStaysTheSameAcrossRetries() throws Exception {
        gizmo.enqueue(json(500, SERVER_ERROR), resetAfterRequest(), json(202, asset("ast_1", "pending", 0)),
                json(202, asset("ast_2", "pending", 0)));
        gizmo.client.assets().create(CreateAssetRequest.of("a robot arm"));
        gizmo.client.assets().create(CreateAssetRequest.of("a robot arm"));
        List<String> keys = List.of(gizmo.take(), gizmo.take(), gizmo.take(), gizmo.take()).stream()
                .map(r -> r.getHeaders().get("Idempotency-Key")).toList();
        assertThat(keys).doesNotContainNull();
        assertThat(keys.get(0)).isEqualTo(keys.get(1)).isEqualTo(keys.get(2));
        assertThat(keys.get(3)).isNotEqualTo(keys.get(0));
        assertThat(keys.get(0)).matches("[0-9a-f-]{36}");
    }

    @Test
    void aPostWithoutAnIdempotencyKeyIsNotRepeatedOnceItMayHaveArrived() throws Exception {
        gizmo.enqueue(resetAfterRequest(), json(500, SERVER_ERROR), json(200, "{}"));
        try (RetryingTransport transport = transport()) {
            Request post = new Request.Builder().url(gizmo.server.url("/v1/assets"))
                    .post(RequestBody.create("{}".getBytes(), ApiCaller.JSON)).build();
            assertThatThrownBy(() -> transport.execute(post)).isInstanceOf(IOException.class);
            try (var response = transport.execute(post)) {
                assertThat(response.code()).isEqualTo(500);
            }
        }
        assertThat(gizmo.server.getRequestCount()).isEqualTo(2);
        assertThat(gizmo.time.sleeps()).isEmpty();
    }

    @Test
    void aPostWithoutAnIdempotencyKeyIsRepeatedWhenTheServerTurnedItAwayUnprocessed() throws Exception {
        gizmo.enqueue(json(429, "{}", Headers.of("Retry-After", "1")), json(503, "{}"), json(201, "{}"));
        try (RetryingTransport transport = transport(); var response = transport.execute(new Request.Builder()
                .url(gizmo.server.url("/v1/scenes")).post(RequestBody.create("{}".getBytes(), ApiCaller.JSON)).build())) {
            assertThat(response.code()).isEqualTo(201);
        }
        assertThat(gizmo.time.sleepMillis()).containsExactly(1000L, 500L);
    }

    @Test
    void patchIsRepeatedLikeOtherIdempotentMethods() {
        gizmo.enqueue(json(502, SERVER_ERROR),
                json(200, "{\"id\":\"scn_1\",\"name\":\"Cell B\",\"description\":null,\"created_at\":\"2025-03-01T12:00:00Z\",\"assets\":[]}"));
        assertThat(gizmo.client.scenes().update("scn_1", new io.gizmostudio.api.UpdateSceneRequest("Cell B", null)).name())
                .isEqualTo("Cell B");
        assertThat(gizmo.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void eachCallHasItsOwnRetryBudget() {
        for (int i = 0; i < 3; i++) {
            gizmo.enqueue(json(503, SERVER_ERROR));
        }
        gizmo.enqueue(json(200, asset("ast_1", "ready", 100)));
        for (int i = 0; i < 3; i++) {
            gizmo.enqueue(json(503, SERVER_ERROR));
        }
        gizmo.enqueue(json(200, asset("ast_1", "ready", 100)));
        gizmo.client.assets().get("ast_1");
        gizmo.client.assets().get("ast_1");
        assertThat(gizmo.time.sleepMillis()).containsExactly(250L, 500L, 1000L, 250L, 500L, 1000L);
    }

    @Test
    void aRefusedConnectionIsRetriedEvenForAPlainPostBecauseNothingWasSent() throws Exception {
        int port;
        try (var closed = new mockwebserver3.MockWebServer()) {
            closed.start();
            port = closed.getPort();
        }
        gizmo.reconfigure(gizmo.options().baseUrl("http://127.0.0.1:" + port));
        assertThatThrownBy(() -> gizmo.client.health()).isInstanceOf(NetworkException.class);
        assertThat(gizmo.time.sleepMillis()).containsExactly(250L, 500L, 1000L);
    }

    private RetryingTransport transport() {
        GizmoClientOptions o = gizmo.options().build();
        return new RetryingTransport(new OkHttpTransport(o), o.retryPolicy(), gizmo.time, gizmo.time, () -> 0.5);
    }
}
