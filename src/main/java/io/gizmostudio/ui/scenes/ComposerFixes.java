package io.gizmostudio.ui.scenes;

import io.gizmostudio.ui.composer.SceneComposerViewModel;
import io.gizmostudio.ui.composer.SelectMode;

/** The export pre-check's fixes, done by the composer as edits (so each one undoes). */
public final class ComposerFixes implements ExportFixes {
    private final SceneComposerViewModel composer;

    public ComposerFixes(SceneComposerViewModel composer) {
        this.composer = composer;
    }

    @Override
    public void select(String placementId) {
        composer.select(placementId, SelectMode.REPLACE);
    }

    @Override
    public void dropToSurface(String placementId) {
        composer.select(placementId, SelectMode.REPLACE);
        composer.dropToSurfaceCommand().execute();
    }

    @Override
    public void rename(String placementId, String name) {
        composer.rename(placementId, name);
    }
}
