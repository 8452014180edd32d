package io.gizmostudio.core.generate;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Inertia;
import io.gizmostudio.core.model.Inertial;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Vec3;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one joint moves, measured on the articulation at its zero pose: the moved mass, the inertia about the
 * joint axis now ({@link #inertia}) and at worst ({@link #maxInertia}, the subtree stretched out), and the worst
 * gravity load ({@link #gravityLoad}, N·m or N).
 *
 * <p>For a rotary joint with axis a through p, a link of mass m whose centre of mass is reached from p through
 * the joint positions p₁ … pₖ and finally c can be at most ρ = |(p₁ − p)⊥a| + Σ|pᵢ₊₁ − pᵢ| (+ prismatic strokes)
 * from the axis: the first segment turns rigidly about a, every later one may swing straight out. The gravity
 * torque is then bounded by g·Σ m·ρ, times √(1 − a_z²) when no joint upstream can tilt the axis (a vertical axis
 * that stays vertical carries no gravity torque). For a prismatic joint the load is the moved weight times
 * |a_z| (or all of it when the axis can tilt). The inertia now is Σ aᵀ(I_c + m(|d|²E − ddᵀ))a with d = c − p;
 * the worst case replaces each link's term by its largest principal moment plus m·ρ².
 */
public record JointLoad(double mass, double inertia, double maxInertia, double gravityLoad, double lever) {
    public static final double GRAVITY = 9.81;

    /** The load on {@code joint} of {@code a}, which must be one of its movable joints. */
    public static JointLoad of(Articulation a, Joint joint) {
        return new Measure(a).load(joint);
    }

    /** Zero-pose geometry of an articulation, shared by the loads of all its joints. */
    static final class Measure {
        private final Articulation a;
        private final Map<String, Pose> poses;
        private final Map<String, List<Joint>> chains = new HashMap<>();

        Measure(Articulation a) {
            this.a = a;
            this.poses = ForwardKinematics.linkPoses(a, Map.of());
            for (Link l : a.links()) {
                List<Joint> chain = new ArrayList<>();
                String cur = l.name();
                while (true) {
                    Joint j = a.parentJoint(cur).orElse(null);
                    if (j == null || chain.contains(j)) {
                        break;
                    }
                    chain.add(0, j);
                    cur = j.parent();
                }
                chains.put(l.name(), chain);
            }
        }

        JointLoad load(Joint joint) {
            Pose frame = poses.get(joint.parent()).compose(joint.origin());
            Vec3 axis = frame.rotation().rotate(joint.axis()).normalized();
            Vec3 p = frame.position();
            boolean tiltable = canTilt(joint, axis);
            double mass = 0;
            double inertia = 0;
            double maxInertia = 0;
            double moment = 0; // Σ m·ρ
            for (Link l : a.links()) {
                List<Joint> chain = chains.get(l.name());
                int at = chain.indexOf(joint);
                Inertial in = l.inertial();
                if (at < 0 || in.mass() <= 0 || !poses.containsKey(l.name())) {
                    continue;
                }
                Inertial w = in.transformed(poses.get(l.name()));
                mass += w.mass();
                if (joint.type().isRotational()) {
                    Vec3 d = w.centerOfMass().minus(p);
                    Inertia about = w.inertia().plus(Inertia.pointMass(w.mass(), d));
                    inertia += quadratic(about, axis);
                    double rho = reachBound(chain.subList(at + 1, chain.size()), p, axis, w.centerOfMass());
                    maxInertia += in.inertia().principalMoments()[2] + w.mass() * rho * rho;
                    moment += w.mass() * rho;
                }
            }
            if (!joint.type().isRotational()) {
                double tilt = tiltable ? 1 : Math.abs(axis.z());
                return new JointLoad(mass, mass, mass, mass * GRAVITY * tilt, 0);
            }
            double tilt = tiltable ? 1 : Math.sqrt(Math.max(0, 1 - axis.z() * axis.z()));
            double lever = mass > 0 ? moment / mass : 0;
            return new JointLoad(mass, inertia, Math.max(inertia, maxInertia), GRAVITY * moment * tilt, lever);
        }

        /** Whether a rotary joint upstream of {@code joint} can turn its axis away from where it points now. */
        private boolean canTilt(Joint joint, Vec3 axis) {
            for (Joint up : chains.get(joint.child())) {
                if (up == joint) {
                    break;
                }
                if (up.type().isRotational()) {
                    Vec3 upAxis = poses.get(up.parent()).compose(up.origin()).rotation().rotate(up.axis());
                    if (upAxis.cross(axis).norm() > 1e-9) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Upper bound on the distance from the axis (a through p) that {@code com} can reach. */
        private double reachBound(List<Joint> downstream, Vec3 p, Vec3 axis, Vec3 com) {
            Vec3 prev = p;
            double rho = 0;
            boolean first = true;
            for (Joint j : downstream) {
                if (!j.type().isMovable()) {
                    continue;
                }
                Vec3 next = poses.get(j.parent()).compose(j.origin()).position();
                rho += first ? perpendicular(next.minus(prev), axis) : next.minus(prev).norm();
                if (j.type() == io.gizmostudio.core.model.JointType.PRISMATIC && j.limits() != null) {
                    rho += Math.max(Math.abs(j.limits().lower()), Math.abs(j.limits().upper()));
                }
                first = false;
                prev = next;
            }
            rho += first ? perpendicular(com.minus(prev), axis) : com.minus(prev).norm();
            return rho;
        }
    }

    private static double perpendicular(Vec3 v, Vec3 axis) {
        return v.minus(axis.times(v.dot(axis))).norm();
    }

    private static double quadratic(Inertia i, Vec3 a) {
        return a.x() * (i.ixx() * a.x() + i.ixy() * a.y() + i.ixz() * a.z())
                + a.y() * (i.ixy() * a.x() + i.iyy() * a.y() + i.iyz() * a.z())
                + a.z() * (i.ixz() * a.x() + i.iyz() * a.y() + i.izz() * a.z());
    }
}
