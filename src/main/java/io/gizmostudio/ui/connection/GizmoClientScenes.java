package io.gizmostudio.ui.connection;

import io.gizmostudio.api.CreateSceneRequest;
import io.gizmostudio.api.PlacementEntry;
import io.gizmostudio.api.Scene;
import io.gizmostudio.api.ScenePage;
import io.gizmostudio.api.UpdateSceneRequest;
import io.gizmostudio.client.ReplacePlacementsResult;
import io.gizmostudio.client.SceneQuery;
import io.gizmostudio.client.ScenesResource;
import io.gizmostudio.ui.common.CancellationSignal;
import io.gizmostudio.ui.common.FailureKind;
import io.gizmostudio.ui.common.SceneService;
import io.gizmostudio.ui.common.ServiceException;
import io.gizmostudio.ui.common.TransferProgress;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link SceneService} over the HTTP client's {@link ScenesResource}; failures become {@link ServiceException}s. */
final class GizmoClientScenes implements SceneService {
    private static final Logger LOG = LoggerFactory.getLogger(GizmoClientScenes.class);

    private final ScenesResource scenes;
    private final PlacementByPlacementSave fallback;

    GizmoClientScenes(ScenesResource scenes) {
        this.scenes = scenes;
        this.fallback = new PlacementByPlacementSave(scenes);
    }

    @Override
    public ScenePage page(String search, int offset, int limit) {
        SceneQuery query = SceneQuery.ALL.withOffset(offset).withLimit(limit)
                .withQ(search == null || search.isBlank() ? null : search.trim());
        return ClientFailures.call(() -> scenes.list(query));
    }

    @Override
    public Scene get(String sceneId) {
        return ClientFailures.call(() -> scenes.get(sceneId));
    }

    @Override
    public Scene create(String name, String description) {
        return ClientFailures.call(() -> scenes.create(new CreateSceneRequest(name, description)));
    }

    @Override
    public Scene rename(String sceneId, String name) {
        return ClientFailures.call(() -> scenes.update(sceneId, new UpdateSceneRequest(name, null)));
    }

    @Override
    public void delete(String sceneId) {
        ClientFailures.run(() -> scenes.delete(sceneId));
    }

    @Override
    public Scene savePlacements(String sceneId, List<PlacementEntry> entries) {
        return ClientFailures.call(() -> {
            ReplacePlacementsResult result = scenes.replacePlacements(sceneId, entries);
            if (result instanceof ReplacePlacementsResult.Replaced replaced) {
                return replaced.scene();
            }
            ReplacePlacementsResult.NotSupported no = (ReplacePlacementsResult.NotSupported) result;
            LOG.info("The server has no PUT of a scene's placements ({} {}); saving {} placement by placement",
                    no.status(), no.code(), sceneId);
            return fallback.save(sceneId, entries);
        });
    }

    @Override
    public Path export(String sceneId, String format, Path destination, TransferProgress progress, CancellationSignal cancel) {
        return ClientFailures.call(() -> scenes.export(sceneId, format, destination, (done, total) -> {
            if (cancel.isCancelled()) {
                // The downloader deletes its temporary file on any failure, so nothing half-written stays.
                throw new ServiceException(FailureKind.LOCAL, "cancelled", "Export cancelled.");
            }
            progress.update(done, total);
        }));
    }
}
