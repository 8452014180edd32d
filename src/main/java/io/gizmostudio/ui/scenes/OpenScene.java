package io.gizmostudio.ui.scenes;

import io.gizmostudio.core.scene.SceneDocument;
import java.time.Instant;

/**
 * The scene the composer has open, as the server last held it: its id (null until first saved), the key of its
 * local draft, the document as last saved or opened, and the server's {@code updated_at} then (null when unknown).
 */
public record OpenScene(String sceneId, String draftKey, SceneDocument saved, Instant serverUpdatedAt) {

    public boolean isOnServer() {
        return sceneId != null;
    }

    public String name() {
        return saved.name();
    }

    OpenScene savedAs(String id, SceneDocument doc, Instant updatedAt) {
        return new OpenScene(id, draftKey, doc, updatedAt);
    }
}
