package io.gizmostudio.core.format.mjcf;

import io.gizmostudio.core.format.xml.XmlElement;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Inertial;
import io.gizmostudio.core.model.Material;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Vec3;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MJCF {@code <geom>} (defaults already applied) as model geometry in its body's frame, with its
 * colour and whether it is drawn (visual) and/or collides. Geoms with {@code contype=conaffinity=0} are
 * visual only; geoms in group 3 (the usual collision group) are collision only; others are both.
 *
 * <p>Shapes the model has no primitive for: an ellipsoid is a tessellated mesh with its exact mass
 * properties; a finite plane ({@code size="x y …"}, x, y &gt; 0) is a thin box whose top face is the
 * plane; a height field is the closed mesh of its {@code <hfield>} asset. Planes and height fields are
 * massless, as in MuJoCo (they belong on static bodies). An infinite plane (size 0 0, the usual floor)
 * has no extent and an {@code sdf} needs a plugin: both are left out ({@link #read} returns null).
 */
record MjcfGeom(String name, Geometry geometry, Pose pose, Material material, boolean visual, boolean collision,
                Inertial massProperties) {
    private static final Logger LOG = LoggerFactory.getLogger(MjcfGeom.class);
    private static final double DENSITY = 1000;
    /** Thickness of the box that stands for a finite plane, m: thin, but visible edge-on. */
    static final double PLANE_THICKNESS = 0.002;

    /**
     * Reads {@code g}; returns null for geoms that have no extent or shape here (infinite plane, sdf) and for mesh
     * geoms whose mesh file is not shown ({@link MjcfAssetTable#problem}).
     */
    static MjcfGeom read(XmlElement g, String name, MjcfFrame frame, MjcfAssetTable assets) {
        String type = g.attribute("type").orElse("sphere");
        Pose pose = frame.pose(g);
        double[] size = g.numbers("size", 1, 2, 3);
        double[] fromto = g.numbers("fromto", 6);
        Geometry geometry;
        Inertial exact = null;
        boolean massless = false;
        switch (type) {
            case "sphere":
                geometry = new Geometry.Sphere(first(g, size));
                break;
            case "box":
                if (fromto != null) {
                    // as in MuJoCo: size[0] is the half width in x and y, the segment the length in z
                    pose = fromtoPose(g, fromto);
                    double w = 2 * first(g, size);
                    geometry = Geometry.Box.of(w, w, fromtoLength(fromto));
                    break;
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
                    pose = fromtoPose(g, fromto);
                    length = fromtoLength(fromto);
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
                if (geometry == null) {
                    return null; // its file is missing, refused or over a limit: MjcfAssetTable.problem says which
                }
                break;
            case "ellipsoid": {
                Vec3 radii;
                if (fromto != null) {
                    // as in MuJoCo: size[0] is the radius in x and y, the segment the diameter in z
                    pose = fromtoPose(g, fromto);
                    radii = new Vec3(first(g, size), first(g, size), fromtoLength(fromto) / 2);
                } else if (size == null || size.length != 3) {
                    throw g.error("an ellipsoid needs three radii (or one and fromto)");
                } else {
                    radii = new Vec3(size[0], size[1], size[2]);
                }
                if (!(radii.x() > 0 && radii.y() > 0 && radii.z() > 0)) {
                    throw g.error("an ellipsoid's radii must be positive");
                }
                geometry = EllipsoidMesh.tessellate(name + "_ellipsoid", radii);
                exact = EllipsoidMesh.massProperties(radii, 1);
                break;
            }
            case "plane": {
                if (size == null || size.length < 2 || size[0] <= 0 || size[1] <= 0) {
                    LOG.debug("{}:{}: infinite plane '{}' left out (the viewport draws its own ground)", g.file(), g.line(), name);
                    return null;
                }
                geometry = Geometry.Box.of(2 * size[0], 2 * size[1], PLANE_THICKNESS);
                pose = pose.compose(Pose.of(0, 0, -PLANE_THICKNESS / 2));
                massless = true;
                break;
            }
            case "hfield":
                geometry = assets.heightField(g, g.required("hfield"));
                massless = true;
                break;
            case "sdf":
                LOG.warn("{}:{}: sdf geom '{}' needs a MuJoCo plugin and is not shown", g.file(), g.line(), name);
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
        if (!massless) { // MuJoCo weighs every geom, colliding or not
            double volume = exact != null ? exact.mass() : geometry.volume();
            double density = g.has("mass") && volume > 0 ? g.requiredNumber("mass") / volume : g.number("density", DENSITY);
            Inertial unscaled = exact != null ? scaled(exact, density) : geometry.massProperties(density);
            mass = unscaled.transformed(pose);
        }
        return new MjcfGeom(name, geometry, pose, material, !collisionGroup, !noContact, mass);
    }

    /** The frame centred between the fromto end points with +Z along the segment. */
    private static Pose fromtoPose(XmlElement g, double[] fromto) {
        Vec3 a = new Vec3(fromto[0], fromto[1], fromto[2]);
        Vec3 d = new Vec3(fromto[3], fromto[4], fromto[5]).minus(a);
        if (d.norm() < 1e-12) {
            throw g.error("fromto end points coincide");
        }
        return new Pose(a.plus(d.times(0.5)), MjcfFrame.alignZ(d.normalized()));
    }

    private static double fromtoLength(double[] fromto) {
        return new Vec3(fromto[3] - fromto[0], fromto[4] - fromto[1], fromto[5] - fromto[2]).norm();
    }

    /** Mass properties computed at unit density, at {@code density}. */
    private static Inertial scaled(Inertial unitDensity, double density) {
        return density > 0 ? unitDensity.withMass(unitDensity.mass() * density) : Inertial.NONE;
    }

    private static double first(XmlElement g, double[] size) {
        if (size == null || size.length < 1) {
            throw g.error("missing attribute 'size'");
        }
        return size[0];
    }
}
