package io.gizmostudio.core.format.usd;

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
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Collision;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Visual;
import io.gizmostudio.core.scene.Mobility;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * USD ASCII (usda) with UsdPhysics schemas, laid out the way Isaac Sim's URDF importer lays out a robot.
 *
 * <p>The layer is Z-up, metres and kilograms. The articulation is one Xform prim with
 * {@code PhysicsArticulationRootAPI}; every link is an Xform directly beneath it (flat, not nested) at its
 * pose with all joints at zero, carrying {@code PhysicsRigidBodyAPI} and {@code PhysicsMassAPI} (mass,
 * centre of mass, principal moments and axes, floored as in {@link PrincipalInertial}), with its shapes
 * under {@code visuals} and {@code collisions} children ({@link UsdShapes}). Joints live in a
 * {@code joints} scope ({@link UsdJoints}); a {@code root_joint} fixes the root link to the world unless the asset
 * is free-floating ({@link Mobility#of(Articulation)}: then a floating articulation, or one rigid body when single-link).
 * Joint axes that are not X, Y or Z are handled by rotating both joint frames ({@link PrincipalAxisFrame}).
 *
 * <p>A scene has a {@code World} prim holding a {@code PhysicsScene} (gravity 9.81 m/s² along −Z), a
 * static ground box whose top is at z = 0, a distant light, and one prim per part at the part's pose. A
 * part with joints is its own articulation (one {@code PhysicsArticulationRootAPI} each); a fixed part is
 * anchored by a {@code root_joint} to the world, a free one has none (a floating articulation, or a plain
 * rigid body when it is a single link). A part with initial joint positions is laid out posed, and its
 * joints carry {@code PhysicsJointStateAPI} positions and drive targets at them.
 */
public final class UsdWriter implements ModelWriter {
    private static final String JOINTS_SCOPE = "joints";
    private static final String ROOT_JOINT = "root_joint";

    @Override public ExportFormat format() {
        return ExportFormat.ISAAC_SIM_USD;
    }

    @Override public ExportedModel writeAsset(Articulation articulation) {
        articulation.validate();
        String prim = NameTable.sanitise(articulation.name());
        UsdaText usd = new UsdaText();
        header(usd, prim, articulation.metadata());
        boolean free = Mobility.of(articulation) == Mobility.FREE;
        writeArticulation(usd, prim, "/" + prim, articulation, Pose.IDENTITY, false, articulation.initialPositions(), free);
        String entry = ExportFormat.ISAAC_SIM_USD.assetEntrypoint();
        String report = !free ? "USD: an articulation anchored to the world by a PhysicsFixedJoint (root_joint)"
                : articulation.joints().isEmpty() ? "USD: free-floating: one rigid body, no joint to the world"
                : "USD: a floating articulation (no root joint to the world); generate with fixed_base to anchor it";
        List<String> lines = new ArrayList<>(List.of(report));
        if (!articulation.initialPositions().isEmpty()) {
            lines.add("USD: the initial state is joint state (state:*:physics:position, read by Isaac Sim at start), drive"
                    + " targets and the links' posed layout");
        }
        if (articulation.joints().stream().anyMatch(j -> j.dynamics().hasSpring())) {
            lines.add("USD: joint springs folded into the drive stiffness and target (PhysX has no passive joint spring),"
                    + " kept as gizmo:springStiffness/springReference");
        }
        return new ExportedModel(entry, model(usd, entry).files(), lines);
    }

    @Override public ExportedModel writeScene(SceneModel scene) {
        UsdaText usd = new UsdaText();
        header(usd, "World", Map.of("scene", scene.name()));
        usd.openPrim("Xform", "World", List.of());
        usd.openPrim("PhysicsScene", "physicsScene", List.of());
        usd.line("vector3f physics:gravityDirection", "(0, 0, -1)");
        usd.line("float physics:gravityMagnitude", "9.81");
        usd.closePrim();
        usd.openPrim("Cube", "groundPlane", List.of("PhysicsCollisionAPI"));
        usd.line("double size", "1");
        usd.line("float3[] extent", "[(-0.5, -0.5, -0.5), (0.5, 0.5, 0.5)]");
        usd.line("color3f[] primvars:displayColor", "[(0.82, 0.82, 0.8)]");
        usd.line("double3 xformOp:translate", "(0, 0, -0.05)");
        usd.line("double3 xformOp:scale", "(20, 20, 0.1)");
        usd.line("uniform token[] xformOpOrder", "[\"xformOp:translate\", \"xformOp:scale\"]");
        usd.closePrim();
        usd.openPrim("DistantLight", "light", List.of());
        usd.line("float inputs:intensity", "1000");
        usd.closePrim();
        NameTable parts = new NameTable();
        parts.reserve("physicsScene");
        parts.reserve("groundPlane");
        parts.reserve("light");
        for (ScenePart p : scene.parts()) {
            p.articulation().validate();
            String prim = parts.fresh(p.name());
            for (Map.Entry<String, String> e : p.articulation().metadata().entrySet()) {
                usd.comment("gizmo " + prim + " " + e.getKey() + ": " + e.getValue());
            }
            writeArticulation(usd, prim, "/World/" + prim, p.articulation(), p.pose(), true, p.jointPositions(), p.isFree());
        }
        usd.closePrim();
        String entry = ExportFormat.ISAAC_SIM_USD.sceneEntrypoint();
        return new ExportedModel(entry, model(usd, entry).files(), report(scene));
    }

    private static List<String> report(SceneModel scene) {
        SceneCounts n = SceneCounts.of(scene);
        if (n.empty()) {
            return List.of("USD: an empty world: a physics scene, a ground collider and a light");
        }
        List<String> lines = new ArrayList<>();
        lines.add("USD: " + SceneCounts.objects(n.free(), "free") + " as floating articulations (rigid bodies when single-link), "
                + SceneCounts.objects(n.fixed(), "fixed") + " anchored to the world by a PhysicsFixedJoint");
        if (n.posed() > 0) {
            lines.add("USD: initial joint positions of " + SceneCounts.objects(n.posed(), "")
                    + " kept as joint state (state:*:physics:position), drive targets and the links' posed layout");
        }
        return lines;
    }

    /** Every joint, plus the root joint that anchors a fixed asset to the world (a free-floating one has none). */
    @Override public int jointCount(Articulation articulation) {
        return articulation.joints().size() + (Mobility.of(articulation) == Mobility.FREE ? 0 : 1);
    }

    private static void header(UsdaText usd, String defaultPrim, Map<String, String> metadata) {
        usd.raw("#usda 1.0\n(\n");
        if (!metadata.isEmpty()) {
            usd.raw("    customLayerData = {\n");
            NameTable keys = new NameTable();
            for (Map.Entry<String, String> e : metadata.entrySet()) {
                usd.raw("        string " + keys.fresh("gizmo_" + e.getKey()) + " = " + UsdaText.string(e.getValue()) + "\n");
            }
            usd.raw("    }\n");
        }
        usd.raw("    defaultPrim = \"" + defaultPrim + "\"\n");
        usd.raw("    kilogramsPerUnit = 1\n    metersPerUnit = 1\n    upAxis = \"Z\"\n)\n\n");
    }

    private static ExportedModel model(UsdaText usd, String entry) {
        return new ExportedModel(entry, List.of(new BundleEntry(entry, usd.text().getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * One articulation prim at {@code path} with flat link prims and a joints scope. An asset starts at its own
     * initial positions, a scene part ({@code inScene}, placed at {@code pose}) at its placement's; either is laid
     * out at {@code positions}. Either is anchored by the root joint only when not {@code free}, and is an
     * articulation root when it has joints (a fixed asset always is; a free single link is a plain rigid body).
     */
    private static void writeArticulation(UsdaText usd, String prim, String path, Articulation a, Pose pose, boolean inScene,
                                          Map<String, Double> positions, boolean free) {
        boolean fixed = !free;
        boolean articulated = (!inScene && fixed) || !a.joints().isEmpty();
        boolean posed = positions.values().stream().anyMatch(q -> q != 0);
        usd.openPrim("Xform", prim, articulated ? List.of("PhysicsArticulationRootAPI") : List.of());
        if (inScene) {
            UsdShapes.transform(usd, pose, null);
        }
        NameTable linkNames = new NameTable();
        linkNames.reserve(JOINTS_SCOPE);
        Map<String, String> linkPaths = new LinkedHashMap<>();
        Map<String, Pose> poses = posed ? ForwardKinematics.linkPoses(a, positions) : zeroPoses(a);
        for (Link l : a.linksInTreeOrder()) {
            String name = linkNames.name(l.name());
            linkPaths.put(l.name(), path + "/" + name);
            writeLink(usd, name, l, poses.get(l.name()));
        }
        if (!fixed && a.joints().isEmpty()) {
            usd.closePrim(); // a free single-link part: one rigid body, nothing to join
            return;
        }
        usd.openPrim("Scope", JOINTS_SCOPE, List.of());
        NameTable jointNames = new NameTable();
        jointNames.reserve(ROOT_JOINT);
        Map<String, String> jointPaths = new LinkedHashMap<>();
        Map<String, Joint> joints = new LinkedHashMap<>();
        for (Link l : a.linksInTreeOrder()) {
            a.parentJoint(l.name()).ifPresent(j -> {
                jointPaths.put(j.name(), path + "/" + JOINTS_SCOPE + "/" + jointNames.name(j.name()));
                joints.put(j.name(), j);
            });
        }
        if (fixed) {
            UsdJoints.root(usd, ROOT_JOINT, linkPaths.get(a.root().name()), pose);
        }
        for (Joint j : joints.values()) {
            String name = jointPaths.get(j.name()).substring(jointPaths.get(j.name()).lastIndexOf('/') + 1);
            OptionalDouble initial = posed && j.type().isMovable()
                    ? OptionalDouble.of(ForwardKinematics.position(a, j, positions)) : OptionalDouble.empty();
            UsdJoints.joint(usd, name, j, linkPaths.get(j.parent()), linkPaths.get(j.child()), jointPaths, joints, initial);
        }
        usd.closePrim();
        usd.closePrim();
    }

    private static void writeLink(UsdaText usd, String name, Link l, Pose pose) {
        usd.openPrim("Xform", name, List.of("PhysicsRigidBodyAPI", "PhysicsMassAPI"));
        UsdShapes.transform(usd, pose, null);
        PrincipalInertial in = PrincipalInertial.of(l.inertial());
        usd.line("float physics:mass", DecimalText.of(in.mass()));
        usd.line("point3f physics:centerOfMass", UsdaText.tuple(in.centerOfMass()));
        usd.line("float3 physics:diagonalInertia", UsdaText.tuple(in.moments()));
        usd.line("quatf physics:principalAxes", UsdaText.quat(in.axes()));
        if (!l.visuals().isEmpty()) {
            usd.openPrim("Xform", "visuals", List.of());
            NameTable names = new NameTable();
            for (Visual v : l.visuals()) {
                UsdShapes.visual(usd, names.fresh(v.name()), v.geometry(), v.origin(), v.material().color());
            }
            usd.closePrim();
        }
        if (!l.collisions().isEmpty()) {
            usd.openPrim("Xform", "collisions", List.of());
            NameTable names = new NameTable();
            for (Collision c : l.collisions()) {
                UsdShapes.collider(usd, names.fresh(c.name()), c.geometry(), c.origin());
            }
            usd.closePrim();
        }
        usd.closePrim();
    }

    /** Link poses in the articulation frame with every joint at exactly zero (no mimic offsets, no clamping). */
    static Map<String, Pose> zeroPoses(Articulation a) {
        Map<String, Pose> poses = new LinkedHashMap<>();
        for (Link l : a.linksInTreeOrder()) {
            Pose p = a.parentJoint(l.name()).map(j -> poses.getOrDefault(j.parent(), Pose.IDENTITY).compose(j.origin()))
                    .orElse(Pose.IDENTITY);
            poses.put(l.name(), p);
        }
        return poses;
    }
}
