package io.gizmostudio.server.export;

import io.gizmostudio.core.format.ScenePart;
import io.gizmostudio.core.model.Articulation;
import java.util.List;

/**
 * Writes export bundles (a zip with {@code manifest.json}, the entrypoint and any meshes, contract §6–7) for one
 * asset or a whole scene. {@code format} is always one of the canonical names of
 * {@link io.gizmostudio.api.ExportFormats}; callers have checked it.
 */
public interface ExportService {
    byte[] exportAsset(String assetId, Articulation articulation, String format);

    /** An empty {@code parts} list is a valid empty world. */
    byte[] exportScene(String sceneId, String sceneName, List<ScenePart> parts, String format);
}
