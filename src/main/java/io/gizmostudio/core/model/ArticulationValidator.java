package io.gizmostudio.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks every rule an exportable articulation must keep and names every problem at once. */
public final class ArticulationValidator {
    private static final double UNIT_TOLERANCE = 1e-6;
    /** Slack on an initial position at a limit: written and read back through decimal text (rad or m). */
    private static final double LIMIT_TOLERANCE = 1e-9;

    private ArticulationValidator() {
    }

    public static List<String> problems(Articulation a) {
        List<String> p = new ArrayList<>();
        if (a.links().isEmpty()) {
            p.add("it has no links");
            return p;
        }
        checkNames(a, p);
        checkTree(a, p);
        for (Link l : a.links()) {
            checkLink(l, p);
        }
        Set<String> moving = movingLinks(a);
        for (Link l : a.links()) {
            if (moving.contains(l.name()) && !(l.inertial().mass() > 0)) {
                p.add("link '" + l.name() + "' moves but has no mass");
            }
        }
        for (Joint j : a.joints()) {
            checkJoint(a, j, p);
        }
        checkInitialPositions(a, p);
        return p;
    }

    /** Each start position names a movable joint that follows no other, is finite and lies inside its limits. */
    private static void checkInitialPositions(Articulation a, List<String> p) {
        for (Map.Entry<String, Double> e : a.initialPositions().entrySet()) {
            Joint j = a.joint(e.getKey()).orElse(null);
            Double q = e.getValue();
            String where = "initial position of '" + e.getKey() + "'";
            if (j == null || !j.type().isMovable()) {
                p.add(where + ": no movable joint of that name");
            } else if (j.mimic() != null) {
                p.add(where + ": the joint mimics '" + j.mimic().joint() + "' and starts where its leader puts it");
            } else if (q == null || !Double.isFinite(q)) {
                p.add(where + " is " + q + " (must be a finite number)");
            } else if (j.type().isLimited() && j.limits() != null
                    && (q < j.limits().lower() - LIMIT_TOLERANCE || q > j.limits().upper() + LIMIT_TOLERANCE)) {
                p.add(where + " is " + q + ", outside its limits [" + j.limits().lower() + ", " + j.limits().upper() + "]");
            }
        }
    }

    private static void checkNames(Articulation a, List<String> p) {
        Set<String> seen = new HashSet<>();
        for (Link l : a.links()) {
            if (l.name().isBlank()) {
                p.add("a link has an empty name");
            } else if (!seen.add(l.name())) {
                p.add("link name '" + l.name() + "' is used more than once");
            }
        }
        Set<String> joints = new HashSet<>();
        for (Joint j : a.joints()) {
            if (j.name().isBlank()) {
                p.add("a joint has an empty name");
            } else if (!joints.add(j.name())) {
                p.add("joint name '" + j.name() + "' is used more than once");
            }
        }
    }

    private static void checkTree(Articulation a, List<String> p) {
        Set<String> linkNames = new HashSet<>();
        a.links().forEach(l -> linkNames.add(l.name()));
        Map<String, String> parentOf = new HashMap<>();
        for (Joint j : a.joints()) {
            if (!linkNames.contains(j.parent())) {
                p.add("joint '" + j.name() + "' names parent link '" + j.parent() + "', which does not exist");
            }
            if (!linkNames.contains(j.child())) {
                p.add("joint '" + j.name() + "' names child link '" + j.child() + "', which does not exist");
            }
            if (j.parent().equals(j.child())) {
                p.add("joint '" + j.name() + "' connects link '" + j.child() + "' to itself");
            }
            if (parentOf.putIfAbsent(j.child(), j.parent()) != null) {
                p.add("link '" + j.child() + "' is the child of more than one joint");
            }
        }
        List<String> roots = a.links().stream().map(Link::name).filter(n -> !parentOf.containsKey(n)).distinct().toList();
        if (roots.size() != 1) {
            p.add("the links must form one tree with one root, but " + (roots.isEmpty()
                    ? "every link is some joint's child (a cycle)" : "there are " + roots.size() + " roots: " + roots));
        }
        for (String l : linkNames) {
            Set<String> path = new HashSet<>();
            String cur = l;
            while (parentOf.containsKey(cur)) {
                if (!path.add(cur)) {
                    p.add("the joints form a cycle through link '" + l + "'");
                    break;
                }
                cur = parentOf.get(cur);
            }
        }
    }

