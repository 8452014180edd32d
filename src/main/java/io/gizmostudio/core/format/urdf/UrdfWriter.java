package io.gizmostudio.core.format.urdf;

import io.gizmostudio.core.format.DecimalText;
import io.gizmostudio.core.format.ExportFormat;
import io.gizmostudio.core.format.ExportedModel;
import io.gizmostudio.core.format.ModelWriter;
import io.gizmostudio.core.format.NameTable;
import io.gizmostudio.core.format.PrincipalInertial;
import io.gizmostudio.core.format.SceneCounts;
import io.gizmostudio.core.format.SceneModel;
import io.gizmostudio.core.format.ScenePart;
import io.gizmostudio.core.format.bundle.BundleEntry;
import io.gizmostudio.core.format.mesh.MeshFiles;
import io.gizmostudio.core.format.xml.XmlText;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Collision;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Inertia;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointLimits;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Material;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.model.Visual;
import io.gizmostudio.core.scene.Mobility;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * URDF as urdfdom, MuJoCo's URDF importer and Isaac Sim's URDF importer read it.
 *
 * <p>Materials are declared once at the top and referenced by name; every link has an {@code <inertial>}
 * (centre of mass, mass and the six tensor values in link axes, with the floors of
 * {@link PrincipalInertial}); meshes are binary STL files referenced by the plain relative path
 * {@code meshes/NAME.stl} (no {@code package://}). URDF has no capsule: a capsule is written as a
 * cylinder plus a sphere at each end, as separate {@code <visual>}/{@code <collision>} elements named
 * {@code NAME_cylinder}, {@code NAME_cap0}, {@code NAME_cap1}. Continuous joints carry only effort and
 * velocity limits. {@code <dynamics damping friction>} is the mechanism's passive damping and Coulomb
 * friction only (the MJCF joint's {@code damping}/{@code frictionloss}); {@code <limit effort>} is the drive's
 * force limit. Drive gains (kp, kv) have no URDF element and are not written; Isaac Sim's importer sets them.
 * A {@code <mujoco><compiler meshdir="meshes"/></mujoco>} element tells MuJoCo's importer, which strips
 * directories from mesh file names, where the meshes are; urdfdom and Isaac Sim ignore it.
 *
 * <p>A scene is a {@code world} link with every part's root attached by a fixed joint at the part's pose
 * and every part's names prefixed by the part's name; an empty scene is the {@code world} link alone. URDF
 * has no free bodies and no initial joint state: free parts are welded too and joints start at zero, which
 * the export's report says.
 *
 * <p>URDF has no initial joint state and no joint spring either: an asset made in a state ("the door opened at
 * 110°") starts closed, and a closing spring is lost. An asset that has them says so in a comment at the top of
 * the file and in the export's report, pointing to the MJCF (keyframe, joint stiffness) and USD (joint state,
 * drive) exports, which keep both.
 */
public final class UrdfWriter implements ModelWriter {
    static final String WORLD = "world";

    @Override public ExportFormat format() {
        return ExportFormat.ISAAC_SIM_URDF;
    }

    @Override public ExportedModel writeAsset(Articulation articulation) {
        articulation.validate();
        Document doc = new Document();
        UrdfPart part = new UrdfPart(articulation, doc.links, doc.joints);
        XmlText xml = doc.start(articulation.name(), List.of(articulation), List.of(""));
        part.write(xml, doc);
        ExportedModel model = doc.finish(xml, ExportFormat.ISAAC_SIM_URDF.assetEntrypoint());
        List<String> report = new ArrayList<>(List.of(assetReport(articulation)));
        lostState(articulation).ifPresent(report::add);
        return new ExportedModel(model.entrypoint(), model.files(), report);
    }

    /** What of the asset's start state and springs URDF cannot hold, if it has any. */
    static java.util.Optional<String> lostState(Articulation a) {
        boolean initial = !a.initialPositions().isEmpty();
        long springs = a.joints().stream().filter(j -> j.dynamics().hasSpring()).count();
        if (!initial && springs == 0) {
            return java.util.Optional.empty();
        }
        String what = initial && springs > 0 ? "no initial joint state and no joint springs"
                : initial ? "no initial joint state" : "no joint springs";
        String effect = (initial ? "the joints start at zero, not in the asset's initial state" : "")
                + (initial && springs > 0 ? ", and " : "")
                + (springs > 0 ? springs + (springs == 1 ? " joint's spring is" : " joints' springs are") + " not written" : "");
        return java.util.Optional.of("URDF: URDF has " + what + ": " + effect
                + " (the MJCF export keeps them as keyframe 'initial' and joint stiffness, the USD export as joint state and drives)");
    }

    /**
     * URDF has no free joint of its own: the root link is the base either way, and whether it floats is the
     * importer's choice, so the report says which to pick.
     */
    private static String assetReport(Articulation a) {
        return Mobility.of(a) == Mobility.FREE
                ? "URDF: free-floating asset: no world link, the root link is the floating base — import with the base free"
                        + " (Isaac Sim: untick 'Fix Base Link'); MuJoCo's own URDF import welds the root, use the MJCF export there"
                : "URDF: fixed-base asset: no world link, the root link is the base — import with the base fixed"
                        + " (Isaac Sim: 'Fix Base Link')";
    }

    @Override public ExportedModel writeScene(SceneModel scene) {
        Document doc = new Document();
        doc.links.reserve(WORLD);
        NameTable prefixes = new NameTable();
        List<UrdfPart> parts = new ArrayList<>();
        List<String> prefixList = new ArrayList<>();
        for (ScenePart p : scene.parts()) {
            p.articulation().validate();
            String prefix = prefixes.fresh(p.name()) + "_";
            prefixList.add(prefix);
            parts.add(new UrdfPart(p.articulation(), doc.links.scoped(prefix), doc.joints.scoped(prefix)));
        }
        XmlText xml = doc.start(scene.name(), scene.parts().stream().map(ScenePart::articulation).toList(), prefixList);
        xml.empty("link", "name", WORLD);
        for (int i = 0; i < parts.size(); i++) {
            UrdfPart part = parts.get(i);
            part.write(xml, doc);
            xml.open("joint", "name", part.freshJointName("mount"), "type", "fixed");
            origin(xml, scene.parts().get(i).pose());
            xml.empty("parent", "link", WORLD);
            xml.empty("child", "link", part.rootName());
            xml.close();
        }
        ExportedModel model = doc.finish(xml, ExportFormat.ISAAC_SIM_URDF.sceneEntrypoint());
        return new ExportedModel(model.entrypoint(), model.files(), report(scene));
    }

    /** URDF keeps one tree with a world link: no free bodies and no initial state, and the report says so. */
    private static List<String> report(SceneModel scene) {
        SceneCounts n = SceneCounts.of(scene);
        if (n.empty()) {
            return List.of("URDF: an empty world: the world link alone");
        }
        List<String> lines = new ArrayList<>();
        lines.add("URDF: one robot with a world link; " + SceneCounts.objects(n.fixed(), "fixed") + " welded to it at their poses");
        if (n.free() > 0) {
            lines.add("URDF: " + SceneCounts.objects(n.free(), "free") + " welded to the world — URDF has no free bodies");
        }
        if (n.posed() > 0) {
            lines.add("URDF: initial joint positions of " + SceneCounts.objects(n.posed(), "") + " not kept — URDF has no initial state");
        }
        return lines;
    }

    @Override public int jointCount(Articulation articulation) {
        return articulation.joints().size();
    }

    /** State shared by every part of one URDF file: name tables, materials, meshes. */
    static final class Document {
        final NameTable links = new NameTable();
        final NameTable joints = new NameTable();
        final NameTable geoms = new NameTable();
        final MeshFiles meshes = new MeshFiles();
        private final Map<Material, String> materials = new LinkedHashMap<>();
        private final NameTable materialNames = new NameTable();

        XmlText start(String robotName, List<Articulation> articulations, List<String> prefixes) {
            XmlText xml = new XmlText();
            xml.open("robot", "name", NameTable.sanitise(robotName));
            // MuJoCo's URDF importer strips directories from mesh paths; point it at meshes/ (others ignore this)
            xml.open("mujoco");
            xml.empty("compiler", "meshdir", "meshes");
            xml.close();
            for (int i = 0; i < articulations.size(); i++) {
                for (Map.Entry<String, String> e : articulations.get(i).metadata().entrySet()) {
                    xml.comment("gizmo " + prefixes.get(i) + e.getKey() + ": " + e.getValue());
                }
            }
            if (articulations.size() == 1) {
                lostState(articulations.get(0)).ifPresent(xml::comment);
            }
            for (Articulation a : articulations) {
                for (Link l : a.linksInTreeOrder()) {
                    for (Visual v : l.visuals()) {
                        material(v.material());
                    }
                }
            }
            for (Map.Entry<Material, String> e : materials.entrySet()) {
                Rgba c = e.getKey().color();
                xml.open("material", "name", e.getValue());
                xml.empty("color", "rgba", DecimalText.of(c.r(), c.g(), c.b(), c.a()));
                xml.close();
            }
            return xml;
        }

        String material(Material m) {
            return materials.computeIfAbsent(m, k -> materialNames.fresh(k.name()));
        }

        ExportedModel finish(XmlText xml, String entry) {
            xml.close();
            List<BundleEntry> files = new ArrayList<>();
            files.add(new BundleEntry(entry, xml.text().getBytes(StandardCharsets.UTF_8)));
            files.addAll(meshes.entries());
            return new ExportedModel(entry, files);
        }
    }

    /** One articulation's links and joints with its (possibly prefixed) names. */
    static final class UrdfPart {
        private final Articulation articulation;
        private final NameTable jointTable;
        private final Map<String, String> links = new LinkedHashMap<>();
        private final Map<String, String> joints = new LinkedHashMap<>();

        UrdfPart(Articulation articulation, NameTable linkTable, NameTable jointTable) {
            this.articulation = articulation;
            this.jointTable = jointTable;
            for (Link l : articulation.linksInTreeOrder()) {
                links.put(l.name(), linkTable.name(l.name()));
            }
            for (Link l : articulation.linksInTreeOrder()) {
                articulation.parentJoint(l.name()).ifPresent(j -> joints.put(j.name(), jointTable.name(j.name())));
            }
        }

        String rootName() {
            return links.get(articulation.root().name());
        }

        String freshJointName(String base) {
            return jointTable.fresh(base);
        }

        void write(XmlText xml, Document doc) {
            for (Link l : articulation.linksInTreeOrder()) {
                writeLink(xml, doc, l);
            }
            for (Link l : articulation.linksInTreeOrder()) {
                articulation.parentJoint(l.name()).ifPresent(j -> writeJoint(xml, j));
            }
        }

        private void writeLink(XmlText xml, Document doc, Link l) {
            xml.open("link", "name", links.get(l.name()));
            PrincipalInertial in = PrincipalInertial.of(l.inertial());
            Inertia t = in.tensor();
            xml.open("inertial");
            origin(xml, Pose.of(in.centerOfMass()));
            xml.empty("mass", "value", DecimalText.of(in.mass()));
            xml.empty("inertia", "ixx", DecimalText.of(t.ixx()), "ixy", DecimalText.of(t.ixy()), "ixz", DecimalText.of(t.ixz()),
                    "iyy", DecimalText.of(t.iyy()), "iyz", DecimalText.of(t.iyz()), "izz", DecimalText.of(t.izz()));
            xml.close();
            for (Visual v : l.visuals()) {
                for (Piece p : pieces(v.name(), v.geometry(), v.origin())) {
                    xml.open("visual", "name", doc.geoms.fresh(p.name()));
                    origin(xml, p.origin());
                    geometry(xml, doc, p.geometry());
                    xml.empty("material", "name", doc.material(v.material()));
                    xml.close();
                }
            }
            for (Collision c : l.collisions()) {
                for (Piece p : pieces(c.name(), c.geometry(), c.origin())) {
                    xml.open("collision", "name", doc.geoms.fresh(p.name() + "_collision"));
                    origin(xml, p.origin());
                    geometry(xml, doc, p.geometry());
                    xml.close();
                }
            }
            xml.close();
        }

        private void writeJoint(XmlText xml, Joint j) {
            xml.open("joint", "name", joints.get(j.name()), "type", j.type().urdfName());
            origin(xml, j.origin());
            xml.empty("parent", "link", links.get(j.parent()));
            xml.empty("child", "link", links.get(j.child()));
            if (j.type().isMovable()) {
                Vec3 a = j.axis().normalized();
                xml.empty("axis", "xyz", DecimalText.of(a.x(), a.y(), a.z()));
                JointLimits lim = j.limits();
                if (j.type().isLimited()) {
                    xml.empty("limit", "lower", DecimalText.of(lim.lower()), "upper", DecimalText.of(lim.upper()),
                            "effort", DecimalText.of(lim.effort()), "velocity", DecimalText.of(lim.velocity()));
                } else {
                    xml.empty("limit", "effort", DecimalText.of(lim.effort()), "velocity", DecimalText.of(lim.velocity()));
                }
                xml.empty("dynamics", "damping", DecimalText.of(j.dynamics().damping()),
                        "friction", DecimalText.of(j.dynamics().friction()));
                if (j.mimic() != null && joints.containsKey(j.mimic().joint())) {
                    xml.empty("mimic", "joint", joints.get(j.mimic().joint()),
                            "multiplier", DecimalText.of(j.mimic().multiplier()), "offset", DecimalText.of(j.mimic().offset()));
                }
            }
            xml.close();
        }
    }

    /** A shape URDF can express directly, at a pose in the link frame. */
    record Piece(String name, Geometry geometry, Pose origin) {
    }

    /** Splits a capsule into a cylinder and two end spheres; other shapes pass through. */
    static List<Piece> pieces(String name, Geometry g, Pose origin) {
        if (g instanceof Geometry.Capsule c) {
            if (!(c.length() > 0)) {
                return List.of(new Piece(name, new Geometry.Sphere(c.radius()), origin));
            }
            double h = c.length() / 2;
            return List.of(new Piece(name + "_cylinder", new Geometry.Cylinder(c.radius(), c.length()), origin),
                    new Piece(name + "_cap0", new Geometry.Sphere(c.radius()), origin.compose(Pose.of(0, 0, -h))),
                    new Piece(name + "_cap1", new Geometry.Sphere(c.radius()), origin.compose(Pose.of(0, 0, h))));
        }
        return List.of(new Piece(name, g, origin));
    }

    static void geometry(XmlText xml, Document doc, Geometry g) {
        xml.open("geometry");
        if (g instanceof Geometry.Box b) {
            xml.empty("box", "size", DecimalText.of(b.size().x(), b.size().y(), b.size().z()));
        } else if (g instanceof Geometry.Cylinder c) {
            xml.empty("cylinder", "radius", DecimalText.of(c.radius()), "length", DecimalText.of(c.length()));
        } else if (g instanceof Geometry.Sphere s) {
            xml.empty("sphere", "radius", DecimalText.of(s.radius()));
        } else if (g instanceof TriangleMesh m) {
            xml.empty("mesh", "filename", doc.meshes.path(m));
        } else {
            throw new IllegalArgumentException("URDF cannot express " + g);
        }
        xml.close();
    }

    static void origin(XmlText xml, Pose p) {
        Vec3 rpy = p.rotation().toRpy();
        xml.empty("origin", "xyz", DecimalText.of(p.position().x(), p.position().y(), p.position().z()),
                "rpy", DecimalText.of(rpy.x(), rpy.y(), rpy.z()));
    }
}
