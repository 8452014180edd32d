package io.gizmostudio.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FailedAuthThrottleTest {
    private final AtomicLong now = new AtomicLong(5_000_000_000L);
    private final FailedAuthThrottle throttle = new FailedAuthThrottle(10, now::get);

    @Test
    void aBurstOfFailuresPassesThenEachFurtherOneWaitsForARefill() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.failed("10.0.0.1")).isZero();
        }
        assertThat(throttle.failed("10.0.0.1")).as("one token per 6 s").isEqualTo(6);
        assertThat(throttle.failed("10.0.0.2")).as("addresses are independent").isZero();
        now.addAndGet(6_000_000_000L);
        assertThat(throttle.failed("10.0.0.1")).isZero();
        assertThat(throttle.failed("10.0.0.1")).isPositive();
    }

    @Test
    void memoryIsBoundedByDroppingTheLeastRecentlyFailingAddress() {
        for (int i = 0; i < FailedAuthThrottle.MAX_ADDRESSES + 500; i++) {
            throttle.failed("addr-" + i);
        }
        assertThat(throttle.trackedAddresses()).isEqualTo(FailedAuthThrottle.MAX_ADDRESSES);
    }
}
