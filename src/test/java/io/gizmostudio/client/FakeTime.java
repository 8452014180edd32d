package io.gizmostudio.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when the client sleeps; every sleep is recorded, so schedules are asserted exactly. */
final class FakeTime extends Clock implements Sleeper {
    static final Instant START = Instant.parse("2025-03-01T12:00:00Z");

    private Instant now = START;
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    synchronized List<Long> sleepMillis() {
        return sleeps.stream().map(Duration::toMillis).toList();
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
