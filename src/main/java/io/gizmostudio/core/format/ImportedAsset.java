package io.gizmostudio.core.format;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ArticulationValidator;
import io.gizmostudio.core.model.Inertia;
import io.gizmostudio.core.model.Inertial;
import io.gizmostudio.core.model.InvalidArticulationException;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointLimits;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.Mobility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A robot description someone published (a URDF, an MJCF), made into an asset the writers and the library take
 * like a generated one. What a simulator would refuse or a format cannot say is repaired the way the simulators'
 * own importers do, and each repair is one line in {@link #changes()}, so a conversion never changes a model
 * silently:
 * <ul>
 *   <li>an MJCF free joint or URDF floating joint on the root becomes the asset's free base
 *       ({@link Mobility#FREE}); everything else is welded to the world;</li>
 *   <li>URDF's frame-only {@code world} link, fixed to the base, is dropped (every format welds the root anyway,
 *       and MuJoCo reserves the name);</li>
 *   <li>a link that moves but has no mass (tool frames such as {@code tool0} on a fixed joint) gets one gram,
 *       the writers' floor ({@link PrincipalInertial#MIN_MASS});</li>
 *   <li>an inertia tensor that breaks the triangle inequality or is not positive definite (common in exported CAD
 *       URDFs; MuJoCo refuses it unless told to balance it) is balanced: the smaller principal moments are raised
 *       until the largest is no more than their sum, about the same principal axes.</li>
 * </ul>
 * What cannot be repaired (two roots, a cycle, a joint naming a missing link) stays an
 * {@link InvalidArticulationException} naming every problem.
 */
public record ImportedAsset(Articulation articulation, List<String> changes) {
    /** Metadata key naming the file the asset was converted from. */
    public static final String SOURCE_KEY = "source_file";
    /** Effort limit written for a movable joint whose source states none (N·m or N). */
    public static final double UNSTATED_EFFORT = 1000;
    /** Velocity limit written for a movable joint whose source states none (rad/s or m/s). */
    public static final double UNSTATED_VELOCITY = 10;

    public ImportedAsset {
        changes = List.copyOf(changes);
    }

    /** {@code description} as an exportable asset called {@code name} (made safe for file and prim names). */
    public static ImportedAsset of(RobotDescription description, String name, String sourceFile) {
        List<String> changes = new ArrayList<>();
        Articulation read = withoutWorldGeometry(description.articulation(), changes);
        Articulation body = FloatingRoot.withoutFreeJoint(read);
        boolean free = body != read;
        if (free) {
            changes.add("the root's free joint is the asset's free base: MJCF <freejoint>, a USD floating articulation");
        }
        body = withoutWorldFrame(body, changes);
        List<Link> links = new ArrayList<>();
        Set<String> moving = movingLinks(body);
        for (Link l : body.links()) {
            links.add(repaired(l, moving.contains(l.name()), changes));
        }
        Map<String, String> metadata = new LinkedHashMap<>(body.metadata());
        metadata.put(Mobility.METADATA_KEY, (free ? Mobility.FREE : Mobility.FIXED).wireName());
        if (sourceFile != null) {
            metadata.put(SOURCE_KEY, sourceFile);
        }
        List<Joint> joints = body.joints().stream().map(j -> withLimitsStated(j, changes)).toList();
        Articulation asset = new Articulation(safeName(name), links, joints, metadata, startsInRange(body, changes));
        List<String> problems = ArticulationValidator.problems(asset);
        if (!problems.isEmpty()) {
            throw new InvalidArticulationException(asset.name(), problems);
        }
        if (asset.joints().stream().noneMatch(Joint::isActuated) && !asset.movableJoints().isEmpty()) {
            changes.add("no joint has a drive in the source, so the exports have no actuators (the joints are passive)");
        }
        return new ImportedAsset(asset, changes);
    }

    /** Letters, digits and underscores, starting with a letter: usable as a file name, a USD prim and an MJCF name. */
    static String safeName(String name) {
        String s = name == null ? "" : name.strip().replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("_+", "_");
        s = s.replaceAll("^_|_$", "");
        if (s.isEmpty()) {
            return "robot";
        }
        return Character.isLetter(s.charAt(0)) ? s : "robot_" + s;
    }

    /**
     * The geometry of an MJCF {@code <worldbody>} (the floor, walls, a table) is the environment the robot was
     * posed in, not the robot: left out, so the asset's bounds and exports are the robot's own.
     */
    /**
     * The start state with each position inside its joint's limits: MuJoCo may start a joint outside its range (an MJCF
     * qpos0), an asset starts at the nearer limit, as the exports' keyframes and drives need.
     */
    private static Map<String, Double> startsInRange(Articulation a, List<String> changes) {
        Map<String, Double> out = new LinkedHashMap<>();
        a.initialPositions().forEach((name, q) -> {
            Joint j = a.joint(name).orElse(null);
            double in = j != null && j.type().isLimited() && j.limits() != null ? j.limits().clamp(q) : q;
            if (in != q) {
                changes.add("joint '" + name + "' starts outside its limits in the source; the asset starts it at "
                        + DecimalText.of(in));
            }
            out.put(name, in);
        });
        return out;
    }

    public static Articulation withoutWorldGeometry(Articulation a, List<String> changes) {
        Link root = a.root();
        if (!root.name().equals("world") || root.inertial().mass() > 0
                || (root.visuals().isEmpty() && root.collisions().isEmpty())) {
            return a;
        }
        int geoms = Math.max(root.visuals().size(), root.collisions().size());
        changes.add("the world body's own geometry (" + geoms + (geoms == 1 ? " geom" : " geoms")
                + ": the floor, the environment) is left out: the asset is the bodies below it");
        Link bare = new Link(root.name(), List.of(), List.of(), root.inertial());
        return new Articulation(a.name(), a.links().stream().map(l -> l == root ? bare : l).toList(), a.joints(), a.metadata(),
                a.initialPositions());
    }

    /**
     * A movable joint with no effort or velocity limit in the source (an MJCF joint without an actuator, a URDF
     * {@code <limit effort="0">}) gets {@link #UNSTATED_EFFORT} and {@link #UNSTATED_VELOCITY}: URDF and USD need
     * positive values, and no drive is added, so nothing in the simulation uses them.
     */
    private static Joint withLimitsStated(Joint j, List<String> changes) {
        JointLimits l = j.limits();
        if (!j.type().isMovable()) {
            return j;
        }
        double lower = l == null ? 0 : l.lower();
        double upper = l == null ? 0 : l.upper();
        double effort = l == null ? 0 : l.effort();
        double velocity = l == null ? 0 : l.velocity();
        boolean noEffort = !(effort > 0) || !Double.isFinite(effort);
        boolean noVelocity = !(velocity > 0) || !Double.isFinite(velocity);
        if (!noEffort && !noVelocity) {
            return j;
        }
        changes.add("joint '" + j.name() + "' states no " + (noEffort && noVelocity ? "effort or velocity limit"
                : noEffort ? "effort limit" : "velocity limit") + ": written as " + (noEffort ? DecimalText.of(UNSTATED_EFFORT)
                + (j.type().isRotational() ? " N·m" : " N") : "") + (noEffort && noVelocity ? " and " : "")
                + (noVelocity ? DecimalText.of(UNSTATED_VELOCITY) + (j.type().isRotational() ? " rad/s" : " m/s") : ""));
        JointLimits stated = new JointLimits(lower, upper, noEffort ? UNSTATED_EFFORT : effort,
                noVelocity ? UNSTATED_VELOCITY : velocity);
        return new Joint(j.name(), j.type(), j.parent(), j.child(), j.origin(), j.axis(), stated, j.dynamics(), j.mimic(), j.drive());
    }

    private static Articulation withoutWorldFrame(Articulation a, List<String> changes) {
        Link root = a.root();
        if (!root.name().toLowerCase(Locale.ROOT).equals("world") || !root.visuals().isEmpty()
                || !root.collisions().isEmpty() || root.inertial().mass() > 0) {
            return a;
        }
        List<Joint> out = a.childJoints(root.name());
        if (out.size() != 1 || out.get(0).type() != JointType.FIXED || !out.get(0).origin().isIdentity(1e-9)) {
            return a;
        }
        changes.add("the frame-only link '" + root.name() + "' and its fixed joint '" + out.get(0).name()
                + "' are left out: every export welds the root '" + out.get(0).child() + "' to the world");
        return new Articulation(a.name(), a.links().stream().filter(l -> l != root).toList(),
                a.joints().stream().filter(j -> j != out.get(0)).toList(), a.metadata(), a.initialPositions());
    }

    private static Set<String> movingLinks(Articulation a) {
        Set<String> moving = new HashSet<>();
        for (Link l : a.linksInTreeOrder()) {
            a.parentJoint(l.name()).ifPresent(j -> {
                if (j.type().isMovable() || moving.contains(j.parent())) {
                    moving.add(l.name());
                }
            });
        }
        return moving;
    }

    private static Link repaired(Link l, boolean moving, List<String> changes) {
        Inertial in = l.inertial();
        if (moving && !(in.mass() > 0)) {
            double m = PrincipalInertial.MIN_MASS;
            double i = PrincipalInertial.MIN_MOMENT;
            changes.add("link '" + l.name() + "' moves but has no mass: given " + DecimalText.of(m * 1000) + " g");
            return new Link(l.name(), l.visuals(), l.collisions(), new Inertial(m, in.centerOfMass().isFinite()
                    ? in.centerOfMass() : Vec3.ZERO, Inertia.diagonal(i, i, i)));
        }
        if (in.mass() > 0 && in.inertia().isFinite()
                && (!in.inertia().isPositiveDefinite() || !in.inertia().satisfiesTriangleInequality())) {
            PrincipalInertial p = PrincipalInertial.of(in);
            double[] m = {p.moments().x(), p.moments().y(), p.moments().z()};
            double[] sorted = m.clone();
            Arrays.sort(sorted);
            double floor = (sorted[2] - sorted[1]) * (1 + 1e-9);
            boolean raised = false;
            for (int k = 0; k < 3; k++) {
                if (m[k] == sorted[0] && m[k] < floor) {
                    m[k] = floor;
                    raised = true;
                    break;
                }
            }
            Inertia balanced = new PrincipalInertial(in.mass(), in.centerOfMass(), new Vec3(m[0], m[1], m[2]), p.axes()).tensor();
            changes.add("link '" + l.name() + "': its inertia " + (raised ? "breaks the triangle inequality" : "is not positive definite")
                    + "; balanced to principal moments " + DecimalText.of(m[0]) + ", " + DecimalText.of(m[1]) + ", "
                    + DecimalText.of(m[2]) + " kg·m²");
            return new Link(l.name(), l.visuals(), l.collisions(), new Inertial(in.mass(), in.centerOfMass(), balanced));
        }
        return l;
    }
}
