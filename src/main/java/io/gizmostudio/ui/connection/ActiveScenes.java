package io.gizmostudio.ui.connection;

import io.gizmostudio.api.PlacementEntry;
import io.gizmostudio.api.Scene;
import io.gizmostudio.api.ScenePage;
import io.gizmostudio.ui.common.CancellationSignal;
import io.gizmostudio.ui.common.SceneService;
import io.gizmostudio.ui.common.TransferProgress;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** The scenes of whichever connection is active at the moment of each call (see {@link ActiveConnection#scenes()}). */
final class ActiveScenes implements SceneService {
    private final Supplier<Connection> connection;

    ActiveScenes(Supplier<Connection> connection) {
        this.connection = connection;
    }

    @Override
    public ScenePage page(String search, int offset, int limit) {
        return scenes().page(search, offset, limit);
    }

    @Override
    public Scene get(String sceneId) {
        return scenes().get(sceneId);
    }

    @Override
    public Scene create(String name, String description) {
        return scenes().create(name, description);
    }

    @Override
    public Scene rename(String sceneId, String name) {
        return scenes().rename(sceneId, name);
    }

    @Override
    public void delete(String sceneId) {
        scenes().delete(sceneId);
    }

    @Override
    public Scene savePlacements(String sceneId, List<PlacementEntry> entries) {
        return scenes().savePlacements(sceneId, entries);
    }

    @Override
    public Path export(String sceneId, String format, Path destination, TransferProgress progress, CancellationSignal cancel) {
        return scenes().export(sceneId, format, destination, progress, cancel);
    }

    private SceneService scenes() {
        return connection.get().scenes();
    }
}
