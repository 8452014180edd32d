package io.gizmostudio.core.scene;

import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;

/**
 * Rotations used by the rotate handle (turns about scene axes, whatever the object's orientation) and the
 * inspector (which shows and edits URDF roll, pitch, yaw in degrees).
 */
public final class Rotations {
    private Rotations() {
    }

    /** {@code q} turned by {@code radians} about the scene-frame {@code axis}: fromAxisAngle(axis, a) ∘ q, normalised. */
    public static Quat aboutWorldAxis(Quat q, Vec3 axis, double radians) {
        return Quat.fromAxisAngle(axis, radians).multiply(q).normalized();
    }

    /** Roll, pitch, yaw in degrees (URDF convention: fixed-axis X, then Y, then Z). */
    public static Vec3 rpyDegrees(Quat q) {
        Vec3 rpy = q.normalized().toRpy();
        return new Vec3(Math.toDegrees(rpy.x()), Math.toDegrees(rpy.y()), Math.toDegrees(rpy.z()));
    }

    public static Quat fromRpyDegrees(double roll, double pitch, double yaw) {
        return Quat.fromRpy(Math.toRadians(roll), Math.toRadians(pitch), Math.toRadians(yaw));
    }
}
