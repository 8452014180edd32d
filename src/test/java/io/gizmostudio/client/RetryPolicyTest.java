package io.gizmostudio.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

    @ParameterizedTest
    @CsvSource({"1,500", "2,1000", "3,2000", "4,4000", "5,8000", "6,8000", "40,8000"})
    void defaultBackoffDoublesFromHalfASecondUpToEightSecondsWithoutJitter(int retry, long millis) {
        assertThat(RetryPolicy.DEFAULT.withJitter(false).backoff(retry, 0.9)).isEqualTo(Duration.ofMillis(millis));
    }

    @Test
    void fullJitterScalesTheExponentialWaitByTheRandomDraw() {
        RetryPolicy p = RetryPolicy.DEFAULT;
        assertThat(p.backoff(1, 0.0)).isEqualTo(Duration.ZERO);
        assertThat(p.backoff(3, 0.5)).isEqualTo(Duration.ofMillis(1000));
        assertThat(p.backoff(6, 0.999)).isEqualTo(Duration.ofMillis(7992));
    }

    @Test
    void jitteredWaitsNeverExceedTheUnjitteredOnes() {
        IntStream.rangeClosed(1, 10).forEach(retry -> assertThat(RetryPolicy.DEFAULT.backoff(retry, 0.99999))
                .isLessThanOrEqualTo(RetryPolicy.DEFAULT.withJitter(false).backoff(retry, 0)));
    }

    @Test
    void defaultsAreFourAttemptsAndAThirtySecondRetryAfterCap() {
        assertThat(RetryPolicy.DEFAULT.maxAttempts()).isEqualTo(4);
        assertThat(RetryPolicy.DEFAULT.retryAfterCap()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.withMaxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.backoff(0, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
