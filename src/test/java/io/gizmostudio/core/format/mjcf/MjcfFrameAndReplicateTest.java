package io.gizmostudio.core.format.mjcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gizmostudio.core.format.RobotDescriptionException;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Vec3;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MuJoCo 3.1's {@code <frame>} and {@code <replicate>} in the MJCF reader. */
class MjcfFrameAndReplicateTest {
    private static final double TOL = 1e-9;
    @TempDir Path dir;

    private Articulation read(String xml) throws IOException {
        return MjcfFixtures.read(dir, xml);
    }

    private static Pose at(Articulation a, String link) {
        return ForwardKinematics.linkPoses(a, Map.of()).get(link);
    }

    @Test
    void frameMovesTheBodiesGeomsAndJointsInsideIt() throws IOException {
        Articulation a = read("""
                <mujoco><worldbody><body name="base"><geom size="0.1"/>
                  <frame pos="1 0 0" euler="0 0 90">
                    <geom name="knob" type="box" size="0.1 0.2 0.3" pos="0 1 0"/>
                    <body name="arm" pos="1 0 0">
                      <frame pos="0 0 1" euler="90 0 0"><joint name="hinge" pos="0 1 0" axis="0 0 1"/></frame>
                      <geom size="0.1"/></body>
                  </frame></body></worldbody></mujoco>""");
        var knob = a.link("base").orElseThrow().visuals().stream().filter(v -> v.name().equals("knob")).findFirst().orElseThrow();
        assertThat(knob.origin().position().isNear(new Vec3(0, 0, 0), TOL)).isTrue(); // (1,0,0) + Rz90·(0,1,0)
        assertThat(knob.origin().rotation().rotate(Vec3.UNIT_X).isNear(Vec3.UNIT_Y, TOL)).isTrue();
        // the arm body sits at (1,0,0) + Rz90·(1,0,0) = (1,1,0); its joint at Rx90·(0,1,0) + (0,0,1) = (0,0,2) in
        // the body, and the link frame sits on the joint
        Joint hinge = a.joint("hinge").orElseThrow();
        assertThat(hinge.axis().isNear(new Vec3(0, -1, 0), TOL)).isTrue();
        Pose armBody = at(a, "arm").compose(Pose.of(0, 0, -2));
        assertThat(armBody.position().isNear(new Vec3(1, 1, 0), TOL)).isTrue();
        assertThat(armBody.rotation().rotate(Vec3.UNIT_X).isNear(Vec3.UNIT_Y, TOL)).isTrue();
    }

    @Test
    void nestedFramesComposeAndAFramesChildclassIsTheDefaultOfItsContents() throws IOException {
        Articulation a = read("""
                <mujoco><default><default class="plate"><geom type="box" size="0.3 0.2 0.01"/></default></default>
                  <worldbody><body name="base">
                    <frame pos="0 0 1"><frame pos="0 2 0" childclass="plate"><geom name="shelf"/></frame></frame>
                    <geom name="ball" size="0.1"/>
                  </body></worldbody></mujoco>""");
        var visuals = a.link("base").orElseThrow().visuals();
        assertThat(visuals.get(0).name()).isEqualTo("shelf");
        assertThat(visuals.get(0).geometry()).isEqualTo(Geometry.Box.of(0.6, 0.4, 0.02));
        assertThat(visuals.get(0).origin().position().isNear(new Vec3(0, 2, 1), TOL)).isTrue();
        assertThat(visuals.get(1).geometry()).isEqualTo(new Geometry.Sphere(0.1));
    }

    @Test
    void anInertialInsideAFrameIsPlacedByTheFrame() throws IOException {
        // MuJoCo's current reader places it relative to the enclosing frame (3.5.1 still ignored the frame)
        Articulation a = read("""
                <mujoco><worldbody><body name="base"><frame pos="0 0 0.5" euler="0 0 90">
                  <inertial pos="0.1 0 0" mass="2" diaginertia="1 2 3"/></frame></body></worldbody></mujoco>""");
        var inertial = a.link("base").orElseThrow().inertial();
        assertThat(inertial.centerOfMass().isNear(new Vec3(0, 0.1, 0.5), TOL)).isTrue();
        assertThat(inertial.inertia().ixx()).isCloseTo(2, org.assertj.core.data.Offset.offset(TOL));
    }

    @ParameterizedTest
    @CsvSource({"3, '', b0, b2", "10, '', b00, b09", "10, -, b-00, b-09", "101, _, b_000, b_100"})
    void replicaNamesEndInTheSeparatorAndTheIndexPaddedToTheDigitsOfTheCount(int count, String sep, String first, String last)
            throws IOException {
        Articulation a = read("<mujoco><worldbody><body name='base'><geom size='0.1'/><replicate count='" + count
                + "' offset='0.1 0 0' sep='" + sep + "'><body name='b'><joint name='j'/><geom size='0.01'/></body>"
                + "</replicate></body></worldbody></mujoco>");
        assertThat(a.links()).hasSize(count + 1);
        assertThat(a.link(first)).isPresent();
        assertThat(a.link(last)).isPresent();
        assertThat(a.joint("j" + last.substring(1))).isPresent();
    }

