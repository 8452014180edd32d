package io.gizmostudio.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RateLimiter limiter = new RateLimiter(now::get);

    @Test
    void aFullBucketAllowsAMinutesBurstThenRefusesWithRetryAfter() {
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.acquire("k", 60).allowed()).isTrue();
        }
        RateLimiter.Decision refused = limiter.acquire("k", 60);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(refused.resetSeconds()).isEqualTo(60);
    }

    @Test
    void tokensRefillAtTheConfiguredRateAndKeysAreIndependent() {
        for (int i = 0; i < 60; i++) {
            limiter.acquire("k", 60);
        }
        assertThat(limiter.acquire("other", 60).allowed()).isTrue();
        now.addAndGet(2_000_000_000L);
        assertThat(limiter.acquire("k", 60).allowed()).isTrue();
        assertThat(limiter.acquire("k", 60).allowed()).isTrue();
        assertThat(limiter.acquire("k", 60).allowed()).isFalse();
    }
}
