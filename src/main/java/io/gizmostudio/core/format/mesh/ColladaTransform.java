package io.gizmostudio.core.format.mesh;

/**
 * An affine transform of COLLADA's node hierarchy, which (unlike a rigid {@code Pose}) may scale and
 * shear: the top three rows of a row-major 4x4 matrix, acting on column vectors.
 */
final class ColladaTransform {
    static final ColladaTransform IDENTITY = new ColladaTransform(new double[] {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0});

    private final double[] m; // m[4 * row + column], rows 0..2

    private ColladaTransform(double[] m) {
        this.m = m;
    }

    /** From a {@code <matrix>}'s 16 values; the bottom row is the projective part, which a mesh has no use for. */
    static ColladaTransform matrix(double[] rowMajor16) {
        double[] m = new double[12];
        System.arraycopy(rowMajor16, 0, m, 0, 12);
        return new ColladaTransform(m);
    }

    static ColladaTransform translation(double x, double y, double z) {
        return new ColladaTransform(new double[] {1, 0, 0, x, 0, 1, 0, y, 0, 0, 1, z});
    }

    static ColladaTransform scaling(double x, double y, double z) {
        return new ColladaTransform(new double[] {x, 0, 0, 0, 0, y, 0, 0, 0, 0, z, 0});
    }

    /** A right-handed rotation by {@code degrees} about the (non-zero) axis (x, y, z). */
    static ColladaTransform rotation(double x, double y, double z, double degrees) {
        double n = Math.sqrt(x * x + y * y + z * z);
        x /= n;
        y /= n;
        z /= n;
        double a = Math.toRadians(degrees);
        double c = Math.cos(a);
        double s = Math.sin(a);
        double t = 1 - c;
        return new ColladaTransform(new double[] {
            t * x * x + c, t * x * y - s * z, t * x * z + s * y, 0,
            t * x * y + s * z, t * y * y + c, t * y * z - s * x, 0,
            t * x * z - s * y, t * y * z + s * x, t * z * z + c, 0});
    }

    /** {@code this} then {@code inner}: the transform of a frame nested inside this one. */
    ColladaTransform times(ColladaTransform inner) {
        double[] b = inner.m;
        double[] r = new double[12];
        for (int row = 0; row < 3; row++) {
            double a0 = m[4 * row], a1 = m[4 * row + 1], a2 = m[4 * row + 2];
            for (int col = 0; col < 4; col++) {
                r[4 * row + col] = a0 * b[col] + a1 * b[4 + col] + a2 * b[8 + col];
            }
            r[4 * row + 3] += m[4 * row + 3];
        }
        return new ColladaTransform(r);
    }

    /** Writes the image of point {@code (x, y, z)} into {@code out[at..at+2]}. */
    void apply(double x, double y, double z, double[] out, int at) {
        out[at] = m[0] * x + m[1] * y + m[2] * z + m[3];
        out[at + 1] = m[4] * x + m[5] * y + m[6] * z + m[7];
        out[at + 2] = m[8] * x + m[9] * y + m[10] * z + m[11];
    }

    /** Negative when the transform mirrors, which turns a triangle's winding inside out. */
    double determinant() {
        return m[0] * (m[5] * m[10] - m[6] * m[9]) - m[1] * (m[4] * m[10] - m[6] * m[8]) + m[2] * (m[4] * m[9] - m[5] * m[8]);
    }
}
