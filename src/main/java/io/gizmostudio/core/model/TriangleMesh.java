package io.gizmostudio.core.model;

import java.util.Arrays;

/**
 * A closed, outward-oriented triangle mesh in its own frame. {@code vertices} holds x,y,z triples and
 * {@code triangles} holds vertex-index triples. {@code name} becomes the mesh file name on export.
 * {@code texCoords} is empty or holds one u,v pair per vertex (u to the right, v up from the image's
 * bottom-left corner, as COLLADA and OBJ give them), for a textured {@link Material}.
 */
public record TriangleMesh(String name, double[] vertices, int[] triangles, double[] texCoords) implements Geometry {

    /** A mesh without texture coordinates. */
    public TriangleMesh(String name, double[] vertices, int[] triangles) {
        this(name, vertices, triangles, new double[0]);
    }

    public TriangleMesh {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("mesh needs a name");
        }
        if (vertices.length % 3 != 0 || triangles.length % 3 != 0) {
            throw new IllegalArgumentException("mesh arrays must hold triples");
        }
        for (int index : triangles) {
            if (index < 0 || index >= vertices.length / 3) {
                throw new IllegalArgumentException("mesh " + name + " has a triangle index out of range: " + index);
            }
        }
        if (texCoords == null) {
            texCoords = new double[0];
        }
        if (texCoords.length != 0 && texCoords.length != vertices.length / 3 * 2) {
            throw new IllegalArgumentException("mesh " + name + " needs one texture coordinate pair per vertex or none");
        }
        vertices = vertices.clone();
        triangles = triangles.clone();
        texCoords = texCoords.clone();
    }

    /** True when every vertex has texture coordinates. */
    public boolean hasTexCoords() {
        return texCoords.length > 0;
    }

    @Override public double[] texCoords() {
        return texCoords.clone();
    }

    public int vertexCount() {
        return vertices.length / 3;
    }

    public int triangleCount() {
        return triangles.length / 3;
    }

    public Vec3 vertex(int i) {
        return new Vec3(vertices[3 * i], vertices[3 * i + 1], vertices[3 * i + 2]);
    }

    @Override public double[] vertices() {
        return vertices.clone();
    }

    @Override public int[] triangles() {
        return triangles.clone();
    }

    @Override public double volume() {
        return integrate()[0];
    }

    /**
     * Exact mass properties of the enclosed polyhedron (signed tetrahedra from the origin;
     * Tonon 2004 / Eberly's polyhedral mass properties).
     */
    @Override public Inertial massProperties(double density) {
        double[] s = integrate();
        double volume = s[0];
        if (!(volume > 0)) {
            return new Inertial(0, Vec3.ZERO, Inertia.ZERO);
        }
        double m = density * volume;
        Vec3 c = new Vec3(s[1] / volume, s[2] / volume, s[3] / volume);
        // second moments ∫x², ∫y², ∫z², ∫xy, ∫yz, ∫zx (times density)
        double xx = density * s[4], yy = density * s[5], zz = density * s[6];
        double xy = density * s[7], yz = density * s[8], zx = density * s[9];
        Inertia aboutOrigin = new Inertia(yy + zz, -xy, -zx, xx + zz, -yz, xx + yy);
        // shift to the centre of mass
        Inertia aboutCom = aboutOrigin.shiftedToCentreOfMass(m, c);
        return new Inertial(m, c, aboutCom);
    }

    @Override public boolean hasValidDimensions() {
        for (double v : vertices) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return triangleCount() > 0;
    }

    @Override public Aabb localBounds() {
        Aabb box = Aabb.EMPTY;
        for (int i = 0; i < vertexCount(); i++) {
            box = box.include(vertex(i));
        }
        return box;
    }

    /** [V, ∫x, ∫y, ∫z, ∫x², ∫y², ∫z², ∫xy, ∫yz, ∫zx] over the solid. */
    private double[] integrate() {
        double[] s = new double[10];
        for (int t = 0; t < triangles.length; t += 3) {
            Vec3 a = vertex(triangles[t]), b = vertex(triangles[t + 1]), c = vertex(triangles[t + 2]);
            double det = a.dot(b.cross(c)); // 6 × signed volume of the tetrahedron (0, a, b, c)
            s[0] += det / 6;
            s[1] += det / 24 * (a.x() + b.x() + c.x());
            s[2] += det / 24 * (a.y() + b.y() + c.y());
            s[3] += det / 24 * (a.z() + b.z() + c.z());
            s[4] += det / 60 * sq(a.x(), b.x(), c.x());
            s[5] += det / 60 * sq(a.y(), b.y(), c.y());
            s[6] += det / 60 * sq(a.z(), b.z(), c.z());
            s[7] += det / 120 * mixed(a.x(), b.x(), c.x(), a.y(), b.y(), c.y());
            s[8] += det / 120 * mixed(a.y(), b.y(), c.y(), a.z(), b.z(), c.z());
            s[9] += det / 120 * mixed(a.z(), b.z(), c.z(), a.x(), b.x(), c.x());
        }
        return s;
    }

    private static double sq(double a, double b, double c) {
        return a * a + b * b + c * c + a * b + b * c + c * a;
    }

    private static double mixed(double a1, double b1, double c1, double a2, double b2, double c2) {
        return 2 * (a1 * a2 + b1 * b2 + c1 * c2) + a1 * b2 + a2 * b1 + a1 * c2 + a2 * c1 + b1 * c2 + b2 * c1;
    }

    @Override public boolean equals(Object o) {
        return o instanceof TriangleMesh m && name.equals(m.name)
                && Arrays.equals(vertices, m.vertices) && Arrays.equals(triangles, m.triangles)
                && Arrays.equals(texCoords, m.texCoords);
    }

    @Override public int hashCode() {
        return 31 * (31 * (31 * name.hashCode() + Arrays.hashCode(vertices)) + Arrays.hashCode(triangles)) + Arrays.hashCode(texCoords);
    }

    @Override public String toString() {
        return "TriangleMesh[" + name + ", " + vertexCount() + " vertices, " + triangleCount() + " triangles]";
    }
}
