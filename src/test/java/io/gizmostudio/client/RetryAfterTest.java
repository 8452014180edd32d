package io.gizmostudio.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {
    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void readsDeltaSeconds() {
        assertThat(RetryAfter.parse("7", clock)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse(" 0 ", clock)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("1.5", clock)).contains(Duration.ofMillis(1500));
    }

    @Test
    void readsAnHttpDateRelativeToTheClock() {
        assertThat(RetryAfter.parse("Sat, 01 Mar 2025 12:00:12 GMT", clock)).contains(Duration.ofSeconds(12));
    }

    @Test
    void aDateInThePastMeansNow() {
        assertThat(RetryAfter.parse("Sat, 01 Mar 2025 11:00:00 GMT", clock)).contains(Duration.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "-3", "NaN", "Tuesday"})
    void unreadableValuesAreIgnored(String header) {
        assertThat(RetryAfter.parse(header, clock)).isEmpty();
    }
}
