package io.gizmostudio.server;

import io.gizmostudio.server.auth.IssuedKey;
import io.gizmostudio.server.export.BundleExportService;
import io.gizmostudio.server.jobs.CoreAssetFactory;
import java.nio.file.Path;

/**
 * The engine inside the desktop app: started by the composition root on a free loopback port, it hands back
 * the base URL and a key for the app's client. Without {@code GIZMO_API_KEY} the app gets a fresh secret on
 * every start for one stable desktop key id, so the library it built in earlier sessions stays visible.
 */
public final class EmbeddedEngine implements AutoCloseable {
    /** The key id the desktop app's keys are issued under. */
    public static final String DESKTOP_KEY_ID = "key_desktop";

    private final GizmoServer server;
    private final String apiKey;

    private EmbeddedEngine(GizmoServer server, String apiKey) {
        this.server = server;
        this.apiKey = apiKey;
    }

    /** Starts the engine over {@code dataDir}, reading {@code GIZMO_API_KEY} from the environment. */
    public static EmbeddedEngine start(Path dataDir) {
        return start(ServerConfig.defaults(dataDir).withPort(0).withEnvironmentKey(System.getenv("GIZMO_API_KEY")));
    }

    /** Starts the engine with {@code config} (its host must be loopback); port 0 picks a free port. */
    public static EmbeddedEngine start(ServerConfig config) {
        GizmoServer server = GizmoServer.start(config.withAllowRemote(false), new CoreAssetFactory(), new BundleExportService());
        try {
            String key = config.environmentKey();
            if (key == null || key.isBlank()) {
                IssuedKey issued = server.keys().renew(DESKTOP_KEY_ID, "desktop");
                key = issued.secret();
            }
            return new EmbeddedEngine(server, key);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** {@code http://127.0.0.1:<port>/v1}: what the app's client uses as its base URL. */
    public String baseUrl() {
        return server.baseUrl() + "/v1";
    }

    /** The key the app sends as {@code Authorization: Bearer <key>}. Never log it. */
    public String apiKey() {
        return apiKey;
    }

    public int port() {
        return server.port();
    }

    /** Stops taking requests, lets running generations finish (bounded) and closes the store. */
    public void stop() {
        server.close();
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "EmbeddedEngine[" + baseUrl() + "]";
    }
}
