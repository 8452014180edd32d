package io.gizmostudio.core.format.mjcf;

import io.gizmostudio.core.format.DecimalText;
import io.gizmostudio.core.format.PrincipalInertial;
import io.gizmostudio.core.format.xml.XmlText;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Collision;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.model.Visual;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One articulation inside an MJCF document: its names (prefixed in a scene), its nested body tree at a pose
 * (welded to the world, or on a free joint when {@code free}), the contact exclusions, mimic equalities and
 * actuators that go after the world body, and its share of the initial keyframe.
 */
final class MjcfPart {
    private final Articulation articulation;
    private final Pose pose;
    private final MjcfNames names;
    private final Map<String, Double> initial;
    private final String freeJoint;
    private final Map<String, String> bodies = new LinkedHashMap<>();
    private final Map<String, String> joints = new LinkedHashMap<>();

    MjcfPart(Articulation articulation, Pose pose, MjcfNames names, boolean free, Map<String, Double> initial) {
        this.articulation = articulation;
        this.pose = pose;
        this.names = names;
        this.initial = initial;
        for (Link l : articulation.linksInTreeOrder()) {
            bodies.put(l.name(), names.bodies().name(l.name()));
        }
        for (Link l : articulation.linksInTreeOrder()) {
            articulation.parentJoint(l.name()).filter(j -> j.type().isMovable())
                    .ifPresent(j -> joints.put(j.name(), names.joints().name(j.name())));
        }
        this.freeJoint = free ? names.joints().fresh("free") : null;
    }

    Articulation articulation() {
        return articulation;
    }

    /** The root body and everything below it; a fixed part's root has no joint, so it is welded to the world. */
    void writeBodies(XmlText xml, MjcfAssets assets) {
        writeBody(xml, assets, articulation.root(), pose, null);
    }

    /** Degrees of freedom in qpos: 7 for the free joint (position, then quaternion w x y z), one per hinge or slide. */
    int qposSize() {
        return (freeJoint != null ? 7 : 0) + joints.size();
    }

    /**
     * This part's qpos in MuJoCo's order (the body tree as written, each body's joints in order): the free joint's
     * pose, then every hinge and slide at its initial position, mimic followers where their equality puts them.
     */
    void initialQpos(List<Double> out) {
        if (freeJoint != null) {
            Quat q = PrincipalInertial.canonical(pose.rotation());
            out.addAll(List.of(pose.position().x(), pose.position().y(), pose.position().z(), q.w(), q.x(), q.y(), q.z()));
        }
        for (Joint j : movableJointsInTreeOrder()) {
            out.add(ForwardKinematics.position(articulation, j, initial));
        }
    }

    /** This part's actuator controls, in {@link #writeActuators} order: servos hold the initial pose, motors stand still. */
    void initialCtrl(List<Double> out) {
        for (Joint j : movableJointsInTreeOrder()) {
            if (!j.isActuated()) {
                continue;
            }
            if (!MjcfJointTuning.isPositionDriven(j)) {
                out.add(0.0);
                continue;
            }
            double lo = j.type().isLimited() ? j.limits().lower() : -Math.PI;
            double hi = j.type().isLimited() ? j.limits().upper() : Math.PI;
            out.add(Math.max(lo, Math.min(hi, ForwardKinematics.position(articulation, j, initial))));
        }
    }

    private void writeBody(XmlText xml, MjcfAssets assets, Link link, Pose at, Joint parentJoint) {
        xml.open("body", "name", bodies.get(link.name()), "pos", pos(at.position()), "quat", quat(at.rotation()));
        PrincipalInertial in = PrincipalInertial.of(link.inertial());
        xml.empty("inertial", "pos", DecimalText.of(in.centerOfMass().x(), in.centerOfMass().y(), in.centerOfMass().z()),
                "quat", quat(in.axes()), "mass", DecimalText.of(in.mass()),
                "diaginertia", DecimalText.of(in.moments().x(), in.moments().y(), in.moments().z()));
        if (parentJoint == null && freeJoint != null) {
            xml.empty("freejoint", "name", freeJoint);
        }
        if (parentJoint != null && parentJoint.type().isMovable()) {
            writeJoint(xml, parentJoint);
        }
        for (Visual v : link.visuals()) {
            String[] shape = shape(v.geometry(), assets);
            xml.empty("geom", "name", names.geoms().fresh(v.name() + "_visual"), "class", MjcfWriter.VISUAL_CLASS,
                    "type", shape[0], "size", shape[1], "mesh", shape[2],
                    "pos", pos(v.origin().position()), "quat", quat(v.origin().rotation()),
                    "material", assets.material(v.material()));
        }
        for (Collision c : link.collisions()) {
            String[] shape = shape(c.geometry(), assets);
            xml.empty("geom", "name", names.geoms().fresh(c.name() + "_collision"), "class", MjcfWriter.COLLISION_CLASS,
                    "type", shape[0], "size", shape[1], "mesh", shape[2],
                    "pos", pos(c.origin().position()), "quat", quat(c.origin().rotation()));
        }
        for (Joint j : articulation.childJoints(link.name())) {
            articulation.link(j.child()).ifPresent(child -> writeBody(xml, assets, child, j.origin(), j));
        }
        xml.close();
    }

