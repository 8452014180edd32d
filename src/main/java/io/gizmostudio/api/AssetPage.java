package io.gizmostudio.api;

import java.util.List;

/** One page of {@code GET /v1/assets}. */
public record AssetPage(List<Asset> assets, long total, int limit, int offset) {
    public AssetPage {
        assets = assets == null ? List.of() : List.copyOf(assets);
    }
}
