package io.gizmostudio.core.model;

/** A symmetric 3×3 inertia tensor in kg·m² (the URDF six: ixx, ixy, ixz, iyy, iyz, izz). */
public record Inertia(double ixx, double ixy, double ixz, double iyy, double iyz, double izz) {
    public static final Inertia ZERO = new Inertia(0, 0, 0, 0, 0, 0);

    public static Inertia diagonal(double ixx, double iyy, double izz) {
        return new Inertia(ixx, 0, 0, iyy, 0, izz);
    }

    public Inertia plus(Inertia o) {
        return new Inertia(ixx + o.ixx, ixy + o.ixy, ixz + o.ixz, iyy + o.iyy, iyz + o.iyz, izz + o.izz);
    }

    public Inertia minus(Inertia o) {
        return new Inertia(ixx - o.ixx, ixy - o.ixy, ixz - o.ixz, iyy - o.iyy, iyz - o.iyz, izz - o.izz);
    }

    public double[][] toMatrix() {
        return new double[][] {{ixx, ixy, ixz}, {ixy, iyy, iyz}, {ixz, iyz, izz}};
    }

    static Inertia fromMatrix(double[][] m) {
        return new Inertia(m[0][0], (m[0][1] + m[1][0]) / 2, (m[0][2] + m[2][0]) / 2,
                m[1][1], (m[1][2] + m[2][1]) / 2, m[2][2]);
    }

    /** The tensor expressed in a frame rotated by {@code q}: R·I·Rᵀ. */
    public Inertia rotated(Quat q) {
        double[][] r = q.toMatrix();
        double[][] i = toMatrix();
        double[][] ri = new double[3][3];
        double[][] out = new double[3][3];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                for (int k = 0; k < 3; k++) {
                    ri[a][b] += r[a][k] * i[k][b];
                }
            }
        }
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                for (int k = 0; k < 3; k++) {
                    out[a][b] += ri[a][k] * r[b][k];
                }
            }
        }
        return fromMatrix(out);
    }

    /** Parallel-axis term for a point mass {@code m} at offset {@code d}: m(|d|²E − d dᵀ). */
    public static Inertia pointMass(double m, Vec3 d) {
        double d2 = d.dot(d);
        return new Inertia(m * (d2 - d.x() * d.x()), -m * d.x() * d.y(), -m * d.x() * d.z(),
                m * (d2 - d.y() * d.y()), -m * d.y() * d.z(), m * (d2 - d.z() * d.z()));
    }

    /** Given this tensor about the origin, the tensor about the centre of mass {@code c} of mass {@code m}. */
    public Inertia shiftedToCentreOfMass(double m, Vec3 c) {
        return minus(pointMass(m, c));
    }

    /** Principal moments, ascending. */
    public double[] principalMoments() {
        double[] e = SymmetricEigen.of(toMatrix()).values().clone();
        java.util.Arrays.sort(e);
        return e;
    }

    public boolean isPositiveDefinite() {
        return isFinite() && principalMoments()[0] > 0;
    }

    /** Each principal moment is at most the sum of the other two (with a relative tolerance). */
    public boolean satisfiesTriangleInequality() {
        double[] e = principalMoments();
        double tol = 1e-9 * (e[0] + e[1] + e[2]);
        return e[2] <= e[0] + e[1] + tol;
    }

    public boolean isFinite() {
        return Double.isFinite(ixx) && Double.isFinite(ixy) && Double.isFinite(ixz)
                && Double.isFinite(iyy) && Double.isFinite(iyz) && Double.isFinite(izz);
    }
}
