package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.LinkBuilder;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;

/**
 * Axis-aligned solid boxes given by their extents, which is how furniture is laid out: "the shelf spans the
 * cavity from the back panel to 2 cm behind the front".
 */
final class Solids {
    private Solids() {
    }

    static Aabb span(double x0, double x1, double y0, double y1, double z0, double z1) {
        return new Aabb(new Vec3(Math.min(x0, x1), Math.min(y0, y1), Math.min(z0, z1)),
                new Vec3(Math.max(x0, x1), Math.max(y0, y1), Math.max(z0, z1)));
    }

    /** {@code region} moved so that {@code origin} becomes the frame origin (parent frame → child frame). */
    static Aabb relativeTo(Aabb region, Vec3 origin) {
        return new Aabb(region.min().minus(origin), region.max().minus(origin));
    }

    static void box(LinkBuilder link, Aabb region) {
        Vec3 s = region.size();
        link.box(s.x(), s.y(), s.z(), region.center());
    }

    /** A box of another material than the link's own (a steel rail on a wooden carcass). */
    static void box(LinkBuilder link, Aabb region, MaterialKind kind, Rgba color) {
        Vec3 s = region.size();
        link.solid(Geometry.Box.of(s.x(), s.y(), s.z()), Pose.of(region.center()), kind, color);
    }

    /** A solid cylinder of {@code radius} whose axis runs along {@code axis} through {@code center}. */
    static void cylinder(LinkBuilder link, double radius, double length, Vec3 center, Vec3 axis) {
        link.solid(new Geometry.Cylinder(radius, length), AxisAlignment.cylinderPose(center, axis));
    }

    static void cylinder(LinkBuilder link, double radius, double length, Vec3 center, Vec3 axis, MaterialKind kind, Rgba color) {
        link.solid(new Geometry.Cylinder(radius, length), AxisAlignment.cylinderPose(center, axis), kind, color);
    }
}
