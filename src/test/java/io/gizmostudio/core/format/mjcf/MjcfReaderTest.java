package io.gizmostudio.core.format.mjcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.format.RobotDescriptionException;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.model.Visual;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MjcfReaderTest {
    private static final double TOL = 1e-9;
    @TempDir Path dir;

    private Articulation read(String xml) throws IOException {
        return MjcfFixtures.read(dir, xml);
    }

    private static Visual visual(Articulation a, String link) {
        return a.link(link).orElseThrow().visuals().get(0);
    }

    @Test
    void hingeRangeIsInDegreesByDefault() throws IOException {
        Articulation a = read("""
                <mujoco><worldbody><body name="base"><geom type="box" size="1 1 1"/>
                  <body name="arm" pos="0 0 1"><joint name="j" type="hinge" axis="0 1 0" range="-90 45"/>
                    <geom type="sphere" size="0.1"/></body></body></worldbody></mujoco>""");
        Joint j = a.joint("j").orElseThrow();
        assertThat(j.type()).isEqualTo(JointType.REVOLUTE);
        assertThat(j.limits().lower()).isCloseTo(-Math.PI / 2, within(TOL));
        assertThat(j.limits().upper()).isCloseTo(Math.PI / 4, within(TOL));
        assertThat(j.origin().position().isNear(new Vec3(0, 0, 1), TOL)).isTrue();
    }

    @Test
    void radianCompilerAndUnlimitedHingeGiveContinuousJoint() throws IOException {
        Articulation a = read("""
                <mujoco><compiler angle="radian"/><worldbody><body name="base">
                  <body name="wheel"><joint name="spin" limited="false"/><geom type="cylinder" size="0.1 0.02"/></body>
                  <body name="arm"><joint name="lift" range="-1 2"/><geom size="0.1"/></body>
                </body></worldbody></mujoco>""");
        assertThat(a.joint("spin").orElseThrow().type()).isEqualTo(JointType.CONTINUOUS);
        assertThat(a.joint("lift").orElseThrow().limits().upper()).isCloseTo(2, within(TOL));
    }

    @Test
    void defaultClassesAndChildclassApplyToGeomsAndJoints() throws IOException {
        Articulation a = read("""
                <mujoco><compiler angle="radian"/>
                  <default><joint damping="1"/>
                    <default class="arm"><joint damping="3" frictionloss="0.5" type="slide" range="0 0.2"/>
                      <geom type="box" size="0.1 0.2 0.3" rgba="1 0 0 1"/></default></default>
                  <worldbody><body name="base"><geom size="0.1"/>
                    <body name="carriage" childclass="arm"><joint name="slide"/><geom/></body>
                    <body name="other"><joint name="plain" range="0 1"/><geom class="arm"/></body>
                  </body></worldbody></mujoco>""");
        Joint slide = a.joint("slide").orElseThrow();
        assertThat(slide.type()).isEqualTo(JointType.PRISMATIC);
        assertThat(slide.dynamics().damping()).isEqualTo(3);
        assertThat(slide.dynamics().friction()).isEqualTo(0.5);
        assertThat(a.joint("plain").orElseThrow().dynamics().damping()).isEqualTo(1);
        assertThat(visual(a, "carriage").geometry()).isEqualTo(Geometry.Box.of(0.2, 0.4, 0.6));
        assertThat(visual(a, "carriage").material().color().r()).isEqualTo(1);
        assertThat(visual(a, "other").geometry()).isInstanceOf(Geometry.Box.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "quat='0.7071067811865476 0 0 0.7071067811865476'",
        "axisangle='0 0 1 90'",
        "euler='0 0 90'",
        "xyaxes='0 1 0 -1 0 0'"})
    void everyOrientationFormGivesTheSameQuarterTurnAboutZ(String orientation) throws IOException {
        Articulation a = read("<mujoco><worldbody><body name='base'><body name='b' " + orientation
                + "><geom size='0.1'/></body></body></worldbody></mujoco>");
        Pose pose = a.joint("base_to_b").orElseThrow().origin();
        assertThat(pose.rotation().rotate(Vec3.UNIT_X).isNear(Vec3.UNIT_Y, 1e-9)).isTrue();
    }

    @Test
    void zaxisPointsTheFrameZ() throws IOException {
        Articulation a = read("<mujoco><worldbody><body name='base'><body name='b' zaxis='1 0 0'><geom size='0.1'/>"
                + "</body></body></worldbody></mujoco>");
        assertThat(a.joint("base_to_b").orElseThrow().origin().rotation().rotate(Vec3.UNIT_Z).isNear(Vec3.UNIT_X, TOL)).isTrue();
    }

    @Test
    void fromtoCapsuleIsCentredAndAlignedBetweenItsEnds() throws IOException {
        Articulation a = read("""
                <mujoco><worldbody><body name="base"><geom type="capsule" size="0.05" fromto="0 0 0 0.4 0 0"/>
                </body></worldbody></mujoco>""");
        Visual v = visual(a, "base");
        assertThat(v.geometry()).isEqualTo(new Geometry.Capsule(0.05, 0.4));
        assertThat(v.origin().position().isNear(new Vec3(0.2, 0, 0), TOL)).isTrue();
        assertThat(v.origin().rotation().rotate(Vec3.UNIT_Z).isNear(Vec3.UNIT_X, TOL)).isTrue();
    }

    @Test
    void jointPosMovesTheLinkFrameOntoTheAxis() throws IOException {
        Articulation a = read("""
                <mujoco><worldbody><body name="base"><geom size="0.1"/>
                  <body name="door" pos="1 0 0"><joint name="hinge" axis="0 0 1" pos="0 0.5 0" range="0 90"/>
                    <geom type="box" size="0.1 0.5 1"/></body></body></worldbody></mujoco>""");
        Joint hinge = a.joint("hinge").orElseThrow();
        assertThat(hinge.origin().position().isNear(new Vec3(1, 0.5, 0), TOL)).isTrue();
        assertThat(visual(a, "door").origin().position().isNear(new Vec3(0, -0.5, 0), TOL)).isTrue();
    }

    @Test
    void inertialFromDiagonalOrFromGeoms() throws IOException {
        Articulation a = read("""
                <mujoco><worldbody><body name="base"><inertial pos="0 0 0.1" mass="2" diaginertia="0.1 0.2 0.3"/>
                  <body name="ball"><joint range="0 1"/><geom size="0.1" mass="3"/></body></body></worldbody></mujoco>""");
        assertThat(a.link("base").orElseThrow().inertial().mass()).isEqualTo(2);
        assertThat(a.link("base").orElseThrow().inertial().centerOfMass().z()).isCloseTo(0.1, within(TOL));
        assertThat(a.link("ball").orElseThrow().inertial().mass()).isCloseTo(3, within(1e-9));
    }

    @Test
    void includeAndMeshdirResolveRelativeToTheModel() throws IOException {
        Files.createDirectories(dir.resolve("meshes"));
        Files.writeString(dir.resolve("meshes/tri.obj"), "v 0 0 0\nv 1 0 0\nv 0 1 0\nv 0 0 1\nf 1 2 3 4\n");
        Files.writeString(dir.resolve("assets.xml"), "<mujoco><asset><mesh name='tri' file='tri.obj' scale='2 2 2'/>"
                + "<material name='red' rgba='1 0 0 1'/></asset></mujoco>");
        Articulation a = read("""
                <mujoco><compiler meshdir="meshes"/><include file="assets.xml"/>
                  <worldbody><body name="base"><geom type="mesh" mesh="tri" material="red"/></body></worldbody></mujoco>""");
        TriangleMesh mesh = (TriangleMesh) visual(a, "base").geometry();
        assertThat(mesh.triangleCount()).isEqualTo(2);
        assertThat(mesh.vertex(1).x()).isEqualTo(2);
        assertThat(visual(a, "base").material().name()).isEqualTo("red");
    }

    @Test
    void visualOnlyAndCollisionGroupGeomsAreSortedApart() throws IOException {
        Articulation a = read("""
                <mujoco><worldbody><body name="base">
                  <geom name="look" size="0.1" contype="0" conaffinity="0"/>
                  <geom name="touch" size="0.1" group="3"/><geom name="both" size="0.1"/>
                </body></worldbody></mujoco>""");
        var link = a.link("base").orElseThrow();
        assertThat(link.visuals()).extracting(Visual::name).containsExactly("look", "both");
        assertThat(link.collisions()).extracting(c -> c.name()).containsExactly("touch", "both");
    }

    @Test
    void equalityJointCouplingBecomesMimic() throws IOException {
        Articulation a = read("""
                <mujoco><worldbody><body name="base"><geom size="0.1"/>
                  <body name="l"><joint name="a" type="slide" range="0 0.1"/><geom size="0.01"/></body>
                  <body name="r"><joint name="b" type="slide" range="0 0.1"/><geom size="0.01"/></body>
                </body></worldbody><equality><joint joint1="b" joint2="a" polycoef="0 -1 0 0 0"/></equality></mujoco>""");
        assertThat(a.joint("b").orElseThrow().mimic().joint()).isEqualTo("a");
        assertThat(a.joint("b").orElseThrow().mimic().multiplier()).isEqualTo(-1);
    }

    @Test
    void severalTopLevelBodiesHangUnderAWorldLinkWhoseGeomsUseDefaults() throws IOException {
        Articulation a = read("""
                <mujoco><default><default class="floor"><geom type="box" size="1 1 0.05"/></default></default>
                  <worldbody><geom name="slab" class="floor"/><geom name="ground" type="plane" size="0 0 1"/>
                    <body name="a"><geom size="0.1"/></body><body name="b" pos="1 0 0"><geom size="0.1"/></body>
                  </worldbody></mujoco>""");
        assertThat(a.root().name()).isEqualTo("world");
        assertThat(a.link("world").orElseThrow().visuals()).extracting(Visual::name).containsExactly("slab");
        assertThat(visual(a, "world").geometry()).isEqualTo(Geometry.Box.of(2, 2, 0.1));
        assertThat(a.childJoints("world")).hasSize(2);
    }

    @Test
    void malformedXmlNamesFileAndLine() throws IOException {
        assertThatThrownBy(() -> read("<mujoco>\n<worldbody>\n<body name='a'>\n</worldbody></mujoco>"))
                .isInstanceOf(RobotDescriptionException.class)
                .hasMessageContaining("model.xml").hasMessageContaining("line 4");
    }

    @Test
    void badAttributeNamesLineAndElement() throws IOException {
        assertThatThrownBy(() -> read("<mujoco>\n<worldbody>\n<body name='a'>\n<geom type='box' size='1 x 1'/>\n</body></worldbody></mujoco>"))
                .isInstanceOf(RobotDescriptionException.class)
                .hasMessageContaining("line 4").hasMessageContaining("<geom>").hasMessageContaining("'x'");
    }

    @Test
    void unknownClassAndMissingIncludeAreReported() throws IOException {
        assertThatThrownBy(() -> read("<mujoco><worldbody><body name='a'><geom class='nope' size='1'/></body></worldbody></mujoco>"))
                .hasMessageContaining("unknown default class 'nope'");
        assertThatThrownBy(() -> read("<mujoco>\n<include file='gone.xml'/></mujoco>"))
                .isInstanceOf(RobotDescriptionException.class).hasMessageContaining("line 2").hasMessageContaining("<include>");
    }
}
