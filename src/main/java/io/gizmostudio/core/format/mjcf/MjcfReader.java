package io.gizmostudio.core.format.mjcf;

import io.gizmostudio.core.format.DescriptionWarning;
import io.gizmostudio.core.format.MultiDofJoint;
import io.gizmostudio.core.format.ReadOptions;
import io.gizmostudio.core.format.RobotDescription;
import io.gizmostudio.core.format.xml.XmlElement;
import io.gizmostudio.core.format.xml.XmlTreeReader;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Collision;
import io.gizmostudio.core.model.Inertia;
import io.gizmostudio.core.model.Inertial;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Mimic;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.model.Visual;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a MuJoCo MJCF model into an {@link Articulation}. Each body becomes a link; the body's joints
 * connect it to its parent (a body without joints is welded by a fixed joint; several joints in one body
 * become a chain through frame-only links). A joint's {@code pos} moves the link frame onto the joint
 * axis, because the model's joints turn about their child link's origin. Ball and free joints, which the
 * model has no single joint for, join the chain as their single-degree-of-freedom components
 * ({@link MjcfDof}, {@link MultiDofJoint}); a top-level body with joints (usually a free joint) hangs
 * under a frame-only {@code world} link so that it can move. {@code <frame>} and {@code <replicate>} are
 * unfolded as MuJoCo does ({@link MjcfBodyContent}). {@code <equality><joint>} couplings become mimic
 * joints; one that names joints inside a replicate applies to every copy, as in MuJoCo. A joint's {@code stiffness}
 * and {@code springref} are its spring, and the keyframe {@value MjcfWriter#KEYFRAME} gives the articulation's
 * initial positions ({@link MjcfKeyframe}).
 */
public final class MjcfReader {
    private static final Logger LOG = LoggerFactory.getLogger(MjcfReader.class);

    private final Path file;
    private final ReadOptions options;
    private final List<DescriptionWarning> warnings = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Joint> joints = new ArrayList<>();
    private final Set<String> usedNames = new HashSet<>();
    private final List<String> notes = new ArrayList<>();
    private final Set<String> usedJointNames = new HashSet<>();
    /** Joint names as the file writes them (with replicate suffixes) → the names given in the model. */
    private final Map<String, String> writtenJoints = new HashMap<>();
    /** Joint names written inside replicates → the suffixes of their copies, in document order. */
    private final Map<String, List<String>> replicatedJoints = new HashMap<>();
    private final MjcfKeyframe qposLayout = new MjcfKeyframe();
    private MjcfFrame frame;
    private MjcfDefaults defaults;
    private MjcfAssetTable assets;
    private boolean inertiaFromGeom;
    /** Geoms in these groups (inclusive) give their body mass when it has no {@code <inertial>}; MuJoCo's default. */
    private double[] inertiaGroups = {0, 5};

    private MjcfReader(Path file, ReadOptions options) {
        this.file = file;
        this.options = options;
    }

    /** Reads {@code file}; includes and meshes are resolved relative to it. */
    public static Articulation read(Path file) {
        return describe(file).articulation();
    }

    /** Reads {@code file} with notes on what it holds that the model does not show, under the default limits. */
    public static RobotDescription describe(Path file) {
        return describe(file, ReadOptions.defaults());
    }

    /**
     * Reads {@code file} with notes on what it holds that the model does not show and warnings on the meshes left
     * out (missing, outside the {@link io.gizmostudio.core.format.mesh.MeshLocator} boundary, over a limit), within
     * the limits of {@code options}.
     */
    public static RobotDescription describe(Path file, ReadOptions options) {
        MjcfReader reader = new MjcfReader(file, options);
        Articulation a = reader.readModel();
        return new RobotDescription(a, reader.notes, reader.warnings);
    }

    private void note(XmlElement e, String what) {
        notes.add(e.file().getFileName() + ":" + e.line() + ": " + what);
    }

    private Articulation readModel() {
        XmlElement mujoco = XmlTreeReader.read(file, options.maxDescriptionBytes());
        if (!mujoco.name().equals("mujoco")) {
            throw mujoco.error("an MJCF file starts with <mujoco>");
        }
        MjcfNesting.check(mujoco, options);
        MjcfIncludes.expand(mujoco, file, options);
        MjcfNesting.check(mujoco, options); // the includes in place may nest deeper than each file alone
        boolean degrees = true;
        String seq = "xyz";
        for (XmlElement c : mujoco.children("compiler")) {
            String angle = c.attribute("angle").orElse(degrees ? "degree" : "radian");
            if (!angle.equals("degree") && !angle.equals("radian")) {
                throw c.error("angle must be 'degree' or 'radian', not '" + angle + "'");
            }
            degrees = angle.equals("degree");
            seq = c.attribute("eulerseq").orElse(seq);
            inertiaFromGeom = c.attribute("inertiafromgeom").map("true"::equals).orElse(inertiaFromGeom);
            double[] groups = c.numbers("inertiagrouprange", 2);
            if (groups != null) {
                inertiaGroups = groups;
            }
        }
        try {
            frame = new MjcfFrame(degrees, seq);
        } catch (IllegalArgumentException e) {
            throw mujoco.child("compiler").orElse(mujoco).error(e.getMessage());
        }
        defaults = new MjcfDefaults(mujoco);
        assets = new MjcfAssetTable(mujoco, file, defaults, options);
        List<XmlElement> worldbodies = mujoco.children("worldbody");
        if (worldbodies.isEmpty()) {
            throw mujoco.error("the model has no <worldbody>");
        }
        List<MjcfBodyContent.Item> topBodies = new ArrayList<>();
        List<MjcfBodyContent.Item> worldGeoms = new ArrayList<>();
        for (XmlElement w : worldbodies) {
            MjcfBodyContent content = MjcfBodyContent.of(w, null, "", frame, defaults);
            noteUnsupported(content);
            topBodies.addAll(content.bodies());
            worldGeoms.addAll(content.geoms());
        }
        if (topBodies.isEmpty()) {
            throw worldbodies.get(0).error("the worldbody holds no <body>");
        }
        Link world = linkOf("world", worldGeoms, List.of(), Pose.IDENTITY);
        boolean movingRoot = topBodies.size() == 1 && hasJoints(topBodies.get(0));
        // MuJoCo welds a lone top-level body without joints to the world at its pos and quat: a world link keeps that pose
        boolean posedRoot = topBodies.size() == 1 && !topBodies.get(0).frame().compose(frame.pose(topBodies.get(0).element()))
                .isIdentity(1e-15);
        if (topBodies.size() > 1 || !world.visuals().isEmpty() || !world.collisions().isEmpty() || movingRoot || posedRoot) {
            links.add(world);
            usedNames.add(world.name()); // the first name taken, so a body called "world" becomes world_2
            for (MjcfBodyContent.Item b : topBodies) {
                body(b, world.name(), Pose.IDENTITY);
            }
            LOG.debug("{}: {} top-level bodies under a world link", worldbodies.get(0).file(), topBodies.size());
        } else {
            body(topBodies.get(0), null, Pose.IDENTITY);
        }
        applyEqualities(mujoco);
        MjcfActuators.apply(mujoco, defaults, writtenJoints, joints, this::note);
        Map<String, Joint> byName = new HashMap<>();
        joints.forEach(j -> byName.put(j.name(), j));
        return new Articulation(mujoco.attribute("model").orElse(stem()), links, joints, Map.of(),
                qposLayout.initialPositions(mujoco, byName, this::note));
    }

    private void noteUnsupported(MjcfBodyContent content) {
        for (XmlElement e : content.unsupported()) {
            note(e, "<" + e.name() + "> is not shown (the bodies and geoms MuJoCo generates from it are not read)");
        }
    }

    private boolean hasJoints(MjcfBodyContent.Item b) {
        String cls = b.element().attribute("childclass").orElse(b.childClass());
        return !MjcfBodyContent.of(b.element(), cls, b.suffix(), frame, defaults).joints().isEmpty();
    }

    private String stem() {
        String n = file.getFileName().toString();
        return n.contains(".") ? n.substring(0, n.lastIndexOf('.')) : n;
    }

    /**
     * Reads the body in {@code item} under {@code parentLink}; {@code parentShift} is where the parent's
     * link frame sits in the parent body's frame (non-zero when the parent's joint has a pos).
     */
    private void body(MjcfBodyContent.Item item, String parentLink, Pose parentShift) {
        XmlElement b = item.element();
        String childClass = b.attribute("childclass").orElse(item.childClass());
        defaults.checkClass(b, childClass);
        String name = unique(item.name("body_" + (links.size() + 1)));
        Pose bodyPose = parentShift.inverse().compose(item.frame()).compose(frame.pose(b));
        MjcfBodyContent content = MjcfBodyContent.of(b, childClass, item.suffix(), frame, defaults);
        noteUnsupported(content);
        List<MjcfDof> dofs = new ArrayList<>();
        List<Integer> perElement = new ArrayList<>();
        for (MjcfBodyContent.Item j : content.joints()) {
            List<MjcfDof> one = MjcfDof.read(j, name, bodyPose.rotation(), frame, defaults);
            dofs.addAll(one);
            perElement.add(one.size());
        }
        List<String> dofNames = new ArrayList<>();
        String parent = parentLink;
        Pose previousShift = Pose.IDENTITY;
        Pose origin = bodyPose;
        for (int k = 0; k < dofs.size(); k++) {
            MjcfDof d = dofs.get(k);
            Pose shift = Pose.of(d.anchor());
            boolean last = k == dofs.size() - 1;
            String childLink = last ? name : unique(d.frameLink() != null ? d.frameLink() : name + "_frame_" + k);
            Pose jointOrigin = origin.compose(previousShift.inverse()).compose(shift);
            String jointName = uniqueJoint(d.name());
            dofNames.add(jointName);
            joints.add(new Joint(jointName, d.type(), parent, childLink, jointOrigin, d.axis(), d.limits(), d.dynamics(), null, null));
            remember(d, jointName);
            if (!last) {
                links.add(new Link(childLink, List.of(), List.of(), Inertial.NONE));
            }
            parent = childLink;
            previousShift = shift;
            origin = Pose.IDENTITY;
        }
        int first = 0;
        for (int n : perElement) {
            qposLayout.add(dofs.subList(first, first + n), dofNames.subList(first, first + n), frame);
            first += n;
        }
        if (dofs.isEmpty() && parentLink != null) {
            joints.add(Joint.fixed(uniqueJoint(parentLink + "_to_" + name), parentLink, name, bodyPose));
        }
        links.add(linkOf(name, content.geoms(), content.inertials(), previousShift));
        for (MjcfBodyContent.Item child : content.bodies()) {
            body(child, name, previousShift);
        }
    }

    private void remember(MjcfDof d, String jointName) {
        if (d.writtenName() == null) {
            return;
        }
        writtenJoints.putIfAbsent(d.writtenName(), jointName);
        if (!d.suffix().isEmpty()) {
            String base = d.writtenName().substring(0, d.writtenName().length() - d.suffix().length());
            replicatedJoints.computeIfAbsent(base, k -> new ArrayList<>()).add(d.suffix());
        }
    }

    private Link linkOf(String name, List<MjcfBodyContent.Item> geoms, List<MjcfBodyContent.Item> inertials, Pose shift) {
        Pose toLink = shift.inverse();
        List<Visual> visuals = new ArrayList<>();
        List<Collision> collisions = new ArrayList<>();
        List<Inertial> fromGeoms = new ArrayList<>();
        int i = 0;
        for (MjcfBodyContent.Item item : geoms) {
            XmlElement g = defaults.resolve(item.element(), item.childClass());
            String geomName = item.name(name + "_geom_" + i);
            i++;
            MjcfGeom geom = MjcfGeom.read(g, geomName, frame, assets);
            if (geom == null) {
                String type = g.attribute("type").orElse("");
                if (type.equals("sdf")) {
                    note(g, "sdf geom '" + geomName + "' is not shown (its shape comes from a MuJoCo plugin)");
                } else if (type.equals("mesh") && assets.problem(g.required("mesh")) != null) {
                    String mesh = g.required("mesh");
                    warnings.add(DescriptionWarning.meshLeftOut(g.file(), g.line(), name, assets.meshFile(mesh),
                            "geom '" + geomName + "' (mesh asset '" + mesh + "'): " + assets.problem(mesh)));
                }
                continue;
            }
            Pose inLink = toLink.compose(item.frame());
            Pose pose = inLink.compose(geom.pose());
            if (geom.visual()) {
                visuals.add(new Visual(geomName, geom.geometry(), pose, geom.material()));
            }
            if (geom.collision()) {
                collisions.add(new Collision(geomName, geom.geometry(), pose));
            }
            double group = g.number("group", 0);
            if (geom.massProperties().mass() > 0 && group >= inertiaGroups[0] && group <= inertiaGroups[1]) {
                fromGeoms.add(geom.massProperties().transformed(inLink));
            }
        }
        Inertial inertial;
        if (!inertials.isEmpty() && !inertiaFromGeom) {
            MjcfBodyContent.Item in = inertials.get(0);
            inertial = inertial(in.element()).transformed(toLink.compose(in.frame()));
        } else {
            inertial = fromGeoms.isEmpty() ? Inertial.NONE : Inertial.combine(fromGeoms);
        }
        return new Link(name, visuals, collisions, inertial);
    }

    private Inertial inertial(XmlElement e) {
        double mass = e.requiredNumber("mass");
        Inertia inertia;
        if (e.has("diaginertia")) {
            double[] d = e.numbers("diaginertia", 3);
            inertia = Inertia.diagonal(d[0], d[1], d[2]);
        } else if (e.has("fullinertia")) {
            double[] f = e.numbers("fullinertia", 6);
            inertia = new Inertia(f[0], f[3], f[4], f[1], f[5], f[2]);
        } else {
            throw e.error("an <inertial> needs diaginertia or fullinertia");
        }
        Pose pose = frame.pose(e);
        return new Inertial(mass, Vec3.ZERO, inertia).transformed(pose);
    }

    private void applyEqualities(XmlElement mujoco) {
        Map<String, Mimic> mimics = new HashMap<>();
        for (XmlElement eq : mujoco.children("equality")) {
            for (XmlElement raw : eq.children("joint")) {
                XmlElement e = defaults.resolve(raw, null);
                String follower = e.required("joint1");
                String leader = e.attribute("joint2").orElse(null);
                if (leader == null) {
                    continue; // a joint locked to a constant: nothing to follow
                }
                double[] poly = e.numbers("polycoef", 5);
                double offset = poly == null ? 0 : poly[0];
                double multiplier = poly == null ? 1 : poly[1];
                for (String suffix : copiesNamed(e, follower)) {
                    String f = writtenJoints.get(follower + suffix);
                    String l = writtenJoints.get(leader + suffix);
                    if (l == null) {
                        throw e.error("equality names an unknown joint: " + follower + suffix + " / " + leader + suffix);
                    }
                    mimics.put(f, new Mimic(l, multiplier, offset));
                }
            }
        }
        for (int i = 0; i < joints.size(); i++) {
            Joint j = joints.get(i);
            Mimic m = mimics.get(j.name());
            if (m != null) {
                joints.set(i, new Joint(j.name(), j.type(), j.parent(), j.child(), j.origin(), j.axis(), j.limits(), j.dynamics(), m, j.drive()));
            }
        }
    }

    /**
     * The replicate suffixes an equality on {@code joint} applies to: just "" for a joint named as written,
     * every copy's suffix for a joint written inside a {@code <replicate>} (MuJoCo copies such an equality
     * with each replica, and both its joints must then be in that replica).
     */
    private List<String> copiesNamed(XmlElement e, String joint) {
        if (writtenJoints.containsKey(joint)) {
            return List.of("");
        }
        List<String> copies = replicatedJoints.get(joint);
        if (copies == null) {
            throw e.error("equality names an unknown joint: " + joint);
        }
        return copies;
    }

    private String uniqueJoint(String base) {
        String candidate = base;
        for (int n = 2; !usedJointNames.add(candidate); n++) {
            candidate = base + "_" + n;
        }
        return candidate;
    }

    private String unique(String base) {
        String candidate = base;
        for (int n = 2; !usedNames.add(candidate); n++) {
            candidate = base + "_" + n;
        }
        return candidate;
    }

}
