package io.gizmostudio.core.format;

import io.gizmostudio.core.model.Articulation;

/**
 * Writes an articulation, or a scene of posed articulations, in one simulator format. Implementations
 * are stateless and deterministic: the same input gives byte-identical files. They refuse an
 * articulation that does not validate ({@link io.gizmostudio.core.model.InvalidArticulationException}).
 */
public interface ModelWriter {

    ExportFormat format();

    ExportedModel writeAsset(Articulation articulation);

    ExportedModel writeScene(SceneModel scene);

    /**
     * How many joints this format's validators count for {@code articulation} exported as an asset
     * (MJCF: movable joints only, fixed joints become welds; URDF: every joint; USD: every joint plus the
     * fixed joint that anchors the root to the world).
     */
    int jointCount(Articulation articulation);
}