    @Test
    void copyIIsTurnedByIEulersAndShiftedByTheOffsetsTurnedBeforeIt() throws IOException {
        Articulation a = read("""
                <mujoco><worldbody><body name="base"><geom size="0.1"/>
                  <replicate count="3" offset="1 0 0" euler="0 0 90">
                    <body name="b" pos="0 0 1"><geom size="0.1"/></body></replicate>
                </body></worldbody></mujoco>""");
        assertThat(at(a, "b0").position().isNear(new Vec3(0, 0, 1), TOL)).isTrue();
        assertThat(at(a, "b1").position().isNear(new Vec3(1, 0, 1), TOL)).isTrue();
        assertThat(at(a, "b2").position().isNear(new Vec3(1, 1, 1), TOL)).isTrue();
        assertThat(at(a, "b2").rotation().rotate(Vec3.UNIT_X).isNear(new Vec3(-1, 0, 0), TOL)).isTrue();
    }

    @Test
    void geomsInAReplicateAreCopiedIntoTheEnclosingBody() throws IOException {
        Articulation a = read("""
                <mujoco><worldbody><body name="base"><replicate count="4" offset="0 0 0.1" sep=":">
                  <geom name="ring" type="cylinder" size="0.1 0.01"/></replicate></body></worldbody></mujoco>""");
        Link base = a.link("base").orElseThrow();
        assertThat(base.visuals()).extracting(v -> v.name()).containsExactly("ring:0", "ring:1", "ring:2", "ring:3");
        assertThat(base.visuals().get(3).origin().position().isNear(new Vec3(0, 0, 0.3), TOL)).isTrue();
        assertThat(base.inertial().mass()).isCloseTo(4 * new Geometry.Cylinder(0.1, 0.02).volume() * 1000,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void nestedReplicatesPutTheInnerSuffixFirst() throws IOException {
        Articulation a = read("""
                <mujoco><worldbody><body name="base"><geom size="0.1"/>
                  <replicate count="2" offset="1 0 0" sep="_"><replicate count="3" offset="0 1 0" sep="-">
                    <body name="peg"><joint name="spin"/><geom size="0.1"/></body></replicate></replicate>
                </body></worldbody></mujoco>""");
        assertThat(a.joint("spin-2_1")).isPresent();
        assertThat(at(a, "peg-2_1").position().isNear(new Vec3(1, 2, 0), TOL)).isTrue();
    }

    @Test
    void anEqualityOnJointsInsideAReplicateCouplesEveryCopy() throws IOException {
        Articulation a = read("""
                <mujoco><worldbody><body name="base"><geom size="0.1"/>
                  <replicate count="2" offset="1 0 0">
                    <body name="l"><joint name="a" type="slide" range="0 1"/><geom size="0.1"/>
                      <body name="r"><joint name="b" type="slide" range="0 1"/><geom size="0.1"/></body></body>
                  </replicate></body></worldbody>
                  <equality><joint joint1="b" joint2="a" polycoef="0 2 0 0 0"/></equality></mujoco>""");
        assertThat(a.joint("b0").orElseThrow().mimic().joint()).isEqualTo("a0");
        assertThat(a.joint("b1").orElseThrow().mimic().joint()).isEqualTo("a1");
        assertThat(a.joint("b1").orElseThrow().mimic().multiplier()).isEqualTo(2);
    }

    @Test
    void anEqualityFromAReplicatedJointToOneOutsideIsAnErrorAsInMujoco() throws IOException {
        assertThatThrownBy(() -> read("""
                <mujoco><worldbody><body name="base"><geom size="0.1"/>
                  <body name="o"><joint name="k" range="0 1"/><geom size="0.1"/></body>
                  <replicate count="2" offset="1 0 0"><body name="b"><joint name="j" range="0 1"/><geom size="0.1"/></body>
                  </replicate></body></worldbody>
                  <equality>
                    <joint joint1="j" joint2="k"/></equality></mujoco>"""))
                .isInstanceOf(RobotDescriptionException.class)
                .hasMessageContaining("line 6").hasMessageContaining("<joint>").hasMessageContaining("unknown joint: j0 / k0");
    }

    @Test
    void aReplicateOfZeroAddsNothing() throws IOException {
        Articulation a = read("<mujoco><worldbody><body name='base'><geom size='0.1'/><replicate count='0'>"
                + "<body name='b'><geom size='0.1'/></body></replicate></body></worldbody></mujoco>");
        assertThat(a.links()).extracting(Link::name).containsExactly("base");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "<replicate offset='1 0 0'><geom size='0.1'/></replicate>; replicate; missing attribute 'count'",
        "<replicate count='two'><geom size='0.1'/></replicate>; replicate; not a whole number",
        "<replicate count='-1'><geom size='0.1'/></replicate>; replicate; must not be negative",
        "<replicate count='2' euler='0 0'><geom size='0.1'/></replicate>; replicate; 'euler' has 2 numbers",
        "<replicate count='2'><joint name='j'/></replicate>; joint; direct child of <replicate>",
        "<frame quat='0 0 0 0'><geom size='0.1'/></frame>; frame; zero quaternion",
        "<frame euler='0 0 90' quat='1 0 0 0'><geom size='0.1'/></frame>; frame; more than one orientation",
        "<frame childclass='nope'><geom size='0.1'/></frame>; frame; unknown default class 'nope'"})
    void malformedFramesAndReplicatesNameFileLineAndElement(String element, String name, String problem) throws IOException {
        assertThatThrownBy(() -> read("<mujoco>\n<worldbody>\n<body name='base'>\n<geom size='0.1'/>\n" + element.replace("><", ">\n<")
                + "\n</body></worldbody></mujoco>"))
                .isInstanceOf(RobotDescriptionException.class)
                .hasMessageContaining("model.xml").hasMessageContaining("<" + name + ">").hasMessageContaining(problem)
                .hasMessageContaining(name.equals("joint") ? "line 6" : "line 5");
    }
}
