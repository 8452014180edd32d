package io.gizmostudio.core.scene;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Collision;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.model.Vec3;
import java.util.Map;

/**
 * Where a free asset stands on a floor at z = 0: the height of its lowest collision point with every joint at zero,
 * computed exactly per shape (not from a rotated bounding box, which would float a tilted cylinder), so an export
 * starts resting on the floor with neither a gap to fall through nor a penetration to be pushed out of.
 */
public final class FloorRest {
    private FloorRest() {
    }

    /** The lowest z of {@code a}'s collision shapes in its root frame (0 when it has none). */
    public static double lowestCollisionZ(Articulation a) {
        Map<String, Pose> poses = ForwardKinematics.linkPoses(a, Map.of());
        double low = Double.POSITIVE_INFINITY;
        for (Link l : a.links()) {
            Pose link = poses.get(l.name());
            if (link == null) {
                continue;
            }
            for (Collision c : l.collisions()) {
                low = Math.min(low, lowest(c.geometry(), link.compose(c.origin())));
            }
        }
        return Double.isFinite(low) ? low : 0;
    }

    /** The root pose that puts {@code a}'s lowest collision point on the floor, centred where it was built. */
    public static Pose onFloor(Articulation a) {
        return Pose.of(0, 0, -lowestCollisionZ(a));
    }

    /** The lowest z of a shape at {@code at}: its centre less its half extent along world Z. */
    static double lowest(Geometry g, Pose at) {
        double cz = at.position().z();
        // the shape's local axes expressed in the world: their z components are what a support along -Z sees
        double ax = at.rotation().rotate(Vec3.UNIT_X).z();
        double ay = at.rotation().rotate(Vec3.UNIT_Y).z();
        double az = at.rotation().rotate(Vec3.UNIT_Z).z();
        if (g instanceof Geometry.Box b) {
            return cz - (b.size().x() * Math.abs(ax) + b.size().y() * Math.abs(ay) + b.size().z() * Math.abs(az)) / 2;
        } else if (g instanceof Geometry.Cylinder c) {
            return cz - c.length() / 2 * Math.abs(az) - c.radius() * Math.sqrt(Math.max(0, 1 - az * az));
        } else if (g instanceof Geometry.Sphere s) {
            return cz - s.radius();
        } else if (g instanceof Geometry.Capsule c) {
            return cz - c.length() / 2 * Math.abs(az) - c.radius();
        } else if (g instanceof TriangleMesh m) {
            double low = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m.vertexCount(); i++) {
                low = Math.min(low, at.transformPoint(m.vertex(i)).z());
            }
            return low;
        }
        throw new IllegalArgumentException("unknown geometry " + g);
    }
}
