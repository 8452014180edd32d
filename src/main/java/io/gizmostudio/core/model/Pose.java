package io.gizmostudio.core.model;

/** A rigid transform: rotation then translation, mapping child-frame points into the parent frame. */
public record Pose(Vec3 position, Quat rotation) {
    public static final Pose IDENTITY = new Pose(Vec3.ZERO, Quat.IDENTITY);

    public Pose {
        if (position == null || rotation == null) {
            throw new IllegalArgumentException("pose needs a position and a rotation");
        }
    }

    public static Pose of(double x, double y, double z) {
        return new Pose(new Vec3(x, y, z), Quat.IDENTITY);
    }

    public static Pose of(Vec3 position) {
        return new Pose(position, Quat.IDENTITY);
    }

    /** Translation plus URDF roll-pitch-yaw. */
    public static Pose xyzRpy(double x, double y, double z, double roll, double pitch, double yaw) {
        return new Pose(new Vec3(x, y, z), Quat.fromRpy(roll, pitch, yaw));
    }

    /** The pose of a frame given relative to this one: {@code this ∘ child}. */
    public Pose compose(Pose child) {
        return new Pose(position.plus(rotation.rotate(child.position)), rotation.multiply(child.rotation).normalized());
    }

    public Pose inverse() {
        Quat inv = rotation.conjugate();
        return new Pose(inv.rotate(position).negate(), inv);
    }

    public Vec3 transformPoint(Vec3 p) {
        return position.plus(rotation.rotate(p));
    }

    public boolean isIdentity(double tolerance) {
        return position.isNear(Vec3.ZERO, tolerance) && rotation.isIdentity(tolerance);
    }

    public boolean isFinite() {
        return position.isFinite() && rotation.isFinite();
    }

    public boolean isNear(Pose o, double tolerance) {
        return position.isNear(o.position, tolerance) && rotation.isNear(o.rotation, tolerance);
    }
}
