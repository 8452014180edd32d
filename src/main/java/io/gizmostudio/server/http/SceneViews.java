package io.gizmostudio.server.http;

import io.gizmostudio.api.Placement;
import io.gizmostudio.api.Scene;
import io.gizmostudio.server.store.SceneStore;
import io.gizmostudio.server.store.StoredPlacement;
import io.gizmostudio.server.store.StoredScene;
import java.util.List;
import java.util.Locale;

/** Stored scenes as the wire's {@link Scene} and {@link SceneSummary}. */
public final class SceneViews {
    private SceneViews() {
    }

    public static Scene toWire(StoredScene s) {
        List<Placement> placements = s.placements().stream().map(SceneViews::toWire).toList();
        return new Scene(s.id(), s.name(), s.description(), s.createdAt(), s.updatedAt(), placements);
    }

    public static Placement toWire(StoredPlacement p) {
        return new Placement(p.id(), p.assetId(), p.name(), p.position(), p.rotation(), p.addedAt(),
                p.mobility().name().toLowerCase(Locale.ROOT), p.jointPositions());
    }

    public static SceneSummary summary(SceneStore.Listed listed) {
        StoredScene s = listed.scene();
        return new SceneSummary(s.id(), s.name(), s.description(), s.createdAt(), s.updatedAt(), listed.placementCount());
    }
}
