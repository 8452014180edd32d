package io.gizmostudio.core.model;

/**
 * Primitive geometry as closed, outward-facing triangle meshes in the geometry's own frame (cylinders and capsules
 * along Z, centred): for drawing many shapes as one mesh. Flat faces get their own vertices so that a renderer that
 * smooths shared vertices keeps a box's edges sharp; round surfaces share theirs. Meshes pass through unchanged.
 */
public final class Tessellation {
    private Tessellation() {
    }

    /** {@code g} as triangles; round shapes get {@code divisions} (at least 3) sides around their axis. */
    public static TriangleMesh of(Geometry g, int divisions) {
        int n = Math.max(3, divisions);
        if (g instanceof TriangleMesh m) {
            return m;
        }
        if (g instanceof Geometry.Box b) {
            return box(b.size());
        }
        if (g instanceof Geometry.Sphere s) {
            return capsule("sphere", s.radius(), 0, n);
        }
        if (g instanceof Geometry.Cylinder c) {
            return cylinder(c.radius(), c.length(), n);
        }
        Geometry.Capsule c = (Geometry.Capsule) g;
        return capsule("capsule", c.radius(), c.length(), n);
    }

    private static TriangleMesh box(Vec3 size) {
        double x = size.x() / 2, y = size.y() / 2, z = size.z() / 2;
        Buffer out = new Buffer(24, 12);
        // each face: its outward axis and two in-plane axes (u × v = outward), corners counter-clockwise from outside
        face(out, new Vec3(x, 0, 0), new Vec3(0, y, 0), new Vec3(0, 0, z));
        face(out, new Vec3(-x, 0, 0), new Vec3(0, 0, z), new Vec3(0, y, 0));
        face(out, new Vec3(0, y, 0), new Vec3(0, 0, z), new Vec3(x, 0, 0));
        face(out, new Vec3(0, -y, 0), new Vec3(x, 0, 0), new Vec3(0, 0, z));
        face(out, new Vec3(0, 0, z), new Vec3(x, 0, 0), new Vec3(0, y, 0));
        face(out, new Vec3(0, 0, -z), new Vec3(0, y, 0), new Vec3(x, 0, 0));
        return out.mesh("box");
    }

    private static void face(Buffer out, Vec3 centre, Vec3 u, Vec3 v) {
        int a = out.vertex(centre.minus(u).minus(v));
        int b = out.vertex(centre.plus(u).minus(v));
        int c = out.vertex(centre.plus(u).plus(v));
        int d = out.vertex(centre.minus(u).plus(v));
        out.triangle(a, b, c);
        out.triangle(a, c, d);
    }

    private static TriangleMesh cylinder(double r, double length, int n) {
        double h = length / 2;
        Buffer out = new Buffer(4 * n + 2, 4 * n);
        int side = out.size();
        for (int k = 0; k < n; k++) {
            double a = 2 * Math.PI * k / n;
            out.vertex(new Vec3(r * Math.cos(a), r * Math.sin(a), -h));
            out.vertex(new Vec3(r * Math.cos(a), r * Math.sin(a), h));
        }
        for (int k = 0; k < n; k++) {
            int next = (k + 1) % n;
            int b0 = side + 2 * k, t0 = b0 + 1, b1 = side + 2 * next, t1 = b1 + 1;
            out.triangle(b0, b1, t1);
            out.triangle(b0, t1, t0);
        }
        for (int cap = 0; cap < 2; cap++) {
            double z = cap == 0 ? h : -h;
            int centre = out.vertex(new Vec3(0, 0, z));
            int ring = out.size();
            for (int k = 0; k < n; k++) {
                double a = 2 * Math.PI * k / n;
                out.vertex(new Vec3(r * Math.cos(a), r * Math.sin(a), z));
            }
            for (int k = 0; k < n; k++) {
                int next = (k + 1) % n;
                if (cap == 0) {
                    out.triangle(centre, ring + k, ring + next);
                } else {
                    out.triangle(centre, ring + next, ring + k);
                }
            }
        }
        return out.mesh("cylinder");
    }

    /** A sphere (length 0) or a capsule: two hemispheres of {@code n} meridians, {@code n/2} parallels, apart by length. */
    private static TriangleMesh capsule(String name, double r, double length, int n) {
        int rings = Math.max(2, n / 2);
        if (rings % 2 == 1) {
            rings++;
        }
        int half = rings / 2;
        double h = length / 2;
        Buffer out = new Buffer(2 + (rings + 1) * n, 2 * n * (rings + 1));
        int south = out.vertex(new Vec3(0, 0, -h - r));
        // parallels 1..rings-1 of the sphere, the equator doubled when it is a capsule (one copy per hemisphere)
        java.util.List<Integer> starts = new java.util.ArrayList<>();
        for (int p = 1; p < rings; p++) {
            int copies = (p == half && length > 0) ? 2 : 1;
            for (int c = 0; c < copies; c++) {
                double polar = Math.PI * p / rings;
                double z = -Math.cos(polar) * r + (p < half || (p == half && c == 0) ? -h : h);
                double s = Math.sin(polar) * r;
                starts.add(out.size());
                for (int k = 0; k < n; k++) {
                    double a = 2 * Math.PI * k / n;
                    out.vertex(new Vec3(s * Math.cos(a), s * Math.sin(a), z));
                }
            }
        }
        int north = out.vertex(new Vec3(0, 0, h + r));
        int first = starts.get(0), last = starts.get(starts.size() - 1);
        for (int k = 0; k < n; k++) {
            int next = (k + 1) % n;
            out.triangle(south, first + next, first + k);
            out.triangle(north, last + k, last + next);
            for (int i = 0; i + 1 < starts.size(); i++) {
                int lo = starts.get(i), hi = starts.get(i + 1);
                out.triangle(lo + k, lo + next, hi + next);
                out.triangle(lo + k, hi + next, hi + k);
            }
        }
        return out.mesh(name);
    }

    /** Growable vertex and triangle arrays. */
    private static final class Buffer {
        private double[] v;
        private int[] t;
        private int nv;
        private int nt;

        Buffer(int vertices, int triangles) {
            v = new double[3 * vertices];
            t = new int[3 * triangles];
        }

        int size() {
            return nv / 3;
        }

        int vertex(Vec3 p) {
            if (nv + 3 > v.length) {
                v = java.util.Arrays.copyOf(v, 2 * v.length + 3);
            }
            v[nv++] = p.x();
            v[nv++] = p.y();
            v[nv++] = p.z();
            return nv / 3 - 1;
        }

        void triangle(int a, int b, int c) {
            if (nt + 3 > t.length) {
                t = java.util.Arrays.copyOf(t, 2 * t.length + 3);
            }
            t[nt++] = a;
            t[nt++] = b;
            t[nt++] = c;
        }

        TriangleMesh mesh(String name) {
            return new TriangleMesh(name, java.util.Arrays.copyOf(v, nv), java.util.Arrays.copyOf(t, nt));
        }
    }
}