    private static void checkLink(Link l, List<String> p) {
        String where = "link '" + l.name() + "'";
        Inertial in = l.inertial();
        if (!Double.isFinite(in.mass()) || in.mass() < 0) {
            p.add(where + " has mass " + in.mass() + " (must be finite and not negative)");
        }
        if (!in.centerOfMass().isFinite()) {
            p.add(where + " has a non-finite centre of mass");
        }
        if (!in.inertia().isFinite()) {
            p.add(where + " has a non-finite inertia tensor");
        } else if (in.mass() > 0) {
            if (!in.inertia().isPositiveDefinite()) {
                p.add(where + " has an inertia tensor that is not positive definite");
            } else if (!in.inertia().satisfiesTriangleInequality()) {
                p.add(where + " has principal moments that break the triangle inequality");
            }
        }
        for (Visual v : l.visuals()) {
            checkGeometry(where + " visual '" + v.name() + "'", v.geometry(), v.origin(), p);
            if (!v.material().color().isValid()) {
                p.add(where + " visual '" + v.name() + "' has a colour outside [0, 1]");
            }
        }
        for (Collision c : l.collisions()) {
            checkGeometry(where + " collision '" + c.name() + "'", c.geometry(), c.origin(), p);
        }
    }

    private static void checkGeometry(String where, Geometry g, Pose origin, List<String> p) {
        if (!origin.isFinite()) {
            p.add(where + " has a non-finite pose");
        }
        boolean ok = g.hasValidDimensions();
        if (!ok) {
            p.add(where + " has invalid dimensions (" + g + ")");
        }
    }

    private static void checkJoint(Articulation a, Joint j, List<String> p) {
        String where = "joint '" + j.name() + "'";
        if (!j.origin().isFinite()) {
            p.add(where + " has a non-finite origin");
        }
        if (!j.type().isMovable()) {
            return;
        }
        if (!j.axis().isFinite() || Math.abs(j.axis().norm() - 1) > UNIT_TOLERANCE) {
            p.add(where + " has axis " + j.axis() + ", which is not a unit vector");
        }
        JointLimits lim = j.limits();
        if (lim == null) {
            p.add(where + " is movable but has no limits (effort and velocity are needed)");
        } else {
            if (j.type().isLimited()) {
                if (!Double.isFinite(lim.lower()) || !Double.isFinite(lim.upper())) {
                    p.add(where + " has non-finite position limits");
                } else if (!(lim.lower() < lim.upper())) {
                    p.add(where + " has lower limit " + lim.lower() + " not below upper limit " + lim.upper());
                }
            }
            if (!(lim.effort() > 0) || !Double.isFinite(lim.effort())) {
                p.add(where + " has effort limit " + lim.effort() + " (must be finite and positive)");
            }
            if (!(lim.velocity() > 0) || !Double.isFinite(lim.velocity())) {
                p.add(where + " has velocity limit " + lim.velocity() + " (must be finite and positive)");
            }
        }
        JointDynamics d = j.dynamics();
        if (!Double.isFinite(d.damping()) || d.damping() < 0 || !Double.isFinite(d.friction()) || d.friction() < 0) {
            p.add(where + " has damping/friction that is negative or not finite");
        }
        if (!Double.isFinite(d.stiffness()) || d.stiffness() < 0 || !Double.isFinite(d.springReference())) {
            p.add(where + " has a spring stiffness that is negative or not finite, or a non-finite spring reference");
        }
        if (j.mimic() != null) {
            Mimic m = j.mimic();
            if (m.joint().equals(j.name())) {
                p.add(where + " mimics itself");
            } else if (a.joint(m.joint()).filter(l -> l.type().isMovable()).isEmpty()) {
                p.add(where + " mimics '" + m.joint() + "', which is not a movable joint of this articulation");
            }
            if (!Double.isFinite(m.multiplier()) || !Double.isFinite(m.offset())) {
                p.add(where + " has a non-finite mimic multiplier or offset");
            }
        }
        if (j.drive() != null) {
            Drive dr = j.drive();
            if (!(dr.stiffness() >= 0) || !(dr.damping() >= 0) || !(dr.maxForce() > 0)
                    || !Double.isFinite(dr.stiffness() + dr.damping() + dr.maxForce())) {
                p.add(where + " has a drive with negative, zero-force or non-finite gains");
            }
        }
    }

    /** Links carried by at least one movable joint between them and the root. */
    static Set<String> movingLinks(Articulation a) {
        Set<String> moving = new HashSet<>();
        for (Link l : a.links()) {
            String cur = l.name();
            Set<String> seen = new HashSet<>();
            while (seen.add(cur)) {
                Joint j = a.parentJoint(cur).orElse(null);
                if (j == null) {
                    break;
                }
                if (j.type().isMovable()) {
                    moving.add(l.name());
                    break;
                }
                cur = j.parent();
            }
        }
        return moving;
    }
}
