package io.gizmostudio.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.server.support.Http;
import io.gizmostudio.server.support.Response;
import io.gizmostudio.server.support.TestModels;
import io.gizmostudio.server.support.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrong keys from one address are answered 429 once they exceed the budget; a good key from it still works. */
class FailedAuthenticationThrottleTest {
    @TempDir
    Path dataDir;

    @Test
    void wrongKeysBeyondTheBudgetAre429WithRetryAfterWhileAGoodKeyPasses() {
        try (TestServer server = TestServer.start(TestServer.config(dataDir).withAuthFailuresPerMinute(5), TestModels.factory())) {
            Http wrong = server.http().withKey("gzm_local_notAKey000000000000000");
            for (int i = 0; i < 5; i++) {
                assertThat(wrong.get("/v1/assets").code()).isEqualTo("invalid_api_key");
            }
            Response throttled = wrong.get("/v1/assets");
            assertThat(throttled.status()).isEqualTo(429);
            assertThat(throttled.json().get("error").asText()).isEqualTo("rate_limit_error");
            assertThat(throttled.code()).isEqualTo("rate_limited");
            assertThat(throttled.json().get("message").asText()).contains("API key");
            assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 12L);
            assertThat(server.http().withKey(null).get("/v1/assets").status()).as("a missing key counts too").isEqualTo(429);

            assertThat(server.http().get("/v1/assets").status()).as("successful auth is unaffected").isEqualTo(200);
            assertThat(server.http().get("/v1/whoami").status()).isEqualTo(200);
        }
    }
}
