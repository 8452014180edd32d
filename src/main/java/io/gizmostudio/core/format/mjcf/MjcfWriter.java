package io.gizmostudio.core.format.mjcf;

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
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.scene.FloorRest;
import io.gizmostudio.core.scene.Mobility;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MuJoCo MJCF that loads in MuJoCo 2.2.2 and 3.x alike: explicit {@code limited}/{@code ctrllimited}/
 * {@code forcelimited}, no 3.x-only attributes or elements (position servos are {@code <general>} actuators
 * with an affine bias, since 2.2.2's {@code <position>} has no {@code kv}).
 *
 * <p>Layout: links are nested {@code <body>} elements; the root body has no joint, so it is welded to the
 * world unless the asset is free-floating (then it carries a {@code <freejoint>}; fixed joints become jointless
 * child bodies). Each body
 * carries an explicit {@code <inertial>} in principal axes (with the floors of {@link PrincipalInertial};
 * {@code inertiafromgeom="false"} so geoms add no mass). Collision geoms (class {@code gizmo_collision},
 * group 3) collide; visual geoms (class {@code gizmo_visual}, group 1) do not and take their colour from a
 * {@code <material>}. Meshes are binary STL files under {@code meshes/}. Mimic joints become
 * {@code <equality><joint polycoef>}, driven joints get a position servo (a {@code <general>} actuator carrying the drive's kp and kv; {@code <velocity>} for a velocity drive), and contacts are
 * excluded between the rigid clusters on either side of every movable joint. See {@link MjcfJointTuning}
 * for the armature and damping choices that keep every export stable at a 2 ms step.
 *
 * <p>A scene is one model: each part is a subtree under the world body at its pose with every name
 * prefixed by the part's name, plus a floor plane and a light. A free part's root body gets a
 * {@code <freejoint>} (so it falls, slides and can be pushed); a fixed part's root stays welded. The
 * keyframe {@value #KEYFRAME} holds the scene as saved: free poses and initial joint positions in qpos
 * (MuJoCo's joint order) and, in ctrl, servo targets at those positions, so a reset to it starts the scene
 * still; joints keep the model's zero (no {@code ref}). A single asset with initial positions
 * ({@link Articulation#initialPositions()}) gets the same keyframe, a free root's seven values (its resting pose)
 * first, so {@code mj_resetDataKeyframe} starts it as generated ("the door opened at 110°"). A joint spring is the
 * joint's {@code stiffness} and {@code springref}, passive like its damping: it acts with the actuators off.
 */
public final class MjcfWriter implements ModelWriter {
    static final String VISUAL_CLASS = "gizmo_visual";
    static final String COLLISION_CLASS = "gizmo_collision";
    /** The scene's initial state: placement poses and joint positions as saved. */
    public static final String KEYFRAME = "initial";
    /** MuJoCo 2.2.2's defaults, and what each free part may add (a wheeled base on the floor makes about 10 contacts). */
    private static final long BASE_CONTACTS = 100;
    private static final long BASE_ROWS = 500;
    private static final long CONTACTS_PER_FREE_PART = 16;
    /** A pyramidal friction cone of dimension 3 takes 4 constraint rows per contact. */
    private static final long ROWS_PER_CONTACT = 4;

    @Override public ExportFormat format() {
        return ExportFormat.MUJOCO_MJCF;
    }

    /**
     * One asset. A free-floating one ({@link Mobility#of(Articulation)}: mobile bases and loose objects unless made
     * with {@code fixed_base}) gets a {@code <freejoint>} on its root body, raised so its lowest collision point is
     * at z = 0: dropped into a world with a floor, it rests there from the first step.
     */
    @Override public ExportedModel writeAsset(Articulation articulation) {
        articulation.validate();
        boolean free = Mobility.of(articulation) == Mobility.FREE;
        Pose pose = free ? FloorRest.onFloor(articulation) : Pose.IDENTITY;
        Map<String, Double> initial = articulation.initialPositions();
        ExportedModel model = write(articulation.name(), List.of(new Placed("", articulation, pose, free, initial)), false,
                ExportFormat.MUJOCO_MJCF.assetEntrypoint());
        List<String> report = new ArrayList<>();
        report.add(free
                ? "MJCF: free-floating (a <freejoint> on the root body, which starts " + DecimalText.of(pose.position().z())
                        + " m up so its lowest collision point rests on a floor at z = 0); generate with fixed_base to weld it"
                : "MJCF: the root body is welded to the world (no joint)");
        if (!initial.isEmpty()) {
            report.add("MJCF: the initial state (" + initial.size() + (initial.size() == 1 ? " joint" : " joints")
                    + ") is keyframe '" + KEYFRAME + "' (qpos, with servo targets in ctrl); reset to it to start there");
        }
        if (articulation.joints().stream().anyMatch(j -> j.dynamics().hasSpring())) {
            report.add("MJCF: closing springs as joint stiffness and springref");
        }
        return new ExportedModel(model.entrypoint(), model.files(), report);
    }

    @Override public ExportedModel writeScene(SceneModel scene) {
        List<Placed> placed = new ArrayList<>();
        NameTable prefixes = new NameTable();
        for (ScenePart p : scene.parts()) {
            p.articulation().validate();
            placed.add(new Placed(prefixes.fresh(p.name()) + "_", p.articulation(), p.pose(), p.isFree(), p.jointPositions()));
        }
        ExportedModel model = write(scene.name(), placed, true, ExportFormat.MUJOCO_MJCF.sceneEntrypoint());
        return new ExportedModel(model.entrypoint(), model.files(), report(scene));
    }

    /** Movable joints, plus the free joint of a free-floating asset. */
    @Override public int jointCount(Articulation articulation) {
        return articulation.movableJoints().size() + (Mobility.of(articulation) == Mobility.FREE ? 1 : 0);
    }

    private record Placed(String prefix, Articulation articulation, Pose pose, boolean free, Map<String, Double> initial) {
    }

    private static List<String> report(SceneModel scene) {
        SceneCounts n = SceneCounts.of(scene);
        if (n.empty()) {
            return List.of("MJCF: an empty world: a floor and a light");
        }
        List<String> lines = new ArrayList<>();
        lines.add("MJCF: " + SceneCounts.objects(n.free(), "free") + " on a free joint, " + SceneCounts.objects(n.fixed(), "fixed")
                + " welded to the world");
        if (n.posed() > 0) {
            lines.add("MJCF: initial joint positions of " + SceneCounts.objects(n.posed(), "") + " kept in keyframe '" + KEYFRAME
                    + "' (qpos, with servo targets in ctrl); the joints' zero stays the model's zero");
        }
        if (n.free() > 0) {
            lines.add("MJCF: keyframe '" + KEYFRAME + "' also holds the free objects' placement poses; reset to it to start the scene as saved");
        }
        return lines;
    }

    private static ExportedModel write(String modelName, List<Placed> placed, boolean scene, String entry) {
        MeshFiles meshes = new MeshFiles();
        MjcfAssets assets = new MjcfAssets(meshes);
        MjcfNames names = MjcfNames.create();
        if (scene) {
            names.geoms().reserve("floor");
        }
        List<MjcfPart> parts = new ArrayList<>();
        for (Placed p : placed) {
            assets.register(p.articulation());
            parts.add(new MjcfPart(p.articulation(), p.pose(), names.scoped(p.prefix()), p.free(), p.initial()));
        }

        XmlText xml = new XmlText();
        xml.open("mujoco", "model", modelName);
        for (Placed p : placed) {
            for (Map.Entry<String, String> e : p.articulation().metadata().entrySet()) {
                xml.comment("gizmo " + p.prefix() + e.getKey() + ": " + e.getValue());
            }
        }
        xml.empty("compiler", "angle", "radian", "inertiafromgeom", "false");
        xml.empty("option", "timestep", DecimalText.of(MjcfJointTuning.TIMESTEP), "gravity", "0 0 -9.81");
        long free = placed.stream().filter(Placed::free).count();
        if (free > 0) {
            // MuJoCo 2.2.2 has fixed buffers of 100 contacts and 500 constraint rows; objects resting on the floor and
            // on each other need more (3.x grows its arena and reads these as sizes only)
            xml.empty("size", "nconmax", Long.toString(BASE_CONTACTS + CONTACTS_PER_FREE_PART * free),
                    "njmax", Long.toString(BASE_ROWS + ROWS_PER_CONTACT * CONTACTS_PER_FREE_PART * free));
        }
        writeDefaults(xml);
        assets.write(xml);

        xml.open("worldbody");
        if (scene) {
            xml.empty("light", "name", "key_light", "pos", "0 0 4", "dir", "0 0 -1", "diffuse", "0.8 0.8 0.8");
            xml.empty("geom", "name", "floor", "type", "plane", "size", "10 10 0.05", "rgba", "0.82 0.82 0.8 1",
                    "contype", "1", "conaffinity", "1");
        }
        for (MjcfPart part : parts) {
            part.writeBodies(xml, assets);
        }
        xml.close();

        if (parts.stream().anyMatch(p -> !p.articulation().movableJoints().isEmpty())) {
            xml.open("contact");
            Set<String> written = new LinkedHashSet<>();
            for (MjcfPart part : parts) {
                part.writeContactExclusions(xml, written);
            }
            xml.close();
        }
        if (parts.stream().anyMatch(p -> p.articulation().movableJoints().stream().anyMatch(j -> j.mimic() != null))) {
            xml.open("equality");
            parts.forEach(p -> p.writeMimicEqualities(xml));
            xml.close();
        }
        if (parts.stream().anyMatch(p -> p.articulation().joints().stream().anyMatch(j -> j.isActuated()))) {
            xml.open("actuator");
            parts.forEach(p -> p.writeActuators(xml));
            xml.close();
        }
        boolean startState = scene || placed.stream().anyMatch(p -> !p.initial().isEmpty());
        if (startState && parts.stream().anyMatch(p -> p.qposSize() > 0)) {
            writeKeyframe(xml, parts);
        }
        xml.close();

        List<BundleEntry> files = new ArrayList<>();
        files.add(new BundleEntry(entry, xml.text().getBytes(StandardCharsets.UTF_8)));
        files.addAll(meshes.entries());
        return new ExportedModel(entry, files);
    }

    /** The scene as saved: every qpos (free poses, joint positions) and the controls that hold it. */
    private static void writeKeyframe(XmlText xml, List<MjcfPart> parts) {
        List<Double> qpos = new ArrayList<>();
        List<Double> ctrl = new ArrayList<>();
        for (MjcfPart p : parts) {
            p.initialQpos(qpos);
            p.initialCtrl(ctrl);
        }
        xml.open("keyframe");
        xml.empty("key", "name", KEYFRAME, "qpos", numbers(qpos), "ctrl", ctrl.isEmpty() ? null : numbers(ctrl));
        xml.close();
    }

    private static String numbers(List<Double> values) {
        double[] a = new double[values.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = values.get(i);
        }
        return DecimalText.of(a);
    }

    private static void writeDefaults(XmlText xml) {
        xml.open("default");
        xml.open("default", "class", VISUAL_CLASS);
        xml.empty("geom", "group", "1", "contype", "0", "conaffinity", "0");
        xml.close();
        xml.open("default", "class", COLLISION_CLASS);
        xml.empty("geom", "group", "3", "contype", "1", "conaffinity", "1", "rgba", "0.5 0.5 0.5 0.4");
        xml.close();
        xml.close();
    }
}
