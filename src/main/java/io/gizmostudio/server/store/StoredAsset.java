package io.gizmostudio.server.store;

import io.gizmostudio.api.AssetStatus;
import java.time.Instant;
import java.util.List;

/**
 * An asset row. {@code statsJson} and {@code paramsJson} are the wire JSON of {@code stats} and {@code params}
 * once ready (null before); {@code errorCode}/{@code errorMessage} are set only when failed.
 */
public record StoredAsset(String id, String owner, AssetStatus status, String name, String prompt, List<String> tags,
                          long seed, int progress, Instant createdAt, Instant updatedAt, String errorCode,
                          String errorMessage, String statsJson, String paramsJson, List<String> exportFormats) {
    public StoredAsset {
        tags = List.copyOf(tags);
        exportFormats = List.copyOf(exportFormats);
    }
}
