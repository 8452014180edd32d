package io.gizmostudio.server.store;

import io.gizmostudio.api.AssetStatus;
import java.time.Instant;
import java.util.List;

/**
 * An asset row. {@code statsJson} and {@code paramsJson} are the wire JSON of {@code stats} and {@code params}
 * once ready (null before); {@code errorCode}/{@code errorMessage} are set only when failed. {@code fixedBase} is the
 * request's {@code fixed_base}: the generation welds a free-by-default asset to the world when it is set.
 */
public record StoredAsset(String id, String owner, AssetStatus status, String name, String prompt, List<String> tags,
                          long seed, int progress, Instant createdAt, Instant updatedAt, String errorCode,
                          String errorMessage, String statsJson, String paramsJson, List<String> exportFormats,
                          boolean fixedBase) {
    public StoredAsset {
        tags = List.copyOf(tags);
        exportFormats = List.copyOf(exportFormats);
    }

    /** An asset with its family's default base (no {@code fixed_base}). */
    public StoredAsset(String id, String owner, AssetStatus status, String name, String prompt, List<String> tags,
                       long seed, int progress, Instant createdAt, Instant updatedAt, String errorCode,
                       String errorMessage, String statsJson, String paramsJson, List<String> exportFormats) {
        this(id, owner, status, name, prompt, tags, seed, progress, createdAt, updatedAt, errorCode, errorMessage,
                statsJson, paramsJson, exportFormats, false);
    }
}
