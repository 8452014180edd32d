package io.gizmostudio.server.http;

import io.gizmostudio.api.ErrorCodes;
import io.gizmostudio.server.store.AssetStore;
import io.gizmostudio.server.store.SceneStore;
import io.gizmostudio.server.store.StoredAsset;
import io.gizmostudio.server.store.StoredScene;

/**
 * Looks resources up for a key: a missing id is 404, another key's resource is 403 {@code forbidden} (§2), never
 * the resource itself.
 */
public final class Ownership {
    private final AssetStore assets;
    private final SceneStore scenes;

    public Ownership(AssetStore assets, SceneStore scenes) {
        this.assets = assets;
        this.scenes = scenes;
    }

    public StoredAsset asset(String id, String owner) {
        StoredAsset a = assets.find(id).orElseThrow(() -> assetNotFound(id));
        if (!a.owner().equals(owner)) {
            throw ApiException.forbidden("Asset " + id);
        }
        return a;
    }

    public StoredScene scene(String id, String owner) {
        StoredScene s = scenes.find(id).orElseThrow(() -> sceneNotFound(id));
        if (!s.owner().equals(owner)) {
            throw ApiException.forbidden("Scene " + id);
        }
        return s;
    }

    public static ApiException assetNotFound(String id) {
        return ApiException.notFound(ErrorCodes.ASSET_NOT_FOUND, "No asset with id " + Paging.abbreviate(id) + ".");
    }

    public static ApiException sceneNotFound(String id) {
        return ApiException.notFound(ErrorCodes.SCENE_NOT_FOUND, "No scene with id " + Paging.abbreviate(id) + ".");
    }
}
