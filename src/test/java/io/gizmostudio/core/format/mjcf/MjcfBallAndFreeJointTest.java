package io.gizmostudio.core.format.mjcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.format.RobotDescriptionException;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MJCF ball and free joints as chains of single-degree-of-freedom joints. */
class MjcfBallAndFreeJointTest {
    private static final double TOL = 1e-9;
    @TempDir Path dir;

    private Articulation read(String xml) throws IOException {
        return MjcfFixtures.read(dir, xml);
    }

    private static final String HUMANOID_LEG = """
            <mujoco><compiler angle="radian"/><worldbody>
              <body name="torso" pos="0 0 1" euler="0 0 1.5707963267948966">
                <freejoint name="root"/><geom size="0.1"/>
                <body name="thigh" pos="0 0.1 -0.1">
                  <joint name="hip" type="ball" pos="0 0 0.05" range="0 1.2" damping="2"/>
                  <geom type="capsule" fromto="0 0 0 0 0 -0.4" size="0.05"/>
                  <body name="foot" pos="0 0 -0.45"><joint name="ankle" type="ball"/><geom size="0.05"/></body>
                </body></body></worldbody></mujoco>""";

    @Test
    void ballJointIsThreeRotationsAboutTheBodyAxesThroughFrameOnlyLinks() throws IOException {
        Articulation a = read(HUMANOID_LEG);
        Joint rx = a.joint("hip_rx").orElseThrow(), ry = a.joint("hip_ry").orElseThrow(), rz = a.joint("hip_rz").orElseThrow();
        assertThat(rx.parent()).isEqualTo("torso");
        assertThat(rx.child()).isEqualTo("thigh_hip_rx");
        assertThat(ry.child()).isEqualTo("thigh_hip_ry");
        assertThat(rz.child()).isEqualTo("thigh");
        assertThat(rx.axis()).isEqualTo(Vec3.UNIT_X);
        assertThat(ry.axis()).isEqualTo(Vec3.UNIT_Y);
        assertThat(rz.axis()).isEqualTo(Vec3.UNIT_Z);
        for (Joint j : new Joint[] {rx, ry, rz}) {
            assertThat(j.type()).isEqualTo(JointType.REVOLUTE);
            assertThat(j.limits().lower()).isEqualTo(-1.2);
            assertThat(j.limits().upper()).isEqualTo(1.2);
            assertThat(j.dynamics().damping()).isEqualTo(2);
        }
        Link frameLink = a.link("thigh_hip_rx").orElseThrow();
        assertThat(frameLink.visuals()).isEmpty();
        assertThat(frameLink.inertial().mass()).isZero();
        // the chain turns about the anchor: the first joint carries the body pose and the anchor
        assertThat(rx.origin().position().isNear(new Vec3(0, 0.1, -0.05), TOL)).isTrue();
        assertThat(ry.origin().isIdentity(TOL) && rz.origin().isIdentity(TOL)).isTrue();
    }

    @Test
    void anUnlimitedBallJointTurnsFreely() throws IOException {
        Articulation a = read(HUMANOID_LEG);
        assertThat(a.joint("ankle_rx").orElseThrow().type()).isEqualTo(JointType.CONTINUOUS);
        assertThat(a.joint("ankle_rz").orElseThrow().child()).isEqualTo("foot");
    }

    @Test
    void aFreeRootHangsUnderAWorldLinkWithThreeSlidersAlongTheWorldAxesAndThreeRotations() throws IOException {
        Articulation a = read(HUMANOID_LEG);
        assertThat(a.root().name()).isEqualTo("world");
        assertThat(a.link("world").orElseThrow().visuals()).isEmpty();
        assertThat(a.joint("root_x").orElseThrow().parent()).isEqualTo("world");
        assertThat(a.joint("root_x").orElseThrow().child()).isEqualTo("torso_root_x");
        assertThat(a.joint("root_rz").orElseThrow().child()).isEqualTo("torso");
        for (String s : new String[] {"x", "y", "z"}) {
            Joint slide = a.joint("root_" + s).orElseThrow();
            assertThat(slide.type()).isEqualTo(JointType.PRISMATIC);
            assertThat(slide.limits().lower()).isEqualTo(-1);
            assertThat(slide.limits().upper()).isEqualTo(1);
            assertThat(a.joint("root_r" + s).orElseThrow().type()).isEqualTo(JointType.CONTINUOUS);
        }
        assertThat(a.movableJoints()).hasSize(6 + 3 + 3);
        // the torso is turned 90° about z, yet root_x still moves it along the world's x
        Pose moved = ForwardKinematics.linkPoses(a, Map.of("root_x", 0.5)).get("torso");
        assertThat(moved.position().isNear(new Vec3(0.5, 0, 1), TOL)).isTrue();
    }

