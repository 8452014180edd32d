package io.gizmostudio.core.scene;

import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Collision;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Visual;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An asset's solid shape in its own root frame at one joint pose: one {@link ShapeBox} per collision geometry
 * (each geometry's local bounds as a box at link pose ∘ geometry origin); a link without collisions contributes
 * its visuals instead, so purely visual assets still have a footprint. {@code bounds} = union of the boxes'
 * bounds ({@link Aabb#EMPTY} for a shapeless asset). Computed once per asset and joint pose, then placed many
 * times by {@link #placedAt}.
 */
public record AssetShape(List<ShapeBox> boxes, Aabb bounds) {

    public AssetShape {
        if (boxes == null || bounds == null) {
            throw new IllegalArgumentException("asset shape needs boxes and bounds");
        }
        boxes = List.copyOf(boxes);
    }

    /** The shape of {@code a} with its joints at {@code jointPositions} (missing joints at zero). */
    public static AssetShape of(Articulation a, Map<String, Double> jointPositions) {
        Map<String, Pose> linkPoses = ForwardKinematics.linkPoses(a, jointPositions == null ? Map.of() : jointPositions);
        List<ShapeBox> boxes = new ArrayList<>();
        for (Link link : a.links()) {
            Pose linkPose = linkPoses.get(link.name());
            if (linkPose == null) {
                continue; // not reachable from the root in a broken model: no pose to put it at
            }
            if (!link.collisions().isEmpty()) {
                for (Collision c : link.collisions()) {
                    add(boxes, c.geometry(), linkPose.compose(c.origin()));
                }
            } else {
                for (Visual v : link.visuals()) {
                    add(boxes, v.geometry(), linkPose.compose(v.origin()));
                }
            }
        }
        return new AssetShape(boxes, ShapeBox.boundsOf(boxes));
    }

    private static void add(List<ShapeBox> boxes, Geometry g, Pose frame) {
        Aabb local = g.localBounds();
        if (!local.isEmpty() && local.min().isFinite() && local.max().isFinite()) {
            boxes.add(ShapeBox.around(local, frame));
        }
    }

    public boolean isEmpty() {
        return boxes.isEmpty();
    }

    /** This shape moved into the scene by a placement's pose. */
    public PlacedShape placedAt(String placementId, Pose pose) {
        List<ShapeBox> world = boxes.stream().map(b -> b.transformed(pose)).toList();
        return new PlacedShape(placementId, world, ShapeBox.boundsOf(world));
    }
}
