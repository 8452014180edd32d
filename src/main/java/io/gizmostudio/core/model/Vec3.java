package io.gizmostudio.core.model;

/** An immutable 3-vector in metres (or a direction). Z is up. */
public record Vec3(double x, double y, double z) {
    public static final Vec3 ZERO = new Vec3(0, 0, 0);
    public static final Vec3 UNIT_X = new Vec3(1, 0, 0);
    public static final Vec3 UNIT_Y = new Vec3(0, 1, 0);
    public static final Vec3 UNIT_Z = new Vec3(0, 0, 1);

    public static Vec3 of(double x, double y, double z) {
        return new Vec3(x, y, z);
    }

    public Vec3 plus(Vec3 o) {
        return new Vec3(x + o.x, y + o.y, z + o.z);
    }

    public Vec3 minus(Vec3 o) {
        return new Vec3(x - o.x, y - o.y, z - o.z);
    }

    public Vec3 times(double s) {
        return new Vec3(x * s, y * s, z * s);
    }

    public Vec3 negate() {
        return new Vec3(-x, -y, -z);
    }

    public double dot(Vec3 o) {
        return x * o.x + y * o.y + z * o.z;
    }

    public Vec3 cross(Vec3 o) {
        return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    public double norm() {
        return Math.sqrt(x * x + y * y + z * z);
    }

    /** This vector scaled to unit length; throws for a zero vector. */
    public Vec3 normalized() {
        double n = norm();
        if (!(n > 1e-12)) {
            throw new IllegalArgumentException("cannot normalise a zero or non-finite vector " + this);
        }
        return times(1.0 / n);
    }

    /**
     * A unit vector perpendicular to this one: the coordinate axis least aligned with it (x, then y, then z on
     * ties), with its component along this vector removed. A Z vector gets X. Deterministic, so the same axis
     * always gets the same reference direction (joint-limit arcs, in-plane axes of a planar joint).
     */
    public Vec3 perpendicular() {
        Vec3 a = normalized();
        Vec3 b = Math.abs(a.x) <= Math.abs(a.y) && Math.abs(a.x) <= Math.abs(a.z) ? UNIT_X
                : Math.abs(a.y) <= Math.abs(a.z) ? UNIT_Y : UNIT_Z;
        return b.minus(a.times(b.dot(a))).normalized();
    }

    public Vec3 min(Vec3 o) {
        return new Vec3(Math.min(x, o.x), Math.min(y, o.y), Math.min(z, o.z));
    }

    public Vec3 max(Vec3 o) {
        return new Vec3(Math.max(x, o.x), Math.max(y, o.y), Math.max(z, o.z));
    }

    public boolean isFinite() {
        return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z);
    }

    public boolean isNear(Vec3 o, double tolerance) {
        return Math.abs(x - o.x) <= tolerance && Math.abs(y - o.y) <= tolerance && Math.abs(z - o.z) <= tolerance;
    }
}
