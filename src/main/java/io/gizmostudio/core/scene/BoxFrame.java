package io.gizmostudio.core.scene;

import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;

/**
 * A {@link ShapeBox} with its axes and bounds worked out once, for the separating-axis test run many times
 * per box by the live checks. Package-private: an implementation detail of {@link ShapeBox} and {@link SceneChecks}.
 */
final class BoxFrame {
    /** Cross-product axes shorter than this come from (nearly) parallel edges; the face axes already cover them. */
    private static final double PARALLEL_EPS = 1e-9;

    final Vec3 center;
    final Vec3[] axes;
    final double[] half;
    final Aabb bounds;

    BoxFrame(ShapeBox box) {
        Quat q = box.pose().rotation().normalized();
        center = box.pose().position();
        axes = new Vec3[] {q.rotate(Vec3.UNIT_X), q.rotate(Vec3.UNIT_Y), q.rotate(Vec3.UNIT_Z)};
        Vec3 h = box.halfExtents();
        half = new double[] {h.x(), h.y(), h.z()};
        Vec3 extent = new Vec3(radiusAlong(Vec3.UNIT_X), radiusAlong(Vec3.UNIT_Y), radiusAlong(Vec3.UNIT_Z));
        bounds = new Aabb(center.minus(extent), center.plus(extent));
    }

    /** Half the box's extent projected on the unit {@code axis}. */
    double radiusAlong(Vec3 axis) {
        return half[0] * Math.abs(axes[0].dot(axis)) + half[1] * Math.abs(axes[1].dot(axis))
                + half[2] * Math.abs(axes[2].dot(axis));
    }

    /**
     * The smallest overlap depth over the 15 axes, or, as soon as one axis shows a depth at or below
     * {@code floor}, that depth (the minimum can then only be lower, and the caller does not care by how much).
     * With {@code floor} = -∞ this is the exact minimum.
     */
    double penetration(BoxFrame o, double floor) {
        Vec3 d = o.center.minus(center);
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 3; i++) {
            min = Math.min(min, depthAlong(axes[i], o, d));
            if (min <= floor) {
                return min;
            }
            min = Math.min(min, depthAlong(o.axes[i], o, d));
            if (min <= floor) {
                return min;
            }
        }
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                Vec3 axis = axes[i].cross(o.axes[j]);
                double n = axis.norm();
                if (n > PARALLEL_EPS) {
                    min = Math.min(min, depthAlong(axis.times(1 / n), o, d));
                    if (min <= floor) {
                        return min;
                    }
                }
            }
        }
        return min;
    }

    private double depthAlong(Vec3 axis, BoxFrame o, Vec3 d) {
        return radiusAlong(axis) + o.radiusAlong(axis) - Math.abs(d.dot(axis));
    }
}
