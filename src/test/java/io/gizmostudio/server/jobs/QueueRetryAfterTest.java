package io.gizmostudio.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A full queue's Retry-After follows how fast it is really draining (issue 15: 48 s suggested, ~4 s to drain). */
class QueueRetryAfterTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final DrainRate drain = new DrainRate(now::get, 64, Duration.ofSeconds(60));

    @Test
    void aQueueDrainingAt250JobsASecondSuggestsTheTimeToDrainIt() {
        try (GenerationQueue queue = new GenerationQueue(null, 4, 1000, drain)) {
            fill(queue, 1000);
            completeEvery(Duration.ofMillis(4), 64);
            assertThat(queue.retryAfterSeconds()).isEqualTo(4);
        }
    }

    @Test
    void aSlowDrainSuggestsLongerAndTheSuggestionIsCapped() {
        try (GenerationQueue queue = new GenerationQueue(null, 4, 1000, drain)) {
            fill(queue, 1000);
            completeEvery(Duration.ofMillis(50), 64);
            assertThat(queue.retryAfterSeconds()).isEqualTo(50);
            completeEvery(Duration.ofSeconds(1), 64);
            assertThat(queue.retryAfterSeconds()).isEqualTo(GenerationQueue.MAX_RETRY_AFTER_S);
        }
    }

    @Test
    void aStalledQueueReadsAsSlowerThanItsLastRate() {
        completeEvery(Duration.ofMillis(4), 10);
        double before = drain.perSecond().orElseThrow();
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(drain.perSecond().orElseThrow()).isLessThan(before / 10);
        now.addAndGet(Duration.ofSeconds(120).toNanos());
        assertThat(drain.perSecond()).as("completions older than the window are forgotten").isEmpty();
    }

    @Test
    void withoutAMeasuredDrainTheJobTimeEstimateStands() {
        try (GenerationQueue queue = new GenerationQueue(null, 4, 1000, drain)) {
            fill(queue, 40);
            assertThat(queue.retryAfterSeconds()).as("40 jobs / 4 workers x 200 ms").isEqualTo(2);
        }
    }

    private static void fill(GenerationQueue queue, int jobs) {
        for (int i = 0; i < jobs; i++) {
            assertThat(queue.tryReserve()).isTrue();
        }
    }

    private void completeEvery(Duration gap, int jobs) {
        for (int i = 0; i < jobs; i++) {
            now.addAndGet(gap.toNanos());
            drain.completed();
        }
    }
}
