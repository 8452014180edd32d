package io.gizmostudio.core.format.usd;

import io.gizmostudio.core.format.DecimalText;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * UsdPhysics joint prims. Both joint frames are built from the model's joint origin and the
 * {@link PrincipalAxisFrame} rotation, so they coincide at the zero pose in which the links are laid out.
 * Angles follow the USD convention: revolute limits in degrees, angular drive gains per degree
 * ({@code kp·π/180}). A driven joint gets {@code PhysicsDriveAPI} with stiffness, damping (drive plus
 * passive: UsdPhysics has no passive joint damping, so the drive carries both; MJCF writes the same total as
 * the actuator's kv plus the joint's damping) and maxForce; an undriven joint with passive damping gets a
 * zero-stiffness drive, the only UsdPhysics way to say "viscous damping". Coulomb friction, which UsdPhysics
 * cannot express, is written as {@code custom float gizmo:frictionLoss} (N or N·m). A mimic joint gets {@code PhysxMimicJointAPI} (Isaac Sim 4.5+),
 * whose relation is {@code q + gearing·q_ref + offset = 0}, so gearing = −multiplier and offset = −offset.
 *
 * <p>A joint spring (a door's closing spring) is folded into the drive, since UsdPhysics and PhysX have no passive
 * joint spring: a drive is {@code stiffness·(target − q)}, so a spring k relaxed at r alone is a drive of stiffness k
 * and target r, and a servo kp holding t plus the spring is exactly one drive of stiffness kp + k and target
 * (kp·t + k·r)/(kp + k). The spring is also kept as {@code custom float gizmo:springStiffness} and
 * {@code gizmo:springReference} (SI units, rad or m) for scripts that switch the servo off.
 *
 * <p>The start state is {@code PhysicsJointStateAPI}'s {@code state:angular|linear:physics:position}: that is what
 * Isaac Sim (PhysX) reads to set an articulation's joint positions when the simulation starts, while a drive's
 * {@code targetPosition} only says where the drive pulls; a servo's target is the start position too, so it holds
 * the state instead of pulling the joint back to zero.
 */
final class UsdJoints {
    private UsdJoints() {
    }

    /** The fixed joint that anchors a fixed-base articulation: body0 unset (the world), localPos0 in world. */
    static void root(UsdaText usd, String name, String rootBodyPath, Pose rootInWorld) {
        usd.openPrim("PhysicsFixedJoint", name, List.of());
        usd.line("rel physics:body1", "<" + rootBodyPath + ">");
        frames(usd, rootInWorld, Pose.IDENTITY);
        usd.closePrim();
    }

    /**
     * A joint between two link prims; {@code jointPaths} maps model joint names to prim paths and
     * {@code joints} to the joints themselves (for mimic leaders).
     */
    static void joint(UsdaText usd, String name, Joint j, String body0, String body1, Map<String, String> jointPaths,
                      Map<String, Joint> joints) {
        joint(usd, name, j, body0, body1, jointPaths, joints, OptionalDouble.empty());
    }

    /**
     * As above, starting at {@code initial} (rad or m) when present: {@code PhysicsJointStateAPI} holds the
     * position (degrees for angles) at zero velocity, and the drive's target is that position, so a servo holds it.
     */
    static void joint(UsdaText usd, String name, Joint j, String body0, String body1, Map<String, String> jointPaths,
                      Map<String, Joint> joints, OptionalDouble initial) {
        if (j.type() == JointType.FIXED) {
            usd.openPrim("PhysicsFixedJoint", name, List.of());
            usd.line("rel physics:body0", "<" + body0 + ">");
            usd.line("rel physics:body1", "<" + body1 + ">");
            frames(usd, j.origin(), Pose.IDENTITY);
            usd.closePrim();
            return;
        }
        boolean angular = j.type().isRotational();
        String driveAxis = angular ? "angular" : "linear";
        PrincipalAxisFrame frame = PrincipalAxisFrame.of(j.axis());
        boolean mimic = j.mimic() != null && jointPaths.containsKey(j.mimic().joint());
        boolean spring = !mimic && j.dynamics().hasSpring();
        boolean drive = j.isActuated() || (!mimic && j.dynamics().damping() > 0) || spring;
        List<String> apis = new ArrayList<>();
        if (drive) {
            apis.add("PhysicsDriveAPI:" + driveAxis);
        }
        String mimicInstance = (angular ? "rot" : "trans") + frame.token();
        if (mimic) {
            apis.add("PhysxMimicJointAPI:" + mimicInstance);
        }
        if (initial.isPresent()) {
            apis.add("PhysicsJointStateAPI:" + driveAxis);
        }
        apis.add("PhysxJointAPI");
        usd.openPrim(angular ? "PhysicsRevoluteJoint" : "PhysicsPrismaticJoint", name, apis);
        usd.line("rel physics:body0", "<" + body0 + ">");
        usd.line("rel physics:body1", "<" + body1 + ">");
        usd.line("uniform token physics:axis", "\"" + frame.token() + "\"");
        Quat r = frame.rotation();
        frames(usd, j.origin().compose(new Pose(Vec3.ZERO, r)), new Pose(Vec3.ZERO, r));
        double unit = angular ? 180 / Math.PI : 1; // radians → degrees for angles
        if (j.type().isLimited()) {
            usd.line("float physics:lowerLimit", DecimalText.of(j.limits().lower() * unit));
            usd.line("float physics:upperLimit", DecimalText.of(j.limits().upper() * unit));
        }
        usd.line("float physxJoint:maxJointVelocity", DecimalText.of(j.limits().velocity() * unit));
        if (j.dynamics().friction() > 0) {
            // PhysX's physxJoint:jointFriction is a unitless coefficient on the transmitted load, not a friction
            // force: the mechanism's Coulomb friction (N or N·m, as MJCF frictionloss and URDF friction) is kept
            // here for importers and scripts that map it
            usd.line("custom float gizmo:frictionLoss", DecimalText.of(j.dynamics().friction()));
        }
        if (spring) {
            usd.line("custom float gizmo:springStiffness", DecimalText.of(j.dynamics().stiffness()));
            usd.line("custom float gizmo:springReference", DecimalText.of(j.dynamics().springReference()));
        }
        if (drive) {
            double perUnit = angular ? Math.PI / 180 : 1; // gains per degree for angular drives
            double servo = j.isActuated() ? j.drive().stiffness() : 0;
            double k = spring ? j.dynamics().stiffness() : 0;
            double kv = j.dynamics().damping() + (j.isActuated() ? j.drive().damping() : 0);
            double maxForce = j.isActuated() ? j.drive().maxForce() : j.limits().effort();
            double hold = initial.isPresent() ? initial.getAsDouble() : 0;
            double target = servo + k > 0 ? (servo * hold + k * j.dynamics().springReference()) / (servo + k) : hold;
            String p = "drive:" + driveAxis + ":physics:";
            usd.line("uniform token " + p + "type", "\"force\"");
            usd.line("float " + p + "stiffness", DecimalText.of((servo + k) * perUnit));
            usd.line("float " + p + "damping", DecimalText.of(kv * perUnit));
            usd.line("float " + p + "maxForce", DecimalText.of(maxForce));
            usd.line("float " + p + "targetPosition", target == 0 ? "0" : DecimalText.of(target * unit));
        }
        if (initial.isPresent()) {
            String p = "state:" + driveAxis + ":physics:";
            usd.line("float " + p + "position", DecimalText.of(initial.getAsDouble() * unit));
            usd.line("float " + p + "velocity", "0");
        }
        if (mimic) {
            Joint leader = joints.get(j.mimic().joint());
            String leaderAxis = (leader.type().isRotational() ? "rot" : "trans") + PrincipalAxisFrame.of(leader.axis()).token();
            String p = "physxMimicJoint:" + mimicInstance + ":";
            usd.comment("mimic: q = " + DecimalText.of(j.mimic().multiplier()) + " * q(" + j.mimic().joint() + ") + "
                    + DecimalText.of(j.mimic().offset()) + " (PhysX: q + gearing * q_ref + offset = 0)");
            usd.line("rel " + p + "referenceJoint", "<" + jointPaths.get(j.mimic().joint()) + ">");
            usd.line("uniform token " + p + "referenceJointAxis", "\"" + leaderAxis + "\"");
            usd.line("float " + p + "gearing", DecimalText.of(-j.mimic().multiplier()));
            // PhysX applies the offset as given, in joint units (radians or metres), not in degrees
            usd.line("float " + p + "offset", DecimalText.of(-j.mimic().offset()));
        }
        usd.closePrim();
    }

    private static void frames(UsdaText usd, Pose in0, Pose in1) {
        usd.line("point3f physics:localPos0", UsdaText.tuple(in0.position()));
        usd.line("quatf physics:localRot0", UsdaText.quat(in0.rotation()));
        usd.line("point3f physics:localPos1", UsdaText.tuple(in1.position()));
        usd.line("quatf physics:localRot1", UsdaText.quat(in1.rotation()));
    }
}
