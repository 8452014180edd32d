package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;

/** Orients shapes whose own axis is local Z (cylinders, capsules) along a direction of the link frame. */
final class AxisAlignment {
    private AxisAlignment() {
    }

    /** The rotation that turns local +Z onto {@code direction}. */
    static Quat zOnto(Vec3 direction) {
        Vec3 d = direction.normalized();
        if (d.z() > 1 - 1e-12) {
            return Quat.IDENTITY;
        }
        if (d.z() < -1 + 1e-12) {
            return Quat.fromAxisAngle(Vec3.UNIT_X, Math.PI);
        }
        return Quat.fromAxisAngle(Vec3.UNIT_Z.cross(d), Math.acos(d.z()));
    }

    static Pose cylinderPose(Vec3 center, Vec3 axis) {
        return new Pose(center, zOnto(axis));
    }
}
