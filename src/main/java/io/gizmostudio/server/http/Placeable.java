package io.gizmostudio.server.http;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.server.store.StoredAsset;
import java.util.function.Supplier;

/**
 * A ready asset of the caller's, about to be placed: its row, its default mobility (from its params family) and,
 * read only when a placement sets joint positions, its articulation.
 */
final class Placeable {
    private final StoredAsset asset;
    private final Mobility defaultMobility;
    private final Supplier<Articulation> loader;
    private Articulation articulation;

    Placeable(StoredAsset asset, Mobility defaultMobility, Supplier<Articulation> loader) {
        this.asset = asset;
        this.defaultMobility = defaultMobility;
        this.loader = loader;
    }

    StoredAsset asset() {
        return asset;
    }

    Mobility defaultMobility() {
        return defaultMobility;
    }

    Articulation articulation() {
        if (articulation == null) {
            articulation = loader.get();
        }
        return articulation;
    }
}
