package io.gizmostudio.ui.scenes;

import io.gizmostudio.core.scene.SceneDocument;
import java.time.Instant;

/**
 * The scene the composer has open, as the server last held it: its id (null until first saved), which opening of a
 * document this is ({@code opening}: a save that finishes after another document was opened is not applied to it;
 * the local draft's own key is {@link DraftRecorder#key}), the document as last saved or opened, and the server's
 * {@code updated_at} then (null when unknown).
 */
public record OpenScene(String sceneId, String opening, SceneDocument saved, Instant serverUpdatedAt) {

    public boolean isOnServer() {
        return sceneId != null;
    }

    public String name() {
        return saved.name();
    }

    OpenScene savedAs(String id, SceneDocument doc, Instant updatedAt) {
        return new OpenScene(id, opening, doc, updatedAt);
    }
}
