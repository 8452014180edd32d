package io.gizmostudio.server.export;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Pose;

/** One placement of a scene as the exporter sees it: a unique name, the stored model and its pose in the scene. */
public record ScenePart(String name, Articulation articulation, Pose pose) {
}
