package io.gizmostudio;

import io.gizmostudio.server.EmbeddedEngine;
import io.gizmostudio.ui.connection.BuiltInEngine;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ui's {@link BuiltInEngine} over the server's {@link EmbeddedEngine}: the local engine in this process, on a
 * free loopback port. With the launcher, the only code that joins the ui and the server.
 */
final class ServerBuiltInEngine implements BuiltInEngine {
    private static final Logger LOG = LoggerFactory.getLogger(ServerBuiltInEngine.class);

    private final Supplier<EmbeddedEngine> starter;
    private EmbeddedEngine engine;
    private EngineEndpoint endpoint;
    private long stops;

    /** {@code starter} starts an engine (the launcher: over the user data dir; tests: over a temp dir). */
    ServerBuiltInEngine(Supplier<EmbeddedEngine> starter) {
        this.starter = starter;
    }

    @Override
    public synchronized EngineEndpoint start() {
        if (engine == null) {
            long t0 = System.nanoTime();
            engine = starter.get();
            endpoint = new EngineEndpoint(engine.baseUrl(), engine.apiKey());
            LOG.info("Built-in engine ready at {} in {} ms", engine.baseUrl(), (System.nanoTime() - t0) / 1_000_000);
        }
        return endpoint;
    }

    /**
     * Starts the engine on a thread of its own, so it comes up while the toolkit starts and the window is built;
     * {@link #start} then waits for it rather than starting a second. A {@link #stop} before that thread gets going
     * cancels it. A failure here is only logged: connecting calls {@link #start} again and reports it.
     */
    void startAhead() {
        long stopsBefore;
        synchronized (this) {
            stopsBefore = stops;
        }
        Thread ahead = new Thread(() -> {
            synchronized (this) {
                if (stops != stopsBefore) {
                    return;
                }
                try {
                    start();
                } catch (RuntimeException e) {
                    LOG.warn("The built-in engine did not start ahead of the window ({}); connecting tries again", e.toString());
                }
            }
        }, "gizmo-engine-start");
        ahead.setDaemon(true);
        ahead.start();
    }

    @Override
    public synchronized void stop() {
        stops++;
        if (engine != null) {
            engine.stop();
            engine = null;
            endpoint = null;
        }
    }
}
