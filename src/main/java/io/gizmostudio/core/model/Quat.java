package io.gizmostudio.core.model;

/**
 * An immutable rotation quaternion (x, y, z, w), the order used on the wire.
 * Instances made through the factories are unit quaternions.
 */
public record Quat(double x, double y, double z, double w) {
    public static final Quat IDENTITY = new Quat(0, 0, 0, 1);

    /** Rotation of {@code angle} radians about {@code axis} (need not be unit length). */
    public static Quat fromAxisAngle(Vec3 axis, double angle) {
        Vec3 a = axis.normalized();
        double s = Math.sin(angle / 2);
        return new Quat(a.x() * s, a.y() * s, a.z() * s, Math.cos(angle / 2));
    }

    /** URDF convention: fixed-axis roll about X, then pitch about Y, then yaw about Z (R = Rz·Ry·Rx). */
    public static Quat fromRpy(double roll, double pitch, double yaw) {
        double cr = Math.cos(roll / 2), sr = Math.sin(roll / 2);
        double cp = Math.cos(pitch / 2), sp = Math.sin(pitch / 2);
        double cy = Math.cos(yaw / 2), sy = Math.sin(yaw / 2);
        return new Quat(
                sr * cp * cy - cr * sp * sy,
                cr * sp * cy + sr * cp * sy,
                cr * cp * sy - sr * sp * cy,
                cr * cp * cy + sr * sp * sy).normalized();
    }

    /** Roll, pitch, yaw (URDF convention) of this rotation. */
    public Vec3 toRpy() {
        double[][] m = toMatrix();
        double pitch = Math.asin(Math.max(-1, Math.min(1, -m[2][0])));
        double roll;
        double yaw;
        if (Math.abs(m[2][0]) < 1 - 1e-9) {
            roll = Math.atan2(m[2][1], m[2][2]);
            yaw = Math.atan2(m[1][0], m[0][0]);
        } else {
            roll = 0;
            yaw = Math.atan2(-m[0][1], m[1][1]);
        }
        return new Vec3(roll, pitch, yaw);
    }

    public double norm() {
        return Math.sqrt(x * x + y * y + z * z + w * w);
    }

    /** This quaternion at unit length; throws for a zero or non-finite quaternion. */
    public Quat normalized() {
        double n = norm();
        if (!(n > 1e-12) || !Double.isFinite(n)) {
            throw new IllegalArgumentException("cannot normalise a zero or non-finite quaternion " + this);
        }
        return new Quat(x / n, y / n, z / n, w / n);
    }

    /** Hamilton product: applying {@code o} first, then this. */
    public Quat multiply(Quat o) {
        return new Quat(
                w * o.x + x * o.w + y * o.z - z * o.y,
                w * o.y - x * o.z + y * o.w + z * o.x,
                w * o.z + x * o.y - y * o.x + z * o.w,
                w * o.w - x * o.x - y * o.y - z * o.z);
    }

    public Quat conjugate() {
        return new Quat(-x, -y, -z, w);
    }

    public Vec3 rotate(Vec3 v) {
        // v' = v + 2w(q×v) + 2 q×(q×v)
        Vec3 q = new Vec3(x, y, z);
        Vec3 t = q.cross(v).times(2);
        return v.plus(t.times(w)).plus(q.cross(t));
    }

    /** Row-major 3×3 rotation matrix. */
    public double[][] toMatrix() {
        double xx = x * x, yy = y * y, zz = z * z;
        double xy = x * y, xz = x * z, yz = y * z, wx = w * x, wy = w * y, wz = w * z;
        return new double[][] {
            {1 - 2 * (yy + zz), 2 * (xy - wz), 2 * (xz + wy)},
            {2 * (xy + wz), 1 - 2 * (xx + zz), 2 * (yz - wx)},
            {2 * (xz - wy), 2 * (yz + wx), 1 - 2 * (xx + yy)}
        };
    }

    public boolean isFinite() {
        return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z) && Double.isFinite(w);
    }

    public boolean isIdentity(double tolerance) {
        return Math.abs(x) <= tolerance && Math.abs(y) <= tolerance && Math.abs(z) <= tolerance
                && Math.abs(Math.abs(w) - 1) <= tolerance;
    }

    /** True when both represent the same rotation (q and -q are the same rotation). */
    public boolean isNear(Quat o, double tolerance) {
        double d = Math.abs(x * o.x + y * o.y + z * o.z + w * o.w);
        return 1 - d <= tolerance;
    }
}
