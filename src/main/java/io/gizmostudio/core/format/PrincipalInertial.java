package io.gizmostudio.core.format;

import io.gizmostudio.core.model.Inertia;
import io.gizmostudio.core.model.Inertial;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.SymmetricEigen;
import io.gizmostudio.core.model.Vec3;

/**
 * A link's mass properties as simulators want them: mass, centre of mass, principal moments and the
 * rotation of the principal axes in the link frame, after the export floors are applied.
 *
 * <p>Floors: a mass below {@link #MIN_MASS} and principal moments below {@link #MIN_MOMENT} are raised to
 * them. Physics engines integrate explicitly; a 5 g finger with a 1e-8 kg·m² moment under a stiff drive
 * or contact makes the time step unstable (MuJoCo reports BADQACC, PhysX jitters), and MuJoCo rejects
 * moments below its own tiny minimum outright. Raising small moments never breaks the triangle
 * inequality of a valid tensor (it only grows the two smaller sides). The floors are far below anything
 * a real link has, so real masses and tensors pass through unchanged.
 */
public record PrincipalInertial(double mass, Vec3 centerOfMass, Vec3 moments, Quat axes) {
    /** Smallest mass written for a link, kg (one gram). */
    public static final double MIN_MASS = 1e-3;
    /** Smallest principal moment written, kg·m². */
    public static final double MIN_MOMENT = 1e-6;

    /** Principal decomposition of {@code inertial} with the floors applied. */
    public static PrincipalInertial of(Inertial inertial) {
        double mass = Math.max(inertial.mass(), MIN_MASS);
        SymmetricEigen eigen = SymmetricEigen.of(inertial.inertia().toMatrix());
        double[][] v = eigen.vectors();
        double[] m = eigen.values();
        for (int i = 0; i < 3; i++) {
            m[i] = Math.max(m[i], MIN_MOMENT);
        }
        // columns of v are the principal axes; make the frame right-handed
        double det = v[0][0] * (v[1][1] * v[2][2] - v[1][2] * v[2][1])
                - v[0][1] * (v[1][0] * v[2][2] - v[1][2] * v[2][0])
                + v[0][2] * (v[1][0] * v[2][1] - v[1][1] * v[2][0]);
        if (det < 0) {
            for (int r = 0; r < 3; r++) {
                v[r][2] = -v[r][2];
            }
        }
        return new PrincipalInertial(mass, inertial.centerOfMass(), new Vec3(m[0], m[1], m[2]), canonical(fromMatrix(v)));
    }

    /** The floored tensor back in the link frame's axes (for URDF's six values): R·diag·Rᵀ. */
    public Inertia tensor() {
        return Inertia.diagonal(moments.x(), moments.y(), moments.z()).rotated(axes);
    }

    /** Quaternion of a proper rotation matrix (Shepperd's method). */
    static Quat fromMatrix(double[][] m) {
        double trace = m[0][0] + m[1][1] + m[2][2];
        double x, y, z, w;
        if (trace > 0) {
            double s = Math.sqrt(trace + 1) * 2;
            w = s / 4;
            x = (m[2][1] - m[1][2]) / s;
            y = (m[0][2] - m[2][0]) / s;
            z = (m[1][0] - m[0][1]) / s;
        } else if (m[0][0] > m[1][1] && m[0][0] > m[2][2]) {
            double s = Math.sqrt(1 + m[0][0] - m[1][1] - m[2][2]) * 2;
            w = (m[2][1] - m[1][2]) / s;
            x = s / 4;
            y = (m[0][1] + m[1][0]) / s;
            z = (m[0][2] + m[2][0]) / s;
        } else if (m[1][1] > m[2][2]) {
            double s = Math.sqrt(1 + m[1][1] - m[0][0] - m[2][2]) * 2;
            w = (m[0][2] - m[2][0]) / s;
            x = (m[0][1] + m[1][0]) / s;
            y = s / 4;
            z = (m[1][2] + m[2][1]) / s;
        } else {
            double s = Math.sqrt(1 + m[2][2] - m[0][0] - m[1][1]) * 2;
            w = (m[1][0] - m[0][1]) / s;
            x = (m[0][2] + m[2][0]) / s;
            y = (m[1][2] + m[2][1]) / s;
            z = s / 4;
        }
        return new Quat(x, y, z, w).normalized();
    }

    /** The same rotation with w ≥ 0, so equal rotations print the same. */
    public static Quat canonical(Quat q) {
        Quat n = q.normalized();
        return n.w() < 0 ? new Quat(-n.x(), -n.y(), -n.z(), -n.w()) : n;
    }
}
