package io.gizmostudio.core.format.urdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.format.ReadOptions;
import io.gizmostudio.core.format.RobotDescription;
import io.gizmostudio.core.format.RobotDescriptionException;
import io.gizmostudio.core.format.mesh.MeshFileReader;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.model.Vec3;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrdfReaderTest {
    @TempDir Path dir;

    private Articulation read(Path folder, String xml) throws IOException {
        Files.createDirectories(folder);
        Path p = folder.resolve("robot.urdf");
        Files.writeString(p, xml);
        return UrdfReader.read(p);
    }

    private static final String ARM = """
            <robot name="arm">
              <material name="red"><color rgba="1 0 0 1"/></material>
              <link name="base">
                <inertial><origin xyz="0 0 0.1"/><mass value="2"/><inertia ixx="1" iyy="2" izz="3"/></inertial>
                <visual><origin xyz="0 0 0.05" rpy="0 0 0"/><geometry><box size="0.2 0.2 0.1"/></geometry><material name="red"/></visual>
                <collision><geometry><cylinder radius="0.1" length="0.1"/></geometry></collision>
              </link>
              <link name="upper"><visual><geometry><sphere radius="0.05"/></geometry>
                <material name="inline"><color rgba="0 0 1 1"/></material></visual></link>
              <link name="finger"/>
              <link name="finger2"/>
              <joint name="shoulder" type="revolute">
                <parent link="base"/><child link="upper"/><origin xyz="0 0 0.1" rpy="0 0 1.5707963267948966"/>
                <axis xyz="0 1 0"/><limit lower="-1" upper="2" effort="10" velocity="3"/>
                <dynamics damping="0.5" friction="0.1"/>
              </joint>
              <joint name="slide" type="prismatic"><parent link="upper"/><child link="finger"/>
                <axis xyz="1 0 0"/><limit lower="0" upper="0.04" effort="5" velocity="1"/></joint>
              <joint name="slide2" type="prismatic"><parent link="upper"/><child link="finger2"/>
                <axis xyz="-1 0 0"/><limit lower="0" upper="0.04" effort="5" velocity="1"/>
                <mimic joint="slide" multiplier="1" offset="0"/></joint>
            </robot>""";

    @Test
    void readsLinksMaterialsAndJointDetails() throws IOException {
        Articulation a = read(dir, ARM);
        assertThat(a.name()).isEqualTo("arm");
        assertThat(a.root().name()).isEqualTo("base");
        var base = a.link("base").orElseThrow();
        assertThat(base.visuals().get(0).geometry()).isEqualTo(Geometry.Box.of(0.2, 0.2, 0.1));
        assertThat(base.visuals().get(0).material().color().r()).isEqualTo(1);
        assertThat(base.collisions().get(0).geometry()).isEqualTo(new Geometry.Cylinder(0.1, 0.1));
        assertThat(base.inertial().mass()).isEqualTo(2);
        assertThat(base.inertial().centerOfMass().z()).isCloseTo(0.1, within(1e-12));
        assertThat(a.link("upper").orElseThrow().visuals().get(0).material().color().b()).isEqualTo(1);

        Joint shoulder = a.joint("shoulder").orElseThrow();
        assertThat(shoulder.type()).isEqualTo(JointType.REVOLUTE);
        assertThat(shoulder.axis()).isEqualTo(Vec3.UNIT_Y);
        assertThat(shoulder.limits().upper()).isEqualTo(2);
        assertThat(shoulder.limits().effort()).isEqualTo(10);
        assertThat(shoulder.dynamics().damping()).isEqualTo(0.5);
        assertThat(shoulder.origin().rotation().rotate(Vec3.UNIT_X).isNear(Vec3.UNIT_Y, 1e-9)).isTrue();
        assertThat(a.joint("slide2").orElseThrow().mimic().joint()).isEqualTo("slide");
    }

    @Test
    void continuousJointNeedsNoLimitAndAxisDefaultsToX() throws IOException {
        Articulation a = read(dir, """
                <robot name="w"><link name="a"/><link name="b"/>
                <joint name="spin" type="continuous"><parent link="a"/><child link="b"/></joint></robot>""");
        assertThat(a.joint("spin").orElseThrow().type()).isEqualTo(JointType.CONTINUOUS);
        assertThat(a.joint("spin").orElseThrow().axis()).isEqualTo(Vec3.UNIT_X);
    }

    @Test
    void packageUriResolvesAgainstAncestorFolders() throws IOException {
        Path pkg = dir.resolve("ws/my_robot");
        Files.createDirectories(pkg.resolve("meshes"));
        Files.writeString(pkg.resolve("meshes/part.stl"), """
                solid part
                facet normal 0 0 1
                 outer loop
                  vertex 0 0 0
                  vertex 1 0 0
                  vertex 0 1 0
                 endloop
                endfacet
                endsolid part
                """);
        Articulation a = read(pkg.resolve("urdf"), """
                <robot name="m"><link name="a"><visual><geometry>
                <mesh filename="package://my_robot/meshes/part.stl" scale="0.001 0.001 0.001"/></geometry></visual></link></robot>""");
        TriangleMesh mesh = (TriangleMesh) a.link("a").orElseThrow().visuals().get(0).geometry();
        assertThat(mesh.triangleCount()).isEqualTo(1);
        assertThat(mesh.vertex(1).x()).isCloseTo(0.001, within(1e-12));
    }

    @Test
    void binaryStlIsReadEvenWhenItsHeaderSaysSolid() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(84 + 2 * 50).order(ByteOrder.LITTLE_ENDIAN);
        b.put("solid but actually binary".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        b.position(80);
        b.putInt(2);
        for (int t = 0; t < 2; t++) {
            for (int k = 0; k < 3; k++) {
                b.putFloat(0);
            }
            float[] v = {0, 0, t, 1, 0, t, 0, 1, t};
            for (float f : v) {
                b.putFloat(f);
            }
            b.putShort((short) 0);
        }
        Files.write(dir.resolve("two.stl"), b.array());
        Articulation a = read(dir, "<robot name='m'><link name='a'><visual><geometry><mesh filename='two.stl'/>"
                + "</geometry></visual></link></robot>");
        TriangleMesh mesh = (TriangleMesh) a.link("a").orElseThrow().visuals().get(0).geometry();
        assertThat(mesh.triangleCount()).isEqualTo(2);
        assertThat(mesh.vertex(5).z()).isEqualTo(1);
    }

    @Test
    void missingMeshLeavesTheLinkWithoutItAndAWarningNamesTheElementAndLine() throws IOException {
        read(dir, "<robot name='m'>\n<link name='a'><visual><geometry>\n<mesh filename='gone.obj'/>"
                + "</geometry></visual></link></robot>");
        RobotDescription d = UrdfReader.describe(dir.resolve("robot.urdf"), ReadOptions.defaults());
        assertThat(d.articulation().link("a").orElseThrow().visuals()).isEmpty();
        assertThat(d.missingMeshes()).singleElement().satisfies(w -> {
            assertThat(w.file().getFileName().toString()).isEqualTo("robot.urdf");
            assertThat(w.line()).isEqualTo(3);
            assertThat(w.link()).isEqualTo("a");
            assertThat(w.missingMesh()).isEqualTo("gone.obj");
            assertThat(w.text()).startsWith("robot.urdf:3 — mesh 'gone.obj' of link 'a' is not shown: file not found");
        });
    }

    @Test
    void jointToUnknownLinkAndSecondRootAreErrors() throws IOException {
        assertThatThrownBy(() -> read(dir, "<robot name='m'><link name='a'/>\n<joint name='j' type='fixed'><parent link='a'/>"
                + "<child link='b'/></joint></robot>"))
                .hasMessageContaining("line 2").hasMessageContaining("unknown links");
        assertThatThrownBy(() -> read(dir, "<robot name='m'><link name='a'/><link name='b'/></robot>"))
                .hasMessageContaining("2 root links");
    }

    @Test
    void revoluteWithoutLimitIsAnError() throws IOException {
        assertThatThrownBy(() -> read(dir, "<robot name='m'><link name='a'/><link name='b'/>\n\n<joint name='j' type='revolute'>"
                + "<parent link='a'/><child link='b'/></joint></robot>"))
                .isInstanceOf(RobotDescriptionException.class).hasMessageContaining("line 3").hasMessageContaining("<limit>");
    }

    @Test
    void objPolygonsAreFannedAndNegativeIndicesWork() throws IOException {
        Files.writeString(dir.resolve("quad.obj"), "v 0 0 0\nv 1 0 0\nv 1 1 0\nv 0 1 0\nf -4/1/1 -3/2/1 -2/3/1 -1/4/1\n");
        TriangleMesh mesh = MeshFileReader.read(dir.resolve("quad.obj"), null);
        assertThat(mesh.triangles()).containsExactly(0, 1, 2, 0, 2, 3);
    }

    private static final String FLOATING = """
            <robot name="drone"><link name="world"/>
              <link name="body"><visual><geometry><box size="0.3 0.3 0.1"/></geometry></visual></link>
              <joint name="base" type="floating"><parent link="world"/><child link="body"/>
                <origin xyz="0 0 1" rpy="0 0 1.5707963267948966"/><dynamics damping="0.2"/></joint>
            </robot>""";

    @Test
    void floatingJointIsThreeSlidersThenThreeRotationsThroughFrameOnlyLinks() throws IOException {
        Articulation a = read(dir, FLOATING);
        assertThat(a.joints()).extracting(Joint::name).containsExactly("base_x", "base_y", "base_z", "base_rx", "base_ry", "base_rz");
        assertThat(a.joints()).extracting(Joint::type).containsExactly(JointType.PRISMATIC, JointType.PRISMATIC,
                JointType.PRISMATIC, JointType.CONTINUOUS, JointType.CONTINUOUS, JointType.CONTINUOUS);
        assertThat(a.joints()).extracting(Joint::axis).containsExactly(Vec3.UNIT_X, Vec3.UNIT_Y, Vec3.UNIT_Z,
                Vec3.UNIT_X, Vec3.UNIT_Y, Vec3.UNIT_Z);
        assertThat(a.joint("base_x").orElseThrow().parent()).isEqualTo("world");
        assertThat(a.joint("base_x").orElseThrow().child()).isEqualTo("body_base_x");
        assertThat(a.joint("base_rz").orElseThrow().child()).isEqualTo("body");
        assertThat(a.joint("base_z").orElseThrow().limits().lower()).isEqualTo(-1);
        assertThat(a.joint("base_z").orElseThrow().limits().upper()).isEqualTo(1);
        assertThat(a.joint("base_ry").orElseThrow().dynamics().damping()).isEqualTo(0.2);
        assertThat(a.link("body_base_ry").orElseThrow().visuals()).isEmpty();
        assertThat(a.links()).hasSize(2 + 5);
        assertThat(a.root().name()).isEqualTo("world");
        assertThat(a.linksInTreeOrder()).hasSize(7);
    }

    @Test
    void withTheComponentsAtZeroTheChildSitsAtTheJointOriginAndMovesAlongTheJointFrame() throws IOException {
        Articulation a = read(dir, FLOATING);
        Pose rest = ForwardKinematics.linkPoses(a, Map.of()).get("body");
        assertThat(rest.isNear(Pose.xyzRpy(0, 0, 1, 0, 0, Math.PI / 2), 1e-12)).isTrue();
        // the joint frame is turned 90° about z: its x is the world's y
        Pose moved = ForwardKinematics.linkPoses(a, Map.of("base_x", 0.5, "base_rz", 0.3)).get("body");
        assertThat(moved.position().isNear(new Vec3(0, 0.5, 1), 1e-12)).isTrue();
        assertThat(moved.rotation().isNear(Quat.fromAxisAngle(Vec3.UNIT_Z, Math.PI / 2 + 0.3), 1e-12)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"0 0 1, 1 0 0, 0 1 0", "1 0 0, 0 1 0, 0 0 1", "0 0 -1, 1 0 0, 0 -1 0"})
    void planarJointSlidesAlongTwoDirectionsInThePlaneAndTurnsAboutItsNormal(String normal, String u, String v) throws IOException {
        Articulation a = read(dir, "<robot name='puck'><link name='table'/><link name='puck'/>"
                + "<joint name='glide' type='planar'><parent link='table'/><child link='puck'/><origin xyz='0 0 0.1'/>"
                + "<axis xyz='" + normal + "'/><limit lower='-0.4' upper='0.6' effort='3' velocity='1'/></joint></robot>");
        assertThat(a.joints()).extracting(Joint::name).containsExactly("glide_x", "glide_y", "glide_rz");
        Joint x = a.joint("glide_x").orElseThrow(), y = a.joint("glide_y").orElseThrow(), rz = a.joint("glide_rz").orElseThrow();
        assertThat(x.axis().isNear(vec(u), 1e-12)).isTrue();
        assertThat(y.axis().isNear(vec(v), 1e-12)).isTrue();
        assertThat(rz.axis().isNear(vec(normal), 1e-12)).isTrue();
        assertThat(rz.type()).isEqualTo(JointType.CONTINUOUS);
        assertThat(x.limits().lower()).isEqualTo(-0.4);
        assertThat(y.limits().upper()).isEqualTo(0.6);
        assertThat(x.limits().effort()).isEqualTo(3);
        assertThat(x.origin().position()).isEqualTo(new Vec3(0, 0, 0.1));
        assertThat(ForwardKinematics.linkPoses(a, Map.of("glide_rz", 1.0)).get("puck").position().isNear(new Vec3(0, 0, 0.1), 1e-12))
                .isTrue();
    }

    private static Vec3 vec(String xyz) {
        String[] p = xyz.trim().split("\\s+");
        return new Vec3(Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]));
    }

    @Test
    void planarJointWithoutARangeSlidesOneMetreEachWay() throws IOException {
        Articulation a = read(dir, "<robot name='p'><link name='a'/><link name='b'/><joint name='j' type='planar'>"
                + "<parent link='a'/><child link='b'/><axis xyz='0 0 1'/></joint></robot>");
        assertThat(a.joint("j_y").orElseThrow().limits().lower()).isEqualTo(-1);
        assertThat(a.joint("j_y").orElseThrow().limits().upper()).isEqualTo(1);
    }

    @Test
    void componentNamesAreMadeUniqueAgainstTheFilesLinksAndJoints() throws IOException {
        Articulation a = read(dir, """
                <robot name="r"><link name="a"/><link name="b"/><link name="b_j_x"/><link name="c"/>
                  <joint name="j" type="floating"><parent link="a"/><child link="b"/></joint>
                  <joint name="j_rx" type="fixed"><parent link="b"/><child link="b_j_x"/></joint>
                  <joint name="k" type="fixed"><parent link="b"/><child link="c"/></joint>
                </robot>""");
        assertThat(a.joint("j_rx").orElseThrow().type()).isEqualTo(JointType.FIXED);
        assertThat(a.joint("j_rx_2").orElseThrow().type()).isEqualTo(JointType.CONTINUOUS);
        assertThat(a.joint("j_x").orElseThrow().child()).isEqualTo("b_j_x_2");
        assertThat(a.root().name()).isEqualTo("a");
    }

    @Test
    void planarJointWithAZeroNormalNamesTheLineAndElement() throws IOException {
        assertThatThrownBy(() -> read(dir, "<robot name='p'><link name='a'/><link name='b'/>\n<joint name='j' type='planar'>"
                + "<parent link='a'/><child link='b'/><axis xyz='0 0 0'/></joint></robot>"))
                .isInstanceOf(RobotDescriptionException.class)
                .hasMessageContaining("robot.urdf").hasMessageContaining("line 2").hasMessageContaining("<joint>")
                .hasMessageContaining("axis is zero");
    }
}
