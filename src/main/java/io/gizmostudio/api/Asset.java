package io.gizmostudio.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An asset as the API returns it (contract §5–6, with the local-engine extensions of §10). Fields the
 * server did not send are null ({@code progress}, {@code updatedAt}, {@code error}, {@code stats},
 * {@code params}, {@code seed}); lists are never null.
 */
public record Asset(String id, AssetStatus status, String name, String prompt, Instant createdAt, Instant updatedAt,
                    List<String> exportFormats, List<String> tags, Integer progress, ApiError error,
                    AssetStats stats, Map<String, Object> params, Long seed) {
    public Asset {
        exportFormats = exportFormats == null ? List.of() : List.copyOf(exportFormats);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
