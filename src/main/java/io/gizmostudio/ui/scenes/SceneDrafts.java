package io.gizmostudio.ui.scenes;

import io.gizmostudio.core.scene.SceneDocument;

/** Where the open scene's unsaved edits are journaled as they happen, so a crash loses nothing. */
public interface SceneDrafts {

    /** The document differs from what the server holds: keep it. */
    void record(OpenScene scene, SceneDocument edited);

    /** The server now holds {@code saved}: the draft can go, unless it holds a newer edit. */
    void saved(OpenScene scene, SceneDocument saved);

    /** The user chose to throw the edits away. */
    void discard(OpenScene scene);
}
