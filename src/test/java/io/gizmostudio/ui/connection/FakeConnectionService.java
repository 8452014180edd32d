package io.gizmostudio.ui.connection;

import io.gizmostudio.api.Health;
import io.gizmostudio.api.WhoAmI;
import io.gizmostudio.ui.common.AssetLibraryService;
import io.gizmostudio.ui.common.FailureKind;
import io.gizmostudio.ui.common.SceneService;
import io.gizmostudio.ui.common.ServiceException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Opens fake connections over a given {@link AssetLibraryService} (and {@link SceneService}, when given);
 * health can be switched off to simulate an outage.
 */
public final class FakeConnectionService implements ConnectionService {
    public final List<ConnectionProfile> opened = new ArrayList<>();
    public final List<FakeConnection> connections = new ArrayList<>();
    public final AtomicBoolean healthy = new AtomicBoolean(true);
    public volatile String acceptedKey;
    public boolean closed;
    private final AssetLibraryService assets;
    private final SceneService scenes;

    public FakeConnectionService(AssetLibraryService assets) {
        this(assets, null);
    }

    /** {@code scenes} may be null for tests that never touch scenes; asking for them then fails loudly. */
    public FakeConnectionService(AssetLibraryService assets, SceneService scenes) {
        this.assets = assets;
        this.scenes = scenes;
    }

    @Override
    public Connection open(ConnectionProfile profile) {
        opened.add(profile);
        String url = profile.kind().isRemote() ? profile.baseUrl() : "http://127.0.0.1:40000/v1";
        FakeConnection c = new FakeConnection(profile.kind(), url);
        connections.add(c);
        return c;
    }

    @Override
    public ConnectionReport test(ConnectionProfile profile) {
        return new FakeConnection(profile.kind(), profile.baseUrl()).check(profile);
    }

    @Override
    public void close() {
        closed = true;
    }

    /** One fake connection; remembers whether it was closed. */
    public final class FakeConnection implements Connection {
        private final ProfileKind kind;
        private final String url;
        public boolean closed;

        FakeConnection(ProfileKind kind, String url) {
            this.kind = kind;
            this.url = url;
        }

        @Override
        public ProfileKind kind() {
            return kind;
        }

        @Override
        public String baseUrl() {
            return url;
        }

        @Override
        public AssetLibraryService assets() {
            return assets;
        }

        @Override
        public SceneService scenes() {
            if (scenes == null) {
                throw new IllegalStateException("this fake connection was made without scenes");
            }
            return scenes;
        }

        @Override
        public ConnectionReport check() {
            return check(null);
        }

        ConnectionReport check(ConnectionProfile profile) {
            if (!healthy.get()) {
                throw new ServiceException(FailureKind.UNREACHABLE, null, "connection refused");
            }
            if (profile != null && acceptedKey != null && !acceptedKey.equals(profile.apiKey())) {
                throw new ServiceException(FailureKind.UNAUTHORIZED, "invalid_api_key", "Invalid API key");
            }
            return new ConnectionReport(url, new Health("ok", "0.1.0"), new WhoAmI("key_1", "studio", null, 600));
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
