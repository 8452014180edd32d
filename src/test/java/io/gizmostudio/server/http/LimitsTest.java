package io.gizmostudio.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.server.jobs.GeneratedModel;
import io.gizmostudio.server.support.Http;
import io.gizmostudio.server.support.Response;
import io.gizmostudio.server.support.TestModels;
import io.gizmostudio.server.support.TestServer;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-key rate limits (429) and the bounded generation queue (503), each with Retry-After. */
class LimitsTest {
    @TempDir
    Path dataDir;

    @Test
    void aKeyOverItsRateGets429WithRetryAfterWhileOtherKeysGoOn() {
        try (TestServer server = TestServer.start(TestServer.config(dataDir).withRateLimitPerMinute(3), TestModels.factory())) {
            Http http = server.http();
            for (int i = 0; i < 3; i++) {
                Response ok = http.get("/v1/assets");
                assertThat(ok.status()).isEqualTo(200);
                assertThat(ok.header("X-RateLimit-Limit")).isEqualTo("3");
                assertThat(ok.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(2 - i));
            }

            Response limited = http.get("/v1/assets");
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.json().get("error").asText()).isEqualTo("rate_limit_error");
            assertThat(limited.code()).isEqualTo("rate_limited");
            assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 20L);
            assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
            assertThat(Long.parseLong(limited.header("X-RateLimit-Reset"))).isBetween(1L, 60L);
            assertThat(server.newKeyClient("fresh").get("/v1/assets").status()).isEqualTo(200);
        }
    }

    @Test
    void aFullQueueAnswers503QueueFullAndStoresNothing() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        try (TestServer server = TestServer.start(TestServer.config(dataDir).withWorkers(1).withQueueCapacity(2),
                (prompt, seed) -> {
                    started.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    return new GeneratedModel(TestModels.arm(seed), TestModels.params(seed));
                })) {
            Http http = server.http();
            String running = http.post("/v1/assets", "{\"prompt\":\"arm one\"}").json().get("id").asText();
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            String queued = http.post("/v1/assets", "{\"prompt\":\"arm two\"}").json().get("id").asText();

            Response full = http.post("/v1/assets", "{\"prompt\":\"arm three\"}");
            assertThat(full.status()).isEqualTo(503);
            assertThat(full.code()).isEqualTo("queue_full");
            assertThat(Long.parseLong(full.header("Retry-After"))).isPositive();
            assertThat(http.get("/v1/assets").json().get("total").asLong()).isEqualTo(2);
            assertThat(http.get("/v1/assets/" + running).json().get("status").asText()).isEqualTo("processing");
            assertThat(http.get("/v1/assets/" + running).json().get("progress").asInt()).isBetween(1, 99);

            release.countDown();
            assertThat(http.awaitTerminal(running).get("status").asText()).isEqualTo("ready");
            assertThat(http.awaitTerminal(queued).get("status").asText()).isEqualTo("ready");
            assertThat(http.post("/v1/assets", "{\"prompt\":\"arm three\"}").status()).isEqualTo(202);
        }
    }
}
