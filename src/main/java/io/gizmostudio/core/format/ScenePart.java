package io.gizmostudio.core.format;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Pose;

/** One articulation placed in a scene at {@code pose} (its root frame in the Z-up scene frame). */
public record ScenePart(String name, Articulation articulation, Pose pose) {
    public ScenePart {
        if (name == null || name.isBlank() || articulation == null || pose == null) {
            throw new IllegalArgumentException("a scene part needs a name, an articulation and a pose");
        }
    }
}
