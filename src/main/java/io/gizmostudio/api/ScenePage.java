package io.gizmostudio.api;

import java.util.List;

/** One page of {@code GET /v1/scenes}. */
public record ScenePage(List<Scene> scenes, long total, int limit, int offset) {
    public ScenePage {
        scenes = scenes == null ? List.of() : List.copyOf(scenes);
    }
}
