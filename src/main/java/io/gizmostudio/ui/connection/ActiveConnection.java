package io.gizmostudio.ui.connection;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetPage;
import io.gizmostudio.api.CreateAssetRequest;
import io.gizmostudio.ui.common.AssetLibraryService;
import io.gizmostudio.ui.common.AssetQuery;
import io.gizmostudio.ui.common.CancellationSignal;
import io.gizmostudio.ui.common.FailureKind;
import io.gizmostudio.ui.common.SceneService;
import io.gizmostudio.ui.common.ServiceException;
import io.gizmostudio.ui.common.TransferProgress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The connection the app works with right now. ViewModels hold this one object (or its {@link #scenes()});
 * switching profiles swaps what is behind it, so nobody has to be rebuilt. Read from workers, swapped on the UI
 * thread, hence volatile.
 */
public final class ActiveConnection implements AssetLibraryService, AutoCloseable {
    private volatile Connection current;
    private final SceneService scenes = new ActiveScenes(this::connection);

    public Optional<Connection> current() {
        return Optional.ofNullable(current);
    }

    /** Makes {@code next} the active connection and returns the previous one for the caller to close off the UI thread. */
    public Optional<Connection> replace(Connection next) {
        Connection previous = current;
        current = next;
        return previous == next ? Optional.empty() : Optional.ofNullable(previous);
    }

    /**
     * The active connection's scenes, looked up on every call like the asset methods here. A view rather than
     * {@code implements SceneService}: both services have {@code get(String)} (returning an asset or a scene), and
     * {@code delete} and {@code export} with the same parameters, so one class cannot be both.
     */
    public SceneService scenes() {
        return scenes;
    }

    public ConnectionReport check() {
        return connection().check();
    }

    @Override
    public AssetPage page(AssetQuery query, int offset, int limit) {
        return connection().assets().page(query, offset, limit);
    }

    @Override
    public Asset get(String assetId) {
        return connection().assets().get(assetId);
    }

    @Override
    public Asset create(CreateAssetRequest request) {
        return connection().assets().create(request);
    }

    @Override
    public Asset importDescription(byte[] zip, String name) {
        return connection().assets().importDescription(zip, name);
    }

    @Override
    public void delete(String assetId) {
        connection().assets().delete(assetId);
    }

    @Override
    public List<String> scenesUsing(String assetId) {
        return connection().assets().scenesUsing(assetId);
    }

    @Override
    public Asset awaitTerminal(String assetId, Duration timeout, Consumer<Asset> onUpdate, CancellationSignal cancel) {
        return connection().assets().awaitTerminal(assetId, timeout, onUpdate, cancel);
    }

    @Override
    public Path export(String assetId, String format, Path destination, TransferProgress progress, CancellationSignal cancel) {
        return connection().assets().export(assetId, format, destination, progress, cancel);
    }

    @Override
    public void close() {
        Connection previous = current;
        current = null;
        if (previous != null) {
            previous.close();
        }
    }

    private Connection connection() {
        Connection c = current;
        if (c == null) {
            throw new ServiceException(FailureKind.UNREACHABLE, "not_connected", "Not connected to a server yet.");
        }
        return c;
    }
}
