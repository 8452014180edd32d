package io.gizmostudio.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    @Test
    void localScheduleStartsAtAQuarterSecondAndSettlesAtTwoSeconds() {
        assertThat(IntStream.range(0, 9).mapToObj(k -> PollSchedule.LOCAL.delay(k).toMillis()).toList())
                .isEqualTo(List.of(250L, 375L, 562L, 843L, 1265L, 1898L, 2000L, 2000L, 2000L));
    }

    @Test
    void remoteScheduleStartsAtOneSecondAndSettlesAtTenSeconds() {
        assertThat(IntStream.range(0, 8).mapToObj(k -> PollSchedule.REMOTE.delay(k).toMillis()).toList())
                .isEqualTo(List.of(1000L, 1500L, 2250L, 3375L, 5062L, 7593L, 10000L, 10000L));
    }

    @Test
    void aFactorOfOnePollsAtAFixedRate() {
        PollSchedule fixed = new PollSchedule(Duration.ofMillis(100), 1.0, Duration.ofSeconds(1));
        assertThat(fixed.delay(0)).isEqualTo(fixed.delay(50));
    }
}
