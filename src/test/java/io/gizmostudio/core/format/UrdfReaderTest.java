package io.gizmostudio.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.model.Vec3;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void missingMeshNamesTheElementAndLine() throws IOException {
        assertThatThrownBy(() -> read(dir, "<robot name='m'>\n<link name='a'><visual><geometry>\n<mesh filename='gone.obj'/>"
                + "</geometry></visual></link></robot>"))
                .isInstanceOf(RobotDescriptionException.class)
                .hasMessageContaining("robot.urdf").hasMessageContaining("line 3").hasMessageContaining("<mesh>");
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
}
