package io.gizmostudio.core.format;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Collision;
import io.gizmostudio.core.model.Inertia;
import io.gizmostudio.core.model.Inertial;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointDynamics;
import io.gizmostudio.core.model.JointLimits;
import io.gizmostudio.core.model.JointType;
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
 * axis, because the model's joints turn about their child link's origin. Free and ball joints have no
 * counterpart in the model and are read as fixed (logged). {@code <equality><joint>} couplings become
 * mimic joints.
 */
public final class MjcfReader {
    private static final Logger LOG = LoggerFactory.getLogger(MjcfReader.class);
    /** Travel given to slide joints without a range, so that a slider still has somewhere to go. */
    private static final double UNLIMITED_SLIDE = 1.0;

    private final Path file;
    private final List<Link> links = new ArrayList<>();
    private final List<Joint> joints = new ArrayList<>();
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedJointNames = new HashSet<>();
    private MjcfFrame frame;
    private MjcfDefaults defaults;
    private MjcfAssetTable assets;
    private boolean inertiaFromGeom;

    private MjcfReader(Path file) {
        this.file = file;
    }

    /** Reads {@code file}; includes and meshes are resolved relative to it. */
    public static Articulation read(Path file) {
        return new MjcfReader(file).readModel();
    }

    private Articulation readModel() {
        XmlElement mujoco = XmlTreeReader.read(file);
        if (!mujoco.name().equals("mujoco")) {
            throw mujoco.error("an MJCF file starts with <mujoco>");
        }
        MjcfIncludes.expand(mujoco, file.toAbsolutePath().getParent(), new HashSet<>(Set.of(file.toAbsolutePath().normalize())));
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
        }
        try {
            frame = new MjcfFrame(degrees, seq);
        } catch (IllegalArgumentException e) {
            throw mujoco.child("compiler").orElse(mujoco).error(e.getMessage());
        }
        defaults = new MjcfDefaults(mujoco);
        assets = new MjcfAssetTable(mujoco, file, defaults);
        List<XmlElement> worldbodies = mujoco.children("worldbody");
        if (worldbodies.isEmpty()) {
            throw mujoco.error("the model has no <worldbody>");
        }
        List<XmlElement> topBodies = new ArrayList<>();
        List<XmlElement> worldGeoms = new ArrayList<>();
        for (XmlElement w : worldbodies) {
            topBodies.addAll(w.children("body"));
            for (XmlElement g : w.children("geom")) {
                worldGeoms.add(defaults.resolve(g, null));
            }
        }
        if (topBodies.isEmpty()) {
            throw worldbodies.get(0).error("the worldbody holds no <body>");
        }
        boolean worldLink = topBodies.size() > 1 || worldGeoms.stream().anyMatch(g -> !"plane".equals(g.attribute("type").orElse("sphere")));
        if (worldLink) {
            XmlElement w = worldbodies.get(0);
            String name = unique("world");
            links.add(linkOf(name, worldGeoms, List.of(), null, Pose.IDENTITY));
            for (XmlElement b : topBodies) {
                body(b, name, Pose.IDENTITY, null);
            }
            LOG.debug("{}: {} top-level bodies under a world link", w.file(), topBodies.size());
        } else {
            body(topBodies.get(0), null, Pose.IDENTITY, null);
        }
        applyEqualities(mujoco);
        return new Articulation(mujoco.attribute("model").orElse(stem()), links, joints);
    }

    private String stem() {
        String n = file.getFileName().toString();
        return n.contains(".") ? n.substring(0, n.lastIndexOf('.')) : n;
    }

    /**
     * Reads {@code b} under {@code parentLink}; {@code parentShift} is where the parent's link frame sits
     * in the parent body's frame (non-zero when the parent's joint has a pos).
     */
    private void body(XmlElement b, String parentLink, Pose parentShift, String inheritedClass) {
        String childClass = b.attribute("childclass").orElse(inheritedClass);
        defaults.checkClass(b, childClass);
        String name = unique(b.attribute("name").orElse("body_" + (links.size() + 1)));
        Pose bodyPose = parentShift.inverse().compose(frame.pose(b));
        List<XmlElement> jointElements = new ArrayList<>();
        for (XmlElement j : b.children()) {
            if (j.name().equals("joint") || j.name().equals("freejoint")) {
                jointElements.add(j.name().equals("freejoint") ? j : defaults.resolve(j, childClass));
            }
        }
        String parent = parentLink;
        Pose previousShift = Pose.IDENTITY;
        Pose origin = bodyPose;
        for (int k = 0; k < jointElements.size(); k++) {
            XmlElement j = jointElements.get(k);
            Pose shift = Pose.of(j.vector("pos", Vec3.ZERO));
            boolean last = k == jointElements.size() - 1;
            String childLink = last ? name : unique(name + "_frame_" + k);
            Pose jointOrigin = origin.compose(previousShift.inverse()).compose(shift);
            if (parent == null) {
                // a joint on the root body (usually a free joint) has no parent link: the root stays put
                LOG.info("{}:{}: joint on the root body '{}' is not shown", j.file(), j.line(), name);
            } else {
                joints.add(joint(j, name, parent, childLink, jointOrigin));
            }
            if (!last) {
                links.add(new Link(childLink, List.of(), List.of(), Inertial.NONE));
            }
            parent = childLink;
            previousShift = shift;
            origin = Pose.IDENTITY;
        }
        if (jointElements.isEmpty() && parentLink != null) {
            joints.add(Joint.fixed(uniqueJoint(parentLink + "_to_" + name), parentLink, name, bodyPose));
        }
        List<XmlElement> geoms = new ArrayList<>();
        for (XmlElement g : b.children("geom")) {
            geoms.add(defaults.resolve(g, childClass));
        }
        links.add(linkOf(name, geoms, b.children("inertial"), childClass, previousShift));
        for (XmlElement child : b.children("body")) {
            body(child, name, previousShift, childClass);
        }
    }

    private Link linkOf(String name, List<XmlElement> geoms, List<XmlElement> inertials, String cls, Pose shift) {
        Pose toLink = shift.inverse();
        List<Visual> visuals = new ArrayList<>();
        List<Collision> collisions = new ArrayList<>();
        List<Inertial> fromGeoms = new ArrayList<>();
        int i = 0;
        for (XmlElement g : geoms) {
            String geomName = g.attribute("name").orElse(name + "_geom_" + i);
            i++;
            MjcfGeom geom = MjcfGeom.read(g, geomName, frame, assets);
            if (geom == null) {
                continue;
            }
            Pose pose = toLink.compose(geom.pose());
            if (geom.visual()) {
                visuals.add(new Visual(geomName, geom.geometry(), pose, geom.material()));
            }
            if (geom.collision()) {
                collisions.add(new Collision(geomName, geom.geometry(), pose));
            }
            if (geom.massProperties().mass() > 0) {
                fromGeoms.add(geom.massProperties().transformed(toLink));
            }
        }
        Inertial inertial;
        if (!inertials.isEmpty() && !inertiaFromGeom) {
            inertial = inertial(inertials.get(0)).transformed(toLink);
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

    private Joint joint(XmlElement j, String body, String parent, String child, Pose origin) {
        String name = uniqueJoint(j.attribute("name").orElse(body + "_joint"));
        String type = j.name().equals("freejoint") ? "free" : j.attribute("type").orElse("hinge");
        Vec3 axis = j.vector("axis", Vec3.UNIT_Z);
        if (axis.norm() < 1e-12) {
            throw j.error("joint axis is zero");
        }
        double[] range = j.numbers("range", 2);
        String limited = j.attribute("limited").orElse("auto");
        boolean isLimited = limited.equals("true") || (limited.equals("auto") && range != null);
        if (isLimited && range == null) {
            throw j.error("limited joint '" + name + "' has no range");
        }
        JointDynamics dynamics = new JointDynamics(j.number("damping", 0), j.number("frictionloss", 0));
        double effort = j.numbers("actuatorfrcrange", 2) == null ? 0 : j.numbers("actuatorfrcrange", 2)[1];
        switch (type) {
            case "hinge": {
                if (!isLimited) {
                    return new Joint(name, JointType.CONTINUOUS, parent, child, origin, axis.normalized(),
                            JointLimits.unbounded(effort, 0), dynamics, null, null);
                }
                JointLimits limits = new JointLimits(frame.angle(range[0]), frame.angle(range[1]), effort, 0);
                return new Joint(name, JointType.REVOLUTE, parent, child, origin, axis.normalized(), limits, dynamics, null, null);
            }
            case "slide": {
                JointLimits limits = isLimited ? new JointLimits(range[0], range[1], effort, 0)
                        : new JointLimits(-UNLIMITED_SLIDE, UNLIMITED_SLIDE, effort, 0);
                return new Joint(name, JointType.PRISMATIC, parent, child, origin, axis.normalized(), limits, dynamics, null, null);
            }
            case "ball":
            case "free":
                LOG.warn("{}:{}: {} joint '{}' is shown as fixed", j.file(), j.line(), type, name);
                return Joint.fixed(name, parent, child, origin);
            default:
                throw j.error("unknown joint type '" + type + "'");
        }
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
                if (joints.stream().noneMatch(j -> j.name().equals(follower)) || joints.stream().noneMatch(j -> j.name().equals(leader))) {
                    throw e.error("equality names an unknown joint: " + follower + " / " + leader);
                }
                mimics.put(follower, new Mimic(leader, multiplier, offset));
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
