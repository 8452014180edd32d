package io.gizmostudio.core.model;

/**
 * A joint from {@code parent} to {@code child}. {@code origin} places the child frame in the parent frame at
 * zero position; {@code axis} is a unit vector in the joint (= child) frame. {@code limits}, {@code mimic}
 * and {@code drive} may be null: limits for fixed joints, mimic and drive when absent.
 */
public record Joint(String name, JointType type, String parent, String child, Pose origin, Vec3 axis,
                    JointLimits limits, JointDynamics dynamics, Mimic mimic, Drive drive) {

    public Joint {
        if (name == null || type == null || parent == null || child == null || origin == null) {
            throw new IllegalArgumentException("joint needs a name, type, parent, child and origin");
        }
        if (axis == null) {
            axis = Vec3.UNIT_Z;
        }
        if (dynamics == null) {
            dynamics = JointDynamics.NONE;
        }
    }

    public static Joint fixed(String name, String parent, String child, Pose origin) {
        return new Joint(name, JointType.FIXED, parent, child, origin, Vec3.UNIT_Z, null, JointDynamics.NONE, null, null);
    }

    /** Whether a controller drives this joint (it has a drive and follows no other joint). */
    public boolean isActuated() {
        return type.isMovable() && drive != null && mimic == null;
    }

    /** The child frame in the parent frame for joint position {@code q}. */
    public Pose childPose(double q) {
        return switch (type) {
            case FIXED -> origin;
            case REVOLUTE, CONTINUOUS -> origin.compose(new Pose(Vec3.ZERO, Quat.fromAxisAngle(axis, q)));
            case PRISMATIC -> origin.compose(Pose.of(axis.times(q)));
        };
    }

    public Joint withOrigin(Pose newOrigin) {
        return new Joint(name, type, parent, child, newOrigin, axis, limits, dynamics, mimic, drive);
    }

    public Joint withDrive(Drive newDrive) {
        return new Joint(name, type, parent, child, origin, axis, limits, dynamics, mimic, newDrive);
    }

    public Joint renamed(String prefix) {
        Mimic m = mimic == null ? null : new Mimic(prefix + mimic.joint(), mimic.multiplier(), mimic.offset());
        return new Joint(prefix + name, type, prefix + parent, prefix + child, origin, axis, limits, dynamics, m, drive);
    }
}
