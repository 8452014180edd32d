package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointDynamics;
import io.gizmostudio.core.model.JointLimits;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Mimic;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Vec3;

/**
 * Joint factories for the robot builders. Joints leave the builder without a drive: {@code DriveTuning} gives
 * every actuated joint gains scaled from the inertia it moves once the whole asset is assembled.
 */
final class RobotJoints {
    private RobotJoints() {
    }

    static Joint revolute(String name, String parent, String child, Pose origin, Vec3 axis, double lower,
                          double upper, double effort, double velocity, double damping) {
        return new Joint(name, JointType.REVOLUTE, parent, child, origin, axis,
                new JointLimits(lower, upper, effort, velocity), new JointDynamics(damping, 0), null, null);
    }

    static Joint continuous(String name, String parent, String child, Pose origin, Vec3 axis, double effort,
                            double velocity, double damping, double friction) {
        return new Joint(name, JointType.CONTINUOUS, parent, child, origin, axis,
                JointLimits.unbounded(effort, velocity), new JointDynamics(damping, friction), null, null);
    }

    static Joint prismatic(String name, String parent, String child, Pose origin, Vec3 axis, double lower,
                           double upper, double effort, double velocity, double damping) {
        return new Joint(name, JointType.PRISMATIC, parent, child, origin, axis,
                new JointLimits(lower, upper, effort, velocity), new JointDynamics(damping, 0), null, null);
    }

    /** {@code joint} made to follow {@code leader} one to one (q = q_leader). */
    static Joint following(Joint joint, String leader) {
        return following(joint, leader, 1.0);
    }

    /** {@code joint} made to follow {@code leader} geared by {@code multiplier} (q = multiplier · q_leader). */
    static Joint following(Joint joint, String leader, double multiplier) {
        return new Joint(joint.name(), joint.type(), joint.parent(), joint.child(), joint.origin(), joint.axis(),
                joint.limits(), joint.dynamics(), new Mimic(leader, multiplier, 0.0), null);
    }
}
