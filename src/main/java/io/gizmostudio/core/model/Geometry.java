package io.gizmostudio.core.model;

/**
 * A shape in its own frame. Cylinders and capsules run along the local Z axis, centred on the origin
 * (the MJCF and URDF convention). All lengths in metres.
 */
public sealed interface Geometry permits Geometry.Box, Geometry.Cylinder, Geometry.Sphere, Geometry.Capsule, TriangleMesh {

    /** Volume in m³. */
    double volume();

    /** Mass properties for a uniform density (kg/m³), expressed in the geometry frame. */
    Inertial massProperties(double density);

    /** Axis-aligned bounds in the geometry frame. */
    Aabb localBounds();

    /** True when every dimension is finite and positive (a mesh: at least one triangle, finite vertices). */
    boolean hasValidDimensions();

    /** A solid box; {@code size} holds the full extents along x, y, z. */
    record Box(Vec3 size) implements Geometry {
        public static Box of(double sx, double sy, double sz) {
            return new Box(new Vec3(sx, sy, sz));
        }

        @Override public double volume() {
            return size.x() * size.y() * size.z();
        }

        @Override public Inertial massProperties(double density) {
            double m = density * volume();
            double x2 = size.x() * size.x(), y2 = size.y() * size.y(), z2 = size.z() * size.z();
            return new Inertial(m, Vec3.ZERO, Inertia.diagonal(m / 12 * (y2 + z2), m / 12 * (x2 + z2), m / 12 * (x2 + y2)));
        }

        @Override public boolean hasValidDimensions() {
            return size.isFinite() && size.x() > 0 && size.y() > 0 && size.z() > 0;
        }

        @Override public Aabb localBounds() {
            Vec3 h = size.times(0.5);
            return new Aabb(h.negate(), h);
        }
    }

    /** A solid cylinder along local Z; {@code length} is the full height. */
    record Cylinder(double radius, double length) implements Geometry {
        @Override public double volume() {
            return Math.PI * radius * radius * length;
        }

        @Override public Inertial massProperties(double density) {
            double m = density * volume();
            double ixx = m / 12 * (3 * radius * radius + length * length);
            return new Inertial(m, Vec3.ZERO, Inertia.diagonal(ixx, ixx, m * radius * radius / 2));
        }

        @Override public boolean hasValidDimensions() {
            return radius > 0 && length > 0 && Double.isFinite(radius + length);
        }

        @Override public Aabb localBounds() {
            return new Aabb(new Vec3(-radius, -radius, -length / 2), new Vec3(radius, radius, length / 2));
        }
    }

    /** A solid sphere. */
    record Sphere(double radius) implements Geometry {
        @Override public double volume() {
            return 4.0 / 3.0 * Math.PI * radius * radius * radius;
        }

        @Override public Inertial massProperties(double density) {
            double m = density * volume();
            double i = 0.4 * m * radius * radius;
            return new Inertial(m, Vec3.ZERO, Inertia.diagonal(i, i, i));
        }

        @Override public boolean hasValidDimensions() {
            return radius > 0 && Double.isFinite(radius);
        }

        @Override public Aabb localBounds() {
            return new Aabb(new Vec3(-radius, -radius, -radius), new Vec3(radius, radius, radius));
        }
    }

    /**
     * A capsule along local Z: a cylinder of {@code length} (between the two hemisphere centres)
     * capped by hemispheres of {@code radius}. Total extent along Z is {@code length + 2·radius}.
     */
    record Capsule(double radius, double length) implements Geometry {
        @Override public double volume() {
            return Math.PI * radius * radius * length + 4.0 / 3.0 * Math.PI * radius * radius * radius;
        }

        @Override public Inertial massProperties(double density) {
            double r = radius, h = length;
            double mc = density * Math.PI * r * r * h;
            double mh = density * 4.0 / 3.0 * Math.PI * r * r * r; // both hemispheres together
            double izz = mc * r * r / 2 + mh * 2 * r * r / 5;
            double ixx = mc * (h * h / 12 + r * r / 4) + mh * (2 * r * r / 5 + h * h / 4 + 3 * h * r / 8);
            return new Inertial(mc + mh, Vec3.ZERO, Inertia.diagonal(ixx, ixx, izz));
        }

        @Override public boolean hasValidDimensions() {
            return radius > 0 && length >= 0 && Double.isFinite(radius + length);
        }

        @Override public Aabb localBounds() {
            double hz = length / 2 + radius;
            return new Aabb(new Vec3(-radius, -radius, -hz), new Vec3(radius, radius, hz));
        }
    }
}
