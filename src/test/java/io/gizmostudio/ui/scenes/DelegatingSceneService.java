package io.gizmostudio.ui.scenes;

import io.gizmostudio.api.PlacementEntry;
import io.gizmostudio.api.Scene;
import io.gizmostudio.api.ScenePage;
import io.gizmostudio.ui.common.CancellationSignal;
import io.gizmostudio.ui.common.SceneService;
import io.gizmostudio.ui.common.TransferProgress;
import java.nio.file.Path;
import java.util.List;

/** Passes every call on; tests override one call to make a server misbehave in one way. */
class DelegatingSceneService implements SceneService {
    private final SceneService inner;

    DelegatingSceneService(SceneService inner) {
        this.inner = inner;
    }

    @Override
    public ScenePage page(String search, int offset, int limit) {
        return inner.page(search, offset, limit);
    }

    @Override
    public Scene get(String sceneId) {
        return inner.get(sceneId);
    }

    @Override
    public Scene create(String name, String description) {
        return inner.create(name, description);
    }

    @Override
    public Scene rename(String sceneId, String name) {
        return inner.rename(sceneId, name);
    }

    @Override
    public void delete(String sceneId) {
        inner.delete(sceneId);
    }

    @Override
    public Scene savePlacements(String sceneId, List<PlacementEntry> entries) {
        return inner.savePlacements(sceneId, entries);
    }

    @Override
    public Path export(String sceneId, String format, Path destination, TransferProgress progress, CancellationSignal cancel) {
        return inner.export(sceneId, format, destination, progress, cancel);
    }
}
