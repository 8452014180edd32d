package io.gizmostudio.ui.connection;

import io.gizmostudio.api.Health;
import io.gizmostudio.api.WhoAmI;
import io.gizmostudio.client.GizmoClient;
import io.gizmostudio.client.NotFoundException;
import io.gizmostudio.ui.common.AssetLibraryService;
import io.gizmostudio.ui.common.SceneService;

/** A {@link Connection} over one {@link GizmoClient}. */
final class GizmoClientConnection implements Connection {
    private final ProfileKind kind;
    private final GizmoClient client;
    private final AssetLibraryService assets;
    private final SceneService scenes;

    GizmoClientConnection(ProfileKind kind, GizmoClient client) {
        this.kind = kind;
        this.client = client;
        this.assets = new GizmoClientAssets(client.assets(), client.scenes());
        this.scenes = new GizmoClientScenes(client.scenes());
    }

    @Override
    public ProfileKind kind() {
        return kind;
    }

    @Override
    public String baseUrl() {
        String url = client.options().baseUrl().toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public AssetLibraryService assets() {
        return assets;
    }

    @Override
    public SceneService scenes() {
        return scenes;
    }

    @Override
    public ConnectionReport check() {
        return ClientFailures.call(() -> {
            Health health = health();
            WhoAmI who = client.whoami();
            return new ConnectionReport(baseUrl(), health, who);
        });
    }

    /** Health is a local-engine extension; a server without it (404) is still healthy if whoami answers. */
    private Health health() {
        try {
            return client.health();
        } catch (NotFoundException e) {
            return null;
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