    @Test
    void withEveryComponentAtZeroTheChainIsTheOriginalPlacement() throws IOException {
        Articulation a = read(HUMANOID_LEG);
        Map<String, Pose> poses = ForwardKinematics.linkPoses(a, Map.of());
        Quat yaw = Quat.fromAxisAngle(Vec3.UNIT_Z, Math.PI / 2);
        assertThat(poses.get("torso").isNear(new Pose(new Vec3(0, 0, 1), yaw), TOL)).isTrue();
        // thigh body at torso ∘ (0, 0.1, -0.1); its link frame sits on the hip anchor, 0.05 above
        Pose thighBody = poses.get("thigh").compose(Pose.of(0, 0, -0.05));
        assertThat(thighBody.isNear(new Pose(new Pose(Vec3.ZERO, yaw).transformPoint(new Vec3(0, 0.1, -0.1)).plus(new Vec3(0, 0, 1)), yaw),
                TOL)).isTrue();
    }

    @Test
    void ballComponentsTurnAboutTheAnchorInXThenYThenZ() throws IOException {
        Articulation a = read(HUMANOID_LEG);
        Map<String, Pose> rest = ForwardKinematics.linkPoses(a, Map.of());
        Map<String, Pose> bent = ForwardKinematics.linkPoses(a, Map.of("hip_rx", 0.3, "hip_ry", -0.2, "hip_rz", 0.1));
        assertThat(bent.get("thigh").position().isNear(rest.get("thigh").position(), TOL)).isTrue();
        Quat expected = rest.get("thigh").rotation().multiply(Quat.fromAxisAngle(Vec3.UNIT_X, 0.3))
                .multiply(Quat.fromAxisAngle(Vec3.UNIT_Y, -0.2)).multiply(Quat.fromAxisAngle(Vec3.UNIT_Z, 0.1));
        assertThat(bent.get("thigh").rotation().isNear(expected, 1e-12)).isTrue();
    }

    @Test
    void typeFreeJointAndUnnamedJointsGetComponentNamesFromTheBody() throws IOException {
        Articulation a = read("""
                <mujoco><worldbody><body name="box" pos="0 0 1"><joint type="free"/><geom type="box" size="0.1 0.1 0.1"/>
                </body></worldbody></mujoco>""");
        assertThat(a.joint("box_joint_z").orElseThrow().type()).isEqualTo(JointType.PRISMATIC);
        assertThat(a.joint("box_joint_rz").orElseThrow().child()).isEqualTo("box");
        assertThat(ForwardKinematics.linkPoses(a, Map.of()).get("box").position().isNear(new Vec3(0, 0, 1), TOL)).isTrue();
    }

    @Test
    void componentNamesAreMadeUniqueAgainstJointsAlreadyRead() throws IOException {
        Articulation a = read("""
                <mujoco><worldbody><body name="base"><geom size="0.1"/>
                  <body name="a"><joint name="hip_rx" range="0 1"/><geom size="0.1"/></body>
                  <body name="b"><joint name="hip" type="ball"/><geom size="0.1"/></body>
                </body></worldbody></mujoco>""");
        assertThat(a.joint("hip_rx").orElseThrow().child()).isEqualTo("a");
        assertThat(a.joint("hip_rx_2").orElseThrow().parent()).isEqualTo("base");
        assertThat(a.joint("hip_rx_2").orElseThrow().axis()).isEqualTo(Vec3.UNIT_X);
    }

    @Test
    void aBallRangeThatDoesNotStartAtZeroIsAnError() throws IOException {
        assertThatThrownBy(() -> read("<mujoco><worldbody><body name='base'><geom size='0.1'/>\n<body name='b'>\n"
                + "<joint type='ball' range='-1 1'/><geom size='0.1'/></body></body></worldbody></mujoco>"))
                .isInstanceOf(RobotDescriptionException.class)
                .hasMessageContaining("line 3").hasMessageContaining("<joint>").hasMessageContaining("'0 max-angle'");
    }

    @Test
    void ballRangeFollowsTheCompilerAngleUnit() throws IOException {
        Articulation a = read("<mujoco><worldbody><body name='base'><geom size='0.1'/><body name='b'>"
                + "<joint name='j' type='ball' range='0 90'/><geom size='0.1'/></body></body></worldbody></mujoco>");
        assertThat(a.joint("j_ry").orElseThrow().limits().upper()).isCloseTo(Math.PI / 2, within(TOL));
    }
}
