package io.gizmostudio.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class KinematicsTest {
    static Link rod(String name, double length) {
        Geometry g = new Geometry.Box(new Vec3(length, 0.05, 0.05));
        Pose at = Pose.of(length / 2, 0, 0);
        return new Link(name, List.of(), List.of(new Collision(name, g, at)), MassProperties.of(g, at, 1000));
    }

    static Joint revoluteZ(String name, String parent, String child, Pose origin) {
        return new Joint(name, JointType.REVOLUTE, parent, child, origin, Vec3.UNIT_Z,
                new JointLimits(-Math.PI, Math.PI, 10, 1), new JointDynamics(0.1, 0), null, null);
    }

    /** A planar two-link arm: link lengths 1.0 and 0.5, both joints about Z. */
    static Articulation planarArm() {
        return new Articulation("planar", List.of(rod("base", 0.1), rod("upper", 1.0), rod("fore", 0.5)), List.of(
                revoluteZ("shoulder", "base", "upper", Pose.IDENTITY),
                revoluteZ("elbow", "upper", "fore", Pose.of(1.0, 0, 0))));
    }

    @Test
    void planarArmTipFollowsTheTextbookFormula() {
        double q1 = 0.4, q2 = -1.1;
        Map<String, Pose> poses = ForwardKinematics.linkPoses(planarArm(), Map.of("shoulder", q1, "elbow", q2));
        Vec3 tip = poses.get("fore").transformPoint(new Vec3(0.5, 0, 0));
        assertThat(tip.x()).isCloseTo(Math.cos(q1) + 0.5 * Math.cos(q1 + q2), within(1e-12));
        assertThat(tip.y()).isCloseTo(Math.sin(q1) + 0.5 * Math.sin(q1 + q2), within(1e-12));
    }

    @Test
    void prismaticJointTranslatesAlongItsAxisAndIsClampedToItsLimits() {
        Articulation a = new Articulation("drawer", List.of(rod("carcass", 0.5), rod("drawer", 0.4)), List.of(
                new Joint("slide", JointType.PRISMATIC, "carcass", "drawer", Pose.of(0, 0, 0.3), Vec3.UNIT_X,
                        new JointLimits(0, 0.35, 100, 0.5), null, null, null)));
        assertThat(ForwardKinematics.linkPoses(a, Map.of("slide", 0.2)).get("drawer").position().isNear(new Vec3(0.2, 0, 0.3), 1e-12)).isTrue();
        assertThat(ForwardKinematics.linkPoses(a, Map.of("slide", 9.0)).get("drawer").position().x()).isCloseTo(0.35, within(1e-12));
    }

    @Test
    void mimicJointFollowsItsLeader() {
        Articulation a = new Articulation("gripper", List.of(rod("base", 0.1), rod("left", 0.05), rod("right", 0.05)), List.of(
                new Joint("left", JointType.PRISMATIC, "base", "left", Pose.IDENTITY, Vec3.UNIT_Y, new JointLimits(0, 0.04, 20, 0.1), null, null, null),
                new Joint("right", JointType.PRISMATIC, "base", "right", Pose.IDENTITY, Vec3.UNIT_Y, new JointLimits(-0.04, 0, 20, 0.1), null,
                        new Mimic("left", -1, 0), null)));
        Map<String, Pose> poses = ForwardKinematics.linkPoses(a, Map.of("left", 0.03, "right", 0.01));
        assertThat(poses.get("right").position().y()).isCloseTo(-0.03, within(1e-12));
    }

    @Test
    void worldBoundsGrowWhenTheArmStretchesUp() {
        Articulation arm = planarArm();
        Aabb folded = ForwardKinematics.bounds(arm);
        assertThat(folded.max().x()).isCloseTo(1.5, within(1e-9));
        Aabb turned = ForwardKinematics.bounds(arm, Map.of("shoulder", Math.PI / 2));
        assertThat(turned.max().y()).isCloseTo(1.5, within(1e-9));
    }

    @Property(tries = 300)
    void rpyRoundTripsThroughQuaternions(@ForAll @DoubleRange(min = -3.1, max = 3.1) double roll,
                                         @ForAll @DoubleRange(min = -1.5, max = 1.5) double pitch,
                                         @ForAll @DoubleRange(min = -3.1, max = 3.1) double yaw) {
        Quat q = Quat.fromRpy(roll, pitch, yaw);
        Vec3 rpy = q.toRpy();
        assertThat(Quat.fromRpy(rpy.x(), rpy.y(), rpy.z()).isNear(q, 1e-9)).isTrue();
    }

    @Property(tries = 300)
    void composingAPoseWithItsInverseIsIdentity(@ForAll @DoubleRange(min = -5, max = 5) double x,
                                                @ForAll @DoubleRange(min = -5, max = 5) double y,
                                                @ForAll @DoubleRange(min = -3, max = 3) double angle) {
        Pose p = new Pose(new Vec3(x, y, 0.5), Quat.fromAxisAngle(new Vec3(1, 2, 3), angle));
        assertThat(p.compose(p.inverse()).isIdentity(1e-9)).isTrue();
    }
}
