package io.gizmostudio.server.jobs;

import io.gizmostudio.api.AssetStats;
import io.gizmostudio.api.BoundingBox;
import io.gizmostudio.api.Position;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;

/** The {@code stats} of a ready asset: counts, total mass and the bounds at the zero pose. */
public final class AssetStatsCalculator {
    private AssetStatsCalculator() {
    }

    public static AssetStats of(Articulation a) {
        Aabb box = ForwardKinematics.bounds(a);
        BoundingBox bbox = box.isEmpty()
                ? new BoundingBox(Position.ORIGIN, Position.ORIGIN)
                : new BoundingBox(new Position(box.min().x(), box.min().y(), box.min().z()),
                        new Position(box.max().x(), box.max().y(), box.max().z()));
        return new AssetStats(a.links().size(), a.joints().size(), a.degreesOfFreedom(), a.totalMass(), bbox);
    }
}
