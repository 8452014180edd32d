package io.gizmostudio.ui.scenes;

import io.gizmostudio.api.Placement;
import io.gizmostudio.api.PlacementEntry;
import io.gizmostudio.api.Scene;
import io.gizmostudio.ui.common.SceneService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Duplicate: a new scene "<name> copy" holding the source's placements as new ones (blocking; on a worker). */
final class SceneCopy {
    private static final Logger LOG = LoggerFactory.getLogger(SceneCopy.class);

    private SceneCopy() {
    }

    static Scene of(SceneService scenes, String sourceId) {
        Scene source = scenes.get(sourceId);
        Scene copy = scenes.create(SceneName.copyOf(source.name()), source.description());
        if (source.assets().isEmpty()) {
            return copy;
        }
        try {
            return scenes.savePlacements(copy.id(), source.assets().stream().map(SceneCopy::asNew).toList());
        } catch (RuntimeException e) {
            // An empty "copy" would pass for a real one; take it away again, best effort.
            try {
                scenes.delete(copy.id());
            } catch (RuntimeException cleanup) {
                LOG.warn("Could not remove the half-made copy {}: {}", copy.id(), cleanup.toString());
            }
            throw e;
        }
    }

    private static PlacementEntry asNew(Placement p) {
        return new PlacementEntry(null, p.assetId(), p.name(), p.position(), p.rotation(), p.mobility(), p.jointPositions());
    }
}
