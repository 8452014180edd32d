package io.gizmostudio.api;

import java.util.List;

/**
 * Body of {@code PUT /v1/scenes/{id}/assets} (local-engine extension): the scene's whole placement list, in
 * order, replaced in one transaction. Placements of the scene that the list does not name are removed. Any
 * invalid entry is 400 with a message naming {@code assets[i]} and the field, and changes nothing; an entry's
 * unknown asset is 404 {@code asset_not_found}, an asset that is not ready 409 {@code asset_not_ready}. The
 * reply is 200 with the full scene. Sending the same list again changes nothing (not even {@code updated_at}).
 */
public record ReplacePlacementsRequest(List<PlacementEntry> assets) {
    public ReplacePlacementsRequest {
        assets = assets == null ? List.of() : List.copyOf(assets);
    }
}
