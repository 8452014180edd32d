package io.gizmostudio.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.server.codec.ArticulationCodec;
import io.gizmostudio.server.store.AssetStore;
import io.gizmostudio.server.store.StoredAsset;
import java.util.HashMap;
import java.util.Map;

/**
 * Looks up the assets a request places: 404 when unknown, 403 when another key's, 409 {@code asset_not_ready}
 * unless ready. A {@link Lookup} serves one request and reads each asset (and its model) once, however many
 * entries place it.
 */
public final class PlaceableAssets {
    private final AssetStore assets;
    private final Ownership ownership;
    private final ArticulationCodec codec;
    private final ObjectMapper json;

    public PlaceableAssets(AssetStore assets, Ownership ownership, ArticulationCodec codec, ObjectMapper json) {
        this.assets = assets;
        this.ownership = ownership;
        this.codec = codec;
        this.json = json;
    }

    Lookup lookup(String owner) {
        return new Lookup(owner);
    }

    /** One request's asset lookups. */
    final class Lookup {
        private final String owner;
        private final Map<String, Placeable> seen = new HashMap<>();

        private Lookup(String owner) {
            this.owner = owner;
        }

        Placeable require(String assetId) {
            Placeable p = seen.get(assetId);
            if (p == null) {
                StoredAsset asset = ownership.asset(assetId, owner);
                if (asset.status() != AssetStatus.READY) {
                    throw PlacementRoutes.notReady(asset);
                }
                p = new Placeable(asset, Mobility.of(family(asset), asset.fixedBase()), () -> codec.decode(assets.model(asset.id())
                        .orElseThrow(() -> new IllegalStateException("ready asset " + asset.id() + " has no stored model"))));
                seen.put(assetId, p);
            }
            return p;
        }
    }

    private String family(StoredAsset asset) {
        if (asset.paramsJson() == null) {
            return null;
        }
        try {
            JsonNode family = json.readTree(asset.paramsJson()).get("family");
            return family != null && family.isTextual() ? family.textValue() : null;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("asset " + asset.id() + " has unreadable params", e);
        }
    }
}
