package io.gizmostudio.ui.scenes;

import io.gizmostudio.api.Scene;
import io.gizmostudio.core.scene.SceneDocument;
import io.gizmostudio.ui.common.SceneService;

/**
 * The worker side of a save: creates the scene first when it is new, then writes the whole placement list in one
 * call. A failure after the scene was created says which scene it made ({@link PartlySaved}), so the next try
 * does not create another.
 */
final class SceneWriter {
    private final SceneService scenes;
    private final SceneDocumentMapping mapping;

    SceneWriter(SceneService scenes, SceneDocumentMapping mapping) {
        this.scenes = scenes;
        this.mapping = mapping;
    }

    /** Writes {@code sent} to scene {@code sceneId}, or to a new scene when it is null; blocking. */
    Scene write(String sceneId, SceneDocument sent) {
        String id = sceneId != null ? sceneId : scenes.create(sent.name(), null).id();
        try {
            return scenes.savePlacements(id, mapping.toEntries(sent));
        } catch (RuntimeException e) {
            throw new PartlySaved(id, e);
        }
    }

    /** A save that failed writing the placements, the scene ({@link #sceneId}) already existing or just created. */
    static final class PartlySaved extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String sceneId;

        PartlySaved(String sceneId, RuntimeException cause) {
            super(cause.getMessage(), cause);
            this.sceneId = sceneId;
        }

        String sceneId() {
            return sceneId;
        }
    }
}
