package io.gizmostudio.ui.common;

import io.gizmostudio.api.PlacementEntry;
import io.gizmostudio.api.Scene;
import io.gizmostudio.api.ScenePage;
import java.nio.file.Path;
import java.util.List;

/**
 * The scene operations the desktop app needs, as blocking calls (the {@link UiExecutor} puts them on a worker).
 * Failures are {@link ServiceException}s whose {@link FailureKind} tells a refused save (401, 429, 5xx, offline)
 * from a rejected one (400, 404, 409), so the caller knows whether to keep the edits for later or to say what is
 * wrong with them.
 */
public interface SceneService {

    /**
     * One page of scene summaries whose name contains {@code search} (case-insensitive; null or blank: all), newest
     * first. Summaries have no placements; their {@code placementCount} is set where the server sends it (the local
     * engine does) and null otherwise.
     */
    ScenePage page(String search, int offset, int limit);

    /** The scene with every placement. */
    Scene get(String sceneId);

    Scene create(String name, String description);

    Scene rename(String sceneId, String name);

    void delete(String sceneId);

    /**
     * Makes the server's placement list equal {@code entries}, in order (one {@code PUT} where the server has it,
     * otherwise add, update and remove placement by placement), and returns the scene as the server now holds it.
     * Entries with a null {@code placementId} are new placements. The placement-by-placement fallback is not one
     * transaction and cannot reorder: kept placements stay in the server's order and new ones come last.
     */
    Scene savePlacements(String sceneId, List<PlacementEntry> entries);

    /** Downloads the scene's export bundle (zip) in {@code format} to {@code destination} and returns the saved path. */
    Path export(String sceneId, String format, Path destination, TransferProgress progress, CancellationSignal cancel);
}
