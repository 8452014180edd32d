package io.gizmostudio.core.format;

import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Inertial;
import io.gizmostudio.core.model.Material;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;

/**
 * One MJCF {@code <geom>} (defaults already applied) as model geometry in its body's frame, with its
 * colour and whether it is drawn (visual) and/or collides. Geoms with {@code contype=conaffinity=0} are
 * visual only; geoms in group 3 (the usual collision group) are collision only; others are both.
 */
record MjcfGeom(String name, Geometry geometry, Pose pose, Material material, boolean visual, boolean collision,
                Inertial massProperties) {
    private static final double DENSITY = 1000;

    /** Reads {@code g}; returns null for geoms the model has no shape for (plane, ellipsoid, hfield). */
    static MjcfGeom read(XmlElement g, String name, MjcfFrame frame, MjcfAssetTable assets) {
        String type = g.attribute("type").orElse("sphere");
        Pose pose = frame.pose(g);
        double[] size = g.numbers("size", 1, 2, 3);
        double[] fromto = g.numbers("fromto", 6);
        Geometry geometry;
        switch (type) {
            case "sphere":
                geometry = new Geometry.Sphere(first(g, size));
                break;
            case "box":
                if (fromto != null) {
                    throw g.error("fromto on a box is not supported; give pos and size");
                }
                if (size == null || size.length != 3) {
                    throw g.error("a box needs three half sizes");
                }
                geometry = new Geometry.Box(new Vec3(2 * size[0], 2 * size[1], 2 * size[2]));
                break;
            case "cylinder":
            case "capsule": {
                double radius = first(g, size);
                double length;
                if (fromto != null) {
                    Vec3 a = new Vec3(fromto[0], fromto[1], fromto[2]);
                    Vec3 b = new Vec3(fromto[3], fromto[4], fromto[5]);
                    Vec3 d = b.minus(a);
                    if (d.norm() < 1e-12) {
                        throw g.error("fromto end points coincide");
                    }
                    length = d.norm();
                    pose = new Pose(a.plus(b).times(0.5), MjcfFrame.alignZ(d.normalized()));
                } else {
                    if (size.length < 2) {
                        throw g.error("a " + type + " needs a radius and a half length (or fromto)");
                    }
                    length = 2 * size[1];
                }
                geometry = type.equals("cylinder") ? new Geometry.Cylinder(radius, length) : new Geometry.Capsule(radius, length);
                break;
            }
            case "mesh":
                geometry = assets.mesh(g, g.required("mesh"));
                break;
            case "plane":
            case "ellipsoid":
            case "hfield":
            case "sdf":
                return null;
            default:
                throw g.error("unknown geom type '" + type + "'");
        }
        boolean noContact = g.number("contype", 1) == 0 && g.number("conaffinity", 1) == 0;
        boolean collisionGroup = g.number("group", 0) == 3;
        Material material = g.attribute("material").map(m -> assets.material(g, m)).orElseGet(() -> {
            double[] c = g.numbers("rgba", 4);
            return new Material(name + "_rgba", c == null ? new Rgba(0.5, 0.5, 0.5, 1) : new Rgba(c[0], c[1], c[2], c[3]));
        });
        Inertial mass = Inertial.NONE;
        if (!noContact || g.has("mass") || g.has("density")) {
            double density = g.has("mass") && geometry.volume() > 0
                    ? g.requiredNumber("mass") / geometry.volume() : g.number("density", DENSITY);
            mass = geometry.massProperties(density).transformed(pose);
        }
        return new MjcfGeom(name, geometry, pose, material, !collisionGroup, !noContact, mass);
    }

    private static double first(XmlElement g, double[] size) {
        if (size == null || size.length < 1) {
            throw g.error("missing attribute 'size'");
        }
        return size[0];
    }
}
