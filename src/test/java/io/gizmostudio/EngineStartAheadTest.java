package io.gizmostudio;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.server.EmbeddedEngine;
import io.gizmostudio.server.ServerConfig;
import io.gizmostudio.ui.connection.BuiltInEngine;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher starts the built-in engine while the window is built: one engine, found up by the first connection. */
class EngineStartAheadTest {
    @TempDir
    Path data;

    @Test
    void theFirstConnectionGetsTheEngineStartedAheadRatherThanASecondOne() throws Exception {
        AtomicInteger started = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ServerBuiltInEngine engine = new ServerBuiltInEngine(() -> {
            started.incrementAndGet();
            await(release); // the engine is still coming up when the window connects
            return EmbeddedEngine.start(ServerConfig.defaults(data).withPort(0));
        });
        try {
            engine.startAhead();
            waitFor(() -> started.get() == 1);
            Thread connecting = new Thread(() -> engine.start());
            connecting.start();
            Thread.sleep(100);
            assertThat(connecting.isAlive()).as("connecting waits for the engine starting ahead").isTrue();
            release.countDown();
            connecting.join(30_000);

            BuiltInEngine.EngineEndpoint endpoint = engine.start();
            assertThat(started).hasValue(1);
            assertThat(endpoint.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/v1");
        } finally {
            release.countDown();
            engine.stop();
        }
    }

    @Test
    void aStopBeforeTheStartAheadRunsCancelsIt() throws Exception {
        AtomicInteger started = new AtomicInteger();
        ServerBuiltInEngine engine = new ServerBuiltInEngine(() -> {
            started.incrementAndGet();
            return EmbeddedEngine.start(ServerConfig.defaults(data).withPort(0));
        });
        try {
            synchronized (engine) { // the ahead thread cannot get going before the stop
                engine.startAhead();
                engine.stop();
            }
            Thread.sleep(300);
            assertThat(started).as("no engine left running after the window was closed at once").hasValue(0);

            engine.start(); // a later connection still starts it
            assertThat(started).hasValue(1);
        } finally {
            engine.stop();
        }
    }

    @Test
    void aFailureStartingAheadIsLeftToTheConnectionToReport() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        ServerBuiltInEngine engine = new ServerBuiltInEngine(() -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("the data folder is read-only");
        });
        engine.startAhead();
        waitFor(() -> attempts.get() == 1);

        org.assertj.core.api.Assertions.assertThatThrownBy(engine::start).hasMessageContaining("read-only");
        assertThat(attempts).hasValue(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
