package io.gizmostudio.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Drive;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DriveTuningTest {
    private static final double BOB_MOMENT = 1e-3;

    /** A fixed base and a 2 kg bob whose centre of mass sits {@code lever} m along +X of a joint 1 m up. */
    private static Articulation pendulum(JointType type, Vec3 axis, double lever, double effort) {
        Link base = new Link("base", List.of(), List.of(),
                new Inertial(5, Vec3.of(0, 0, 0.5), Inertia.diagonal(0.5, 0.5, 0.5)));
        Link bob = new Link("bob", List.of(), List.of(),
                new Inertial(2, Vec3.of(lever, 0, 0), Inertia.diagonal(BOB_MOMENT, BOB_MOMENT, BOB_MOMENT)));
        JointLimits limits = type == JointType.CONTINUOUS ? JointLimits.unbounded(effort, 10)
                : new JointLimits(-1, 1, effort, 2);
        Joint j = new Joint("joint", type, "base", "bob", Pose.of(0, 0, 1), axis, limits,
                new JointDynamics(0.1, 0), null, null);
        return new Articulation("pendulum", List.of(base, bob), List.of(j));
    }

    @Test
    void horizontalRevoluteJointGetsHandComputedGainsWhereTheSagRuleBinds() {
        // I = 1e-3 + 2·0.3² = 0.181 kg·m²; τg = 2·9.81·0.3 = 5.886 N·m; allowed sag 0.01 rad (0.002/0.3 is less)
        // kp = max(5.886/0.01 = 588.6, 0.181·(2π·8)² = 457.3) = 588.6, under the cap 0.181·(2π·25)² = 4466
        Joint j = DriveTuning.tune(pendulum(JointType.REVOLUTE, Vec3.UNIT_Y, 0.3, 5)).joint("joint").orElseThrow();
        Drive d = j.drive();
        assertThat(d.stiffness()).isCloseTo(588.6, within(1e-6));
        assertThat(d.damping()).isCloseTo(2 * Math.sqrt(588.6 * 0.181), within(1e-9));
        // through the range R = 2 rad in 2 s: peak speed 2 rad/s against b = 0.1, acceleration 2 rad/s² on I_max = 0.181
        assertThat(j.limits().effort()).isCloseTo(1.5 * (5.886 + 0.1 * 2 + 0.181 * 2), within(1e-9));
        assertThat(d.maxForce()).isEqualTo(j.limits().effort());
        assertThat(j.dynamics().damping()).as("passive damping stays passive, below the drive's kv").isLessThan(d.damping());
    }

    @Test
    void horizontalRevoluteJointWithLongLeverGetsTheTrackingFloor() {
        // I = 1e-3 + 2·0.5² = 0.501; τg = 9.81; kp = max(981, 0.501·(2π·8)²) = 1265.8
        Joint j = DriveTuning.tune(pendulum(JointType.REVOLUTE, Vec3.UNIT_Y, 0.5, 100)).joint("joint").orElseThrow();
        double w = 2 * Math.PI * 8;
        assertThat(j.drive().stiffness()).isCloseTo(0.501 * w * w, within(1e-6));
        assertThat(j.limits().effort()).as("builder effort already exceeds 1.5·τg").isEqualTo(100);
    }

    @Test
    void verticalAxisCarriesNoGravityLoad() {
        JointLoad load = JointLoad.of(pendulum(JointType.REVOLUTE, Vec3.UNIT_Z, 0.3, 5),
                pendulum(JointType.REVOLUTE, Vec3.UNIT_Z, 0.3, 5).joint("joint").orElseThrow());
        assertThat(load.gravityLoad()).isZero();
        assertThat(load.inertia()).isCloseTo(0.181, within(1e-12));
    }

    @Test
    void verticalPrismaticJointCarriesTheWholeWeightAndSagsAtMostTwoMillimetres() {
        Articulation tuned = DriveTuning.tune(pendulum(JointType.PRISMATIC, Vec3.UNIT_Z, 0.3, 1));
        Joint j = tuned.joint("joint").orElseThrow();
        double weight = 2 * JointLoad.GRAVITY;
        // the weight, plus 2 m/s of travel speed against b = 0.1 and 2 m/s² on 2 kg to cross the 2 m range in 2 s
        assertThat(j.limits().effort()).isCloseTo(1.5 * (weight + 0.1 * 2 + 2 * 2), within(1e-9));
        assertThat(weight / j.drive().stiffness()).isLessThanOrEqualTo(DriveTuning.MAX_SAG_M + 1e-12);
    }

    @Test
    void continuousJointGetsAVelocityDriveAndKeepsItsSmallPassiveDamping() {
        Joint j = DriveTuning.tune(pendulum(JointType.CONTINUOUS, Vec3.UNIT_Y, 0, 3)).joint("joint").orElseThrow();
        assertThat(j.drive().stiffness()).isZero();
        // effort/velocity = 0.3, explicit-stability bound 0.5·1e-3/0.002 = 0.25
        assertThat(j.drive().damping()).isCloseTo(0.25, within(1e-12));
        assertThat(j.dynamics().damping()).isEqualTo(0.1);
    }

    @Test
    void passiveAndMimicJointsGetNoDriveButSomeDamping() {
        Articulation p = pendulum(JointType.REVOLUTE, Vec3.UNIT_Y, 0.3, 5);
        Link tip = new Link("tip", List.of(), List.of(), new Inertial(0.1, Vec3.of(0.1, 0, 0),
                Inertia.diagonal(1e-4, 1e-4, 1e-4)));
        Joint follower = new Joint("follower", JointType.REVOLUTE, "bob", "tip", Pose.of(0.3, 0, 0), Vec3.UNIT_Y,
                new JointLimits(-1, 1, 1, 1), JointDynamics.NONE, new Mimic("joint", 1, 0), null);
        Link caster = new Link("caster", List.of(), List.of(), new Inertial(0.1, Vec3.ZERO,
                Inertia.diagonal(1e-4, 1e-4, 1e-4)));
        Joint passive = new Joint("caster_joint", JointType.CONTINUOUS, "base", "caster", Pose.of(0, 0, 0.1),
                Vec3.UNIT_Z, JointLimits.unbounded(1, 10), JointDynamics.NONE, null, null);
        Articulation a = new Articulation("p", List.of(p.links().get(0), p.links().get(1), tip, caster),
                List.of(p.joints().get(0), follower, passive), Map.of(DriveTuning.PASSIVE_JOINTS, "caster_joint"));
        Articulation tuned = DriveTuning.tune(a);
        Joint f = tuned.joint("follower").orElseThrow();
        Joint c = tuned.joint("caster_joint").orElseThrow();
        assertThat(f.drive()).isNull();
        assertThat(f.dynamics().damping()).isEqualTo(tuned.joint("joint").orElseThrow().dynamics().damping());
        assertThat(c.drive()).isNull();
        assertThat(c.dynamics().damping()).isEqualTo(DriveTuning.MIN_ROTARY_DAMPING);
        assertThat(tuned.validate()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a 6-DOF arm with a parallel-jaw gripper", "an AGV with a 7-dof arm and a three finger gripper",
        "a scara with a suction cup", "a gantry with a gripper", "a pan tilt unit", "a heavy-duty arm with 2 m reach",
        "a tiny 4-dof arm with 0.3 m reach"})
    void everyDriveIsWithinBoundsAndEveryEffortCarriesGravity(String prompt) {
        Articulation a = new AssetGenerator().generate(prompt, 7).articulation();
        double wMax = 2 * Math.PI * DriveTuning.MAX_HZ;
        for (Joint j : a.joints()) {
            if (!j.type().isMovable() || j.mimic() != null || j.drive() == null) {
                continue;
            }
            JointLoad load = JointLoad.of(a, j);
            assertThat(j.limits().effort()).as(j.name()).isGreaterThanOrEqualTo(1.5 * load.gravityLoad() - 1e-9);
            assertThat(j.drive().maxForce()).as(j.name()).isGreaterThanOrEqualTo(j.limits().effort());
            if (j.drive().stiffness() > 0) {
                assertThat(j.drive().stiffness()).as(j.name()).isLessThanOrEqualTo(load.inertia() * wMax * wMax * (1 + 1e-9));
                double zeta = j.drive().damping() / (2 * Math.sqrt(j.drive().stiffness() * load.inertia()));
                if (!j.name().endsWith("cup_stage_joint")) {
                    assertThat(zeta).as(j.name()).isCloseTo(DriveTuning.DAMPING_RATIO, within(1e-9));
                }
                assertThat(j.dynamics().damping()).as(j.name()).isGreaterThanOrEqualTo(
                        j.type().isRotational() ? DriveTuning.MIN_ROTARY_DAMPING : DriveTuning.MIN_LINEAR_DAMPING);
            }
        }
    }

    @Test
    void armShoulderHoldsItsStretchedArmWithinOneHundredthOfARadian() {
        Articulation a = new AssetGenerator().generate("a 6-DOF arm", 1).articulation();
        Joint shoulder = a.joint("shoulder_lift_joint").orElseThrow();
        JointLoad load = JointLoad.of(a, shoulder);
        assertThat(load.gravityLoad()).isBetween(20.0, 200.0);
        assertThat(load.gravityLoad() / shoulder.drive().stiffness()).isLessThanOrEqualTo(DriveTuning.MAX_SAG_RAD);
    }
}
