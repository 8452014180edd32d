package io.gizmostudio.client;

import java.time.Duration;

/**
 * How the client waits between retries and polls. Tests inject one that records the delays and advances a
 * fake clock, so schedules are asserted exactly and run instantly.
 */
@FunctionalInterface
public interface Sleeper {
    /** Thread.sleep: interruptible, which is how a cancelled wait ends early. */
    Sleeper SYSTEM = duration -> {
        long millis = duration.toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    };

    void sleep(Duration duration) throws InterruptedException;
}
