package io.gizmostudio.ui.scenes;

/**
 * What the export pre-check's Fix buttons do to the open scene. The composer implements it: select a placement
 * (so the user sees it), drop it onto the surface below, rename it. Called on the UI thread.
 */
public interface ExportFixes {
    /** Selects only {@code placementId} in the composer (and shows it). */
    void select(String placementId);

    /** Puts {@code placementId} down on whatever is below it (the floor at least), as an undoable edit. */
    void dropToSurface(String placementId);

    /** Renames {@code placementId}, as an undoable edit. */
    void rename(String placementId, String name);
}
