package io.gizmostudio.ui.connection;

import io.gizmostudio.client.GizmoClient;
import io.gizmostudio.client.GizmoClientOptions;
import io.gizmostudio.ui.common.FailureKind;
import io.gizmostudio.ui.common.ServiceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens {@link GizmoClient}-backed connections. For the built-in profile it starts the {@link BuiltInEngine} first
 * (and keeps it running while that profile is active); switching to a remote profile stops the engine.
 */
public final class ClientConnectionService implements ConnectionService {
    private static final Logger LOG = LoggerFactory.getLogger(ClientConnectionService.class);

    private final BuiltInEngine engine;

    public ClientConnectionService(BuiltInEngine engine) {
        this.engine = engine;
    }

    @Override
    public Connection open(ConnectionProfile profile) {
        if (profile.kind().isRemote()) {
            Connection connection = new GizmoClientConnection(profile.kind(), client(profile.baseUrl(), profile.apiKey()));
            stopEngine();
            return connection;
        }
        BuiltInEngine.EngineEndpoint endpoint = startEngine();
        return new GizmoClientConnection(ProfileKind.BUILT_IN, client(endpoint.baseUrl(), endpoint.apiKey()));
    }

    @Override
    public ConnectionReport test(ConnectionProfile profile) {
        if (!profile.kind().isRemote()) {
            BuiltInEngine.EngineEndpoint endpoint = startEngine();
            try (GizmoClientConnection c = new GizmoClientConnection(ProfileKind.BUILT_IN, client(endpoint.baseUrl(), endpoint.apiKey()))) {
                return c.check();
            }
        }
        try (GizmoClientConnection c = new GizmoClientConnection(profile.kind(), client(profile.baseUrl(), profile.apiKey()))) {
            return c.check();
        }
    }

    @Override
    public void close() {
        stopEngine();
    }

    private BuiltInEngine.EngineEndpoint startEngine() {
        try {
            return engine.start();
        } catch (RuntimeException e) {
            LOG.error("The built-in engine did not start", e);
            throw new ServiceException(FailureKind.LOCAL, "engine_start_failed",
                    "The built-in engine did not start: " + e.getMessage() + ". See the log; try restarting the app.", null, e);
        }
    }

    private void stopEngine() {
        try {
            engine.stop();
        } catch (RuntimeException e) {
            LOG.warn("Stopping the built-in engine failed", e);
        }
    }

    private static GizmoClient client(String baseUrl, String apiKey) {
        try {
            GizmoClientOptions.Builder options = GizmoClientOptions.builder().baseUrl(baseUrl);
            if (apiKey != null && !apiKey.isBlank()) {
                options.apiKey(apiKey);
            }
            return new GizmoClient(options.build());
        } catch (IllegalArgumentException e) {
            throw new ServiceException(FailureKind.INVALID_REQUEST, "invalid_setting", e.getMessage(), null, e);
        }
    }
}
