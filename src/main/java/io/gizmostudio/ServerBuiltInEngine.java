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

    @Override
    public synchronized void stop() {
        if (engine != null) {
            engine.stop();
            engine = null;
            endpoint = null;
        }
    }
}
