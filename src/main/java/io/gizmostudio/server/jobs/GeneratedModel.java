package io.gizmostudio.server.jobs;

import io.gizmostudio.core.model.Articulation;
import java.util.Map;

/** A generated articulation and what the prompt was understood as ({@code params} on the wire). */
public record GeneratedModel(Articulation articulation, Map<String, Object> params) {
    public GeneratedModel {
        params = Map.copyOf(params);
    }
}
