package io.gizmostudio.core.format.mjcf;

import io.gizmostudio.core.model.Inertia;
import io.gizmostudio.core.model.Inertial;
import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.model.Vec3;

/**
 * An ellipsoid with semi-axes a, b, c (MJCF geom {@code type="ellipsoid"}), which the model has no
 * primitive for: drawn as a latitude-longitude tessellation, weighed exactly.
 */
final class EllipsoidMesh {
    /** Meridians; the parallels are half as many, so the facets stay roughly square. */
    static final int SEGMENTS = 32;
    private static final int RINGS = SEGMENTS / 2;

    private EllipsoidMesh() {
    }

    /** A closed, outward-facing mesh whose vertices lie on the ellipsoid (the two poles and RINGS-1 parallels). */
    static TriangleMesh tessellate(String name, Vec3 radii) {
        int parallels = RINGS - 1;
        double[] v = new double[3 * (2 + parallels * SEGMENTS)];
        v[2] = -radii.z(); // south pole is vertex 0
        int n = 1;
        for (int r = 1; r <= parallels; r++) {
            double polar = Math.PI * r / RINGS;
            double z = -Math.cos(polar);
            double s = Math.sin(polar);
            for (int k = 0; k < SEGMENTS; k++) {
                double azimuth = 2 * Math.PI * k / SEGMENTS;
                v[3 * n] = radii.x() * s * Math.cos(azimuth);
                v[3 * n + 1] = radii.y() * s * Math.sin(azimuth);
                v[3 * n + 2] = radii.z() * z;
                n++;
            }
        }
        int north = n;
        v[3 * north + 2] = radii.z();
        int[] t = new int[3 * (2 * SEGMENTS + 2 * SEGMENTS * (parallels - 1))];
        int i = 0;
        for (int k = 0; k < SEGMENTS; k++) {
            int next = (k + 1) % SEGMENTS;
            i = put(t, i, 0, ring(0, next), ring(0, k));
            i = put(t, i, north, ring(parallels - 1, k), ring(parallels - 1, next));
            for (int r = 0; r < parallels - 1; r++) {
                i = put(t, i, ring(r, k), ring(r, next), ring(r + 1, next));
                i = put(t, i, ring(r, k), ring(r + 1, next), ring(r + 1, k));
            }
        }
        return new TriangleMesh(name, v, t);
    }

    /** Exact mass properties of the solid ellipsoid at {@code density}: m = ρ·4/3·π·abc, I_xx = m(b²+c²)/5, … */
    static Inertial massProperties(Vec3 radii, double density) {
        double m = density * volume(radii);
        double a2 = radii.x() * radii.x(), b2 = radii.y() * radii.y(), c2 = radii.z() * radii.z();
        return new Inertial(m, Vec3.ZERO, Inertia.diagonal(m * (b2 + c2) / 5, m * (a2 + c2) / 5, m * (a2 + b2) / 5));
    }

    static double volume(Vec3 radii) {
        return 4.0 / 3.0 * Math.PI * radii.x() * radii.y() * radii.z();
    }

    private static int ring(int parallel, int k) {
        return 1 + parallel * SEGMENTS + k;
    }

    private static int put(int[] t, int i, int a, int b, int c) {
        t[i] = a;
        t[i + 1] = b;
        t[i + 2] = c;
        return i + 3;
    }
}
