package io.gizmostudio.core.scene;

import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;

/**
 * Grid snapping: position {@code step} (default 0.05 m) in x and y; rotation {@code angleStep} (default 15°)
 * about z. Height is never snapped: it comes from the surface an object stands on.
 */
public record GridSnap(double step, double angleStep) {
    public static final GridSnap DEFAULT = new GridSnap(0.05, Math.toRadians(15));

    public GridSnap {
        if (!(step > 0) || !Double.isFinite(step) || !(angleStep > 0) || !Double.isFinite(angleStep)) {
            throw new IllegalArgumentException("grid steps must be positive and finite, got " + step + " m, "
                    + angleStep + " rad");
        }
    }

    /** x and y rounded to the nearest multiple of {@code step}; z unchanged. */
    public Vec3 snapXY(Vec3 p) {
        return new Vec3(nearest(p.x(), step), nearest(p.y(), step), p.z());
    }

    /** The nearest multiple of {@code angleStep} (not wrapped into a turn). */
    public double snapAngle(double radians) {
        return nearest(radians, angleStep);
    }

    /** The rotation with its yaw snapped, roll and pitch kept as they are (URDF roll-pitch-yaw). */
    public Quat snapYaw(Quat q) {
        Vec3 rpy = q.normalized().toRpy();
        return Quat.fromRpy(rpy.x(), rpy.y(), snapAngle(rpy.z()));
    }

    private static double nearest(double v, double step) {
        // rint, not round: no long overflow for far-off values; a tie goes to the even multiple
        return Math.rint(v / step) * step;
    }
}
