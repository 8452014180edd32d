package io.gizmostudio;

import io.gizmostudio.server.GizmoServer;
import io.gizmostudio.server.ServerConfig;
import io.gizmostudio.server.auth.IssuedKey;
import io.gizmostudio.server.export.ExportService;
import io.gizmostudio.server.jobs.AssetFactory;
import io.gizmostudio.ui.connection.BuiltInEngine;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in engine: the local {@link GizmoServer} in this process, on a free loopback port, with its store in
 * the user data dir. Each start renews the secret of one fixed key id, so the key is fresh every launch while
 * the library the key owns stays. The only class that joins the ui and the server (with the launcher).
 */
final class EmbeddedEngine implements BuiltInEngine {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedEngine.class);
    /** Fixed id of the desktop app's key: everything it created stays visible across launches. */
    static final String DESKTOP_KEY_ID = "key_desktopstudio0";

    private final Path dataDir;
    private final AssetFactory factory;
    private final ExportService exporter;
    private GizmoServer server;
    private EngineEndpoint endpoint;

    EmbeddedEngine(Path dataDir, AssetFactory factory, ExportService exporter) {
        this.dataDir = dataDir;
        this.factory = factory;
        this.exporter = exporter;
    }

    @Override
    public synchronized EngineEndpoint start() {
        if (server == null) {
            long t0 = System.nanoTime();
            server = GizmoServer.start(ServerConfig.defaults(dataDir).withPort(0), factory, exporter);
            IssuedKey key = server.keys().renew(DESKTOP_KEY_ID, "Gizmo Studio desktop");
            endpoint = new EngineEndpoint(server.baseUrl() + "/v1", key.secret());
            LOG.info("Built-in engine ready at {} in {} ms", server.baseUrl(), (System.nanoTime() - t0) / 1_000_000);
        }
        return endpoint;
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
            endpoint = null;
        }
    }
}
