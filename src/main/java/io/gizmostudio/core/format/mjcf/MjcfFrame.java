package io.gizmostudio.core.format.mjcf;

import io.gizmostudio.core.format.xml.XmlElement;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import java.util.Locale;

/**
 * Reads MJCF frames: {@code pos} plus one of {@code quat} (w x y z), {@code axisangle}, {@code euler}
 * (in the compiler's {@code eulerseq}; lower case is rotating axes, upper case fixed axes),
 * {@code xyaxes} or {@code zaxis}. Angles follow the compiler's {@code angle} unit.
 */
final class MjcfFrame {
    private final boolean degrees;
    private final String eulerSeq;

    MjcfFrame(boolean degrees, String eulerSeq) {
        if (eulerSeq.length() != 3 || !eulerSeq.toLowerCase(Locale.ROOT).matches("[xyz]{3}")) {
            throw new IllegalArgumentException("eulerseq must be three of x, y, z: " + eulerSeq);
        }
        this.degrees = degrees;
        this.eulerSeq = eulerSeq;
    }

    boolean degrees() {
        return degrees;
    }

    double angle(double value) {
        return degrees ? Math.toRadians(value) : value;
    }

    Pose pose(XmlElement e) {
        return new Pose(e.vector("pos", Vec3.ZERO), rotation(e));
    }

    Quat rotation(XmlElement e) {
        int given = 0;
        for (String a : new String[] {"quat", "axisangle", "euler", "xyaxes", "zaxis"}) {
            given += e.has(a) ? 1 : 0;
        }
        if (given > 1) {
            throw e.error("more than one orientation given (quat, axisangle, euler, xyaxes, zaxis)");
        }
        if (e.has("quat")) {
            return e.wxyzQuat("quat");
        }
        if (e.has("axisangle")) {
            double[] v = e.numbers("axisangle", 4);
            Vec3 axis = nonZero(e, "axisangle", new Vec3(v[0], v[1], v[2]));
            return Quat.fromAxisAngle(axis, angle(v[3]));
        }
        if (e.has("euler")) {
            double[] v = e.numbers("euler", 3);
            return euler(angle(v[0]), angle(v[1]), angle(v[2]));
        }
        if (e.has("xyaxes")) {
            double[] v = e.numbers("xyaxes", 6);
            Vec3 x = nonZero(e, "xyaxes", new Vec3(v[0], v[1], v[2])).normalized();
            Vec3 yRaw = new Vec3(v[3], v[4], v[5]);
            Vec3 y = nonZero(e, "xyaxes", yRaw.minus(x.times(x.dot(yRaw)))).normalized();
            return fromColumns(x, y, x.cross(y));
        }
        if (e.has("zaxis")) {
            return alignZ(nonZero(e, "zaxis", e.vector("zaxis", Vec3.UNIT_Z)).normalized());
        }
        return Quat.IDENTITY;
    }

    /** The rotation of Euler angles given in the compiler's unit and sequence (as in an {@code euler} attribute). */
    Quat eulerRotation(double a, double b, double c) {
        return euler(angle(a), angle(b), angle(c));
    }

    private Quat euler(double a, double b, double c) {
        double[] angles = {a, b, c};
        Quat q = Quat.IDENTITY;
        for (int i = 0; i < 3; i++) {
            char axisName = eulerSeq.charAt(i);
            Vec3 axis = axisOf(Character.toLowerCase(axisName));
            Quat r = Quat.fromAxisAngle(axis, angles[i]);
            // lower case: intrinsic (rotating frame) -> post-multiply; upper case: extrinsic -> pre-multiply
            q = Character.isLowerCase(axisName) ? q.multiply(r) : r.multiply(q);
        }
        return q.normalized();
    }

    private static Vec3 axisOf(char c) {
        return c == 'x' ? Vec3.UNIT_X : c == 'y' ? Vec3.UNIT_Y : Vec3.UNIT_Z;
    }

    /** The rotation taking +Z onto {@code z} by the shortest arc (MuJoCo's zaxis and fromto convention). */
    static Quat alignZ(Vec3 z) {
        double d = Vec3.UNIT_Z.dot(z);
        if (d > 1 - 1e-12) {
            return Quat.IDENTITY;
        }
        if (d < -1 + 1e-12) {
            return Quat.fromAxisAngle(Vec3.UNIT_X, Math.PI);
        }
        Vec3 axis = Vec3.UNIT_Z.cross(z).normalized();
        return Quat.fromAxisAngle(axis, Math.acos(Math.max(-1, Math.min(1, d))));
    }

    private static Quat fromColumns(Vec3 x, Vec3 y, Vec3 z) {
        double m00 = x.x(), m01 = y.x(), m02 = z.x();
        double m10 = x.y(), m11 = y.y(), m12 = z.y();
        double m20 = x.z(), m21 = y.z(), m22 = z.z();
        double trace = m00 + m11 + m22;
        double qw, qx, qy, qz;
        if (trace > 0) {
            double s = Math.sqrt(trace + 1) * 2;
            qw = 0.25 * s; qx = (m21 - m12) / s; qy = (m02 - m20) / s; qz = (m10 - m01) / s;
        } else if (m00 > m11 && m00 > m22) {
            double s = Math.sqrt(1 + m00 - m11 - m22) * 2;
            qw = (m21 - m12) / s; qx = 0.25 * s; qy = (m01 + m10) / s; qz = (m02 + m20) / s;
        } else if (m11 > m22) {
            double s = Math.sqrt(1 + m11 - m00 - m22) * 2;
            qw = (m02 - m20) / s; qx = (m01 + m10) / s; qy = 0.25 * s; qz = (m12 + m21) / s;
        } else {
            double s = Math.sqrt(1 + m22 - m00 - m11) * 2;
            qw = (m10 - m01) / s; qx = (m02 + m20) / s; qy = (m12 + m21) / s; qz = 0.25 * s;
        }
        return new Quat(qx, qy, qz, qw).normalized();
    }

    private static Vec3 nonZero(XmlElement e, String attribute, Vec3 v) {
        if (v.norm() < 1e-12) {
            throw e.error("attribute '" + attribute + "' gives a zero or degenerate direction");
        }
        return v;
    }
}
