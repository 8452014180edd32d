package io.gizmostudio.core.format;

import java.util.List;

/**
 * A scene ready for export: a name and its parts in placement order. Each part keeps its own joints and
 * is written as a separate, prefixed sub-model anchored to the world at its pose. An empty scene is a
 * valid world (a floor only).
 */
public record SceneModel(String name, List<ScenePart> parts) {
    public SceneModel {
        if (name == null) {
            throw new IllegalArgumentException("a scene needs a name");
        }
        parts = List.copyOf(parts);
    }
}
