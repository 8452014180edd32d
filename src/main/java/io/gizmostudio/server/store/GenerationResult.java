package io.gizmostudio.server.store;

import java.util.List;

/** What a finished generation stores: wire JSON of stats and params, the formats, and the encoded articulation. */
public record GenerationResult(String statsJson, String paramsJson, List<String> exportFormats, String articulationJson) {
    public GenerationResult {
        exportFormats = List.copyOf(exportFormats);
    }
}