    private void writeJoint(XmlText xml, Joint j) {
        Vec3 axis = j.axis().normalized();
        boolean limited = j.type().isLimited();
        xml.empty("joint", "name", joints.get(j.name()),
                "type", j.type() == JointType.PRISMATIC ? "slide" : "hinge",
                "axis", DecimalText.of(axis.x(), axis.y(), axis.z()),
                "limited", limited ? "true" : "false",
                "range", limited ? DecimalText.of(j.limits().lower(), j.limits().upper()) : null,
                "damping", DecimalText.of(MjcfJointTuning.damping(j)),
                "frictionloss", DecimalText.of(j.dynamics().friction()),
                "stiffness", j.dynamics().hasSpring() ? DecimalText.of(j.dynamics().stiffness()) : null,
                "springref", j.dynamics().hasSpring() ? DecimalText.of(j.dynamics().springReference()) : null,
                "armature", DecimalText.of(MjcfJointTuning.armature(j)));
    }

    /** Contacts between the rigid clusters on either side of every movable joint are excluded. */
    void writeContactExclusions(XmlText xml, Set<String> written) {
        RigidClusters clusters = new RigidClusters(articulation);
        for (Link l : articulation.linksInTreeOrder()) {
            Joint j = articulation.parentJoint(l.name()).orElse(null);
            if (j == null || !j.type().isMovable()) {
                continue;
            }
            for (String a : clusters.clusterOf(j.parent())) {
                for (String b : clusters.clusterOf(j.child())) {
                    String b1 = bodies.get(a), b2 = bodies.get(b);
                    if (written.add(b1 + " " + b2)) {
                        xml.empty("exclude", "body1", b1, "body2", b2);
                    }
                }
            }
        }
    }

    /** joint1 = poly(joint2): the follower equals offset + multiplier · leader. */
    void writeMimicEqualities(XmlText xml) {
        for (Joint j : movableJointsInTreeOrder()) {
            if (j.mimic() == null || !joints.containsKey(j.mimic().joint())) {
                continue;
            }
            xml.empty("joint", "name", names.equalities().fresh(j.name() + "_mimic"),
                    "joint1", joints.get(j.name()), "joint2", joints.get(j.mimic().joint()),
                    "polycoef", DecimalText.of(j.mimic().offset(), j.mimic().multiplier(), 0, 0, 0));
        }
    }

    /**
     * A position servo per actuated joint (kp and kv from the drive, control range = joint range, force range =
     * the drive's force), a velocity servo per velocity-driven joint.
     */
    void writeActuators(XmlText xml) {
        for (Joint j : movableJointsInTreeOrder()) {
            if (!j.isActuated()) {
                continue;
            }
            double f = j.drive().maxForce();
            if (!MjcfJointTuning.isPositionDriven(j)) {
                double v = j.limits().velocity();
                xml.empty("velocity", "name", names.actuators().fresh(j.name() + "_motor"), "joint", joints.get(j.name()),
                        "kv", DecimalText.of(j.drive().damping()),
                        "ctrllimited", "true", "ctrlrange", DecimalText.of(-v, v),
                        "forcelimited", "true", "forcerange", DecimalText.of(-f, f));
                continue;
            }
            double lo = j.type().isLimited() ? j.limits().lower() : -Math.PI;
            double hi = j.type().isLimited() ? j.limits().upper() : Math.PI;
            // <general> with an affine bias is MuJoCo 3's <position kp kv> spelled so that 2.2.2 loads it too:
            // force = kp·ctrl − kp·q − kv·q̇, clipped to forcerange, so the servo's damping is the actuator's
            // (off with the actuator) and never the joint's passive damping
            double kp = j.drive().stiffness();
            xml.empty("general", "name", names.actuators().fresh(j.name() + "_servo"), "joint", joints.get(j.name()),
                    "gaintype", "fixed", "biastype", "affine",
                    "gainprm", DecimalText.of(kp),
                    "biasprm", DecimalText.of(0, -kp, -j.drive().damping()),
                    "ctrllimited", "true", "ctrlrange", DecimalText.of(lo, hi),
                    "forcelimited", "true", "forcerange", DecimalText.of(-f, f));
        }
    }

    private List<Joint> movableJointsInTreeOrder() {
        return articulation.linksInTreeOrder().stream()
                .map(l -> articulation.parentJoint(l.name()).orElse(null))
                .filter(j -> j != null && j.type().isMovable()).toList();
    }

    /** MJCF type, size and mesh attributes of a shape (capsules of zero length become spheres). */
    private static String[] shape(Geometry g, MjcfAssets assets) {
        if (g instanceof Geometry.Box b) {
            return new String[] {"box", DecimalText.of(b.size().x() / 2, b.size().y() / 2, b.size().z() / 2), null};
        } else if (g instanceof Geometry.Cylinder c) {
            return new String[] {"cylinder", DecimalText.of(c.radius(), c.length() / 2), null};
        } else if (g instanceof Geometry.Sphere s) {
            return new String[] {"sphere", DecimalText.of(s.radius()), null};
        } else if (g instanceof Geometry.Capsule c) {
            return c.length() > 0
                    ? new String[] {"capsule", DecimalText.of(c.radius(), c.length() / 2), null}
                    : new String[] {"sphere", DecimalText.of(c.radius()), null};
        } else if (g instanceof TriangleMesh m) {
            return new String[] {"mesh", null, assets.mesh(m)};
        }
        throw new IllegalArgumentException("unknown geometry " + g);
    }

    static String pos(Vec3 p) {
        return p.isNear(Vec3.ZERO, 1e-12) ? null : DecimalText.of(p.x(), p.y(), p.z());
    }

    /** MuJoCo order w x y z; omitted for the identity. */
    static String quat(Quat q) {
        Quat c = PrincipalInertial.canonical(q);
        return c.isIdentity(1e-12) ? null : DecimalText.of(c.w(), c.x(), c.y(), c.z());
    }
}
