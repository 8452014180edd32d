package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.model.Inertial;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointDynamics;
import io.gizmostudio.core.model.JointLimits;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;

/**
 * Movable joints of furniture and appliances: limits and passive damping/friction only. Drives are left
 * null on purpose; the generator's drive tuning adds them to the joints it actuates.
 */
final class PassiveJoints {
    /** A closing spring shuts the door by itself from this opening, rad (20°). */
    static final double SELF_CLOSING_FROM = Math.toRadians(20);
    /** ... yet this push at the handle, N, opens it past {@link #PUSHED_OPEN_TO} (70°). */
    static final double OPENING_PUSH = 15;
    static final double PUSHED_OPEN_TO = Math.toRadians(70);
    /** The share of the torque window (push·lever − 2·friction) kept in hand at each end. */
    private static final double SPRING_MARGIN = 0.25;
    private static final double G = 9.81;

    private PassiveJoints() {
    }

    /**
     * {@code door} with a preloaded closing spring on its hinge, like the springs that hold an oven or dishwasher
     * door shut: relaxed below the closed position (so it still pushes the door shut at 0) and sized from the
     * door's own weight. A door dropping about a bottom hinge is pulled open by gravity more the farther it is open
     * (τ_g(q) from its mass and centre of mass), and the hinge's friction f works against whichever way it moves. The
     * spring torque k·(q − r) is set to τ_g + f plus a margin at {@link #SELF_CLOSING_FROM}, so the door closes
     * from there by itself, and to τ_g + F·ℓ − f less the margin at {@link #PUSHED_OPEN_TO}, so a push of
     * F = {@link #OPENING_PUSH} N at the handle (lever ℓ = {@code handleLever}) still opens it that far; the margin is
     * {@value #SPRING_MARGIN} of the window F·ℓ − 2f. Gravity's pull grows like a sine (concave) and the spring's
     * linearly, so both hold over the whole range between, not only at the two angles.
     */
    static AttachedLink withClosingSpring(AttachedLink door, double handleLever) {
        Joint j = door.joint();
        double f = j.dynamics().friction();
        double window = OPENING_PUSH * handleLever - 2 * f;
        if (!(window > 0)) {
            throw new IllegalArgumentException(j.name() + ": a " + OPENING_PUSH + " N push at " + handleLever
                    + " m cannot beat the hinge's friction twice over");
        }
        Inertial in = door.link().inertial();
        double atClosing = gravityTorque(j, in, SELF_CLOSING_FROM) + f + SPRING_MARGIN * window;
        double atOpen = gravityTorque(j, in, PUSHED_OPEN_TO) + OPENING_PUSH * handleLever - f - SPRING_MARGIN * window;
        double k = (atOpen - atClosing) / (PUSHED_OPEN_TO - SELF_CLOSING_FROM);
        double reference = SELF_CLOSING_FROM - atClosing / k;
        if (!(k > 0) || !(reference < 0)) {
            throw new IllegalArgumentException(j.name() + ": no closing spring both shuts this door from "
                    + Math.round(Math.toDegrees(SELF_CLOSING_FROM)) + "° and lets " + OPENING_PUSH + " N open it (k = " + k + ")");
        }
        Joint sprung = new Joint(j.name(), j.type(), j.parent(), j.child(), j.origin(), j.axis(), j.limits(),
                j.dynamics().withSpring(k, reference), j.mimic(), j.drive());
        return new AttachedLink(door.link(), sprung);
    }

    /** Gravity's torque opening {@code j} (positive toward +q) at position {@code q}, the parent standing upright. */
    static double gravityTorque(Joint j, Inertial child, double q) {
        Quat frame = j.origin().rotation();
        Vec3 axis = frame.rotate(j.axis().normalized());
        Vec3 com = frame.rotate(Quat.fromAxisAngle(j.axis().normalized(), q).rotate(child.centerOfMass()));
        return axis.dot(com.cross(new Vec3(0, 0, -G * child.mass())));
    }

    static Joint prismatic(String name, String parent, String child, Pose origin, Vec3 axis,
                           double lower, double upper, double effort, double velocity, JointDynamics dynamics) {
        return new Joint(name, JointType.PRISMATIC, parent, child, origin, axis,
                new JointLimits(lower, upper, effort, velocity), dynamics, null, null);
    }

    static Joint revolute(String name, String parent, String child, Pose origin, Vec3 axis,
                          double lower, double upper, double effort, double velocity, JointDynamics dynamics) {
        return new Joint(name, JointType.REVOLUTE, parent, child, origin, axis,
                new JointLimits(lower, upper, effort, velocity), dynamics, null, null);
    }

    static Joint continuous(String name, String parent, String child, Pose origin, Vec3 axis,
                            double effort, double velocity, JointDynamics dynamics) {
        return new Joint(name, JointType.CONTINUOUS, parent, child, origin, axis,
                JointLimits.unbounded(effort, velocity), dynamics, null, null);
    }
}
