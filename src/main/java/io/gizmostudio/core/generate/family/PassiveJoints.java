package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointDynamics;
import io.gizmostudio.core.model.JointLimits;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Vec3;

/**
 * Movable joints of furniture and appliances: limits and passive damping/friction only. Drives are left
 * null on purpose; the generator's drive tuning adds them to the joints it actuates.
 */
final class PassiveJoints {
    private PassiveJoints() {
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
