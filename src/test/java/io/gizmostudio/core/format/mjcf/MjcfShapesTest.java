package io.gizmostudio.core.format.mjcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.format.RobotDescriptionException;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Inertial;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.model.Visual;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MJCF geoms without a model primitive: ellipsoid, plane, hfield (and sdf, which is skipped). */
class MjcfShapesTest {
    private static final double TOL = 1e-9;
    @TempDir Path dir;

    private Articulation read(String xml) throws IOException {
        return MjcfFixtures.read(dir, xml);
    }

    private static Visual visual(Articulation a, String link, String name) {
        return a.link(link).orElseThrow().visuals().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }

    private static String world(String assets, String geoms) {
        return "<mujoco><asset>" + assets + "</asset><worldbody>" + geoms
                + "<body name='b'><geom size='0.1'/></body></worldbody></mujoco>";
    }

    @Test
    void ellipsoidIsAClosedMeshOnItsSurfaceWeighedExactly() throws IOException {
        Articulation a = read("<mujoco><worldbody><body name='egg'><geom name='shell' type='ellipsoid' size='0.3 0.2 0.1'"
                + " density='500'/></body></worldbody></mujoco>");
        TriangleMesh mesh = (TriangleMesh) visual(a, "egg", "shell").geometry();
        for (int i = 0; i < mesh.vertexCount(); i++) {
            Vec3 v = mesh.vertex(i);
            double r = v.x() * v.x() / 0.09 + v.y() * v.y() / 0.04 + v.z() * v.z() / 0.01;
            assertThat(r).isCloseTo(1, within(1e-12));
        }
        assertThat(mesh.localBounds()).isEqualTo(new Aabb(new Vec3(-0.3, -0.2, -0.1), new Vec3(0.3, 0.2, 0.1)));
        double exact = 4.0 / 3.0 * Math.PI * 0.3 * 0.2 * 0.1;
        // an inscribed polyhedron: a little smaller, never bigger, and positive only if closed and facing out
        assertThat(mesh.volume()).isLessThan(exact).isGreaterThan(0.98 * exact);
        Inertial in = a.link("egg").orElseThrow().inertial();
        double m = 500 * exact;
        assertThat(in.mass()).isCloseTo(m, within(1e-12));
        assertThat(in.inertia().ixx()).isCloseTo(m * (0.04 + 0.01) / 5, within(1e-12));
        assertThat(in.inertia().izz()).isCloseTo(m * (0.09 + 0.04) / 5, within(1e-12));
        // the mesh alone would weigh 1.6 % light and turn 2.8 % easier: why the exact values are used
        assertThat(mesh.massProperties(500).inertia().ixx()).isCloseTo(in.inertia().ixx(), within(0.03 * in.inertia().ixx()));
    }

    @Test
    void ellipsoidMassAttributeSetsItsMass() throws IOException {
        Articulation a = read("<mujoco><worldbody><body name='egg'><geom type='ellipsoid' size='0.3 0.2 0.1' mass='2'/>"
                + "</body></worldbody></mujoco>");
        assertThat(a.link("egg").orElseThrow().inertial().mass()).isCloseTo(2, within(1e-12));
    }

    @Test
    void ellipsoidAndBoxWithFromtoTakeTheFirstSizeAcrossAndTheSegmentAlong() throws IOException {
        Articulation a = read("<mujoco><worldbody><body name='b'>"
                + "<geom name='e' type='ellipsoid' size='0.02 0.05' fromto='0 0 0 0.2 0 0'/>"
                + "<geom name='k' type='box' size='0.03' fromto='0 0 0 0 0 0.4'/></body></worldbody></mujoco>");
        Visual e = visual(a, "b", "e");
        assertThat(e.geometry().localBounds()).isEqualTo(new Aabb(new Vec3(-0.02, -0.02, -0.1), new Vec3(0.02, 0.02, 0.1)));
        assertThat(e.origin().position().isNear(new Vec3(0.1, 0, 0), TOL)).isTrue();
        assertThat(e.origin().rotation().rotate(Vec3.UNIT_Z).isNear(Vec3.UNIT_X, TOL)).isTrue();
        assertThat(visual(a, "b", "k").geometry()).isEqualTo(Geometry.Box.of(0.06, 0.06, 0.4));
    }

    @Test
    void finitePlaneIsAThinMasslessBoxJustBelowItsSurface() throws IOException {
        Articulation a = read(world("", "<geom name='tile' type='plane' size='2 1 0.1' pos='0 0 0.5'/>"));
        Visual tile = visual(a, "world", "tile");
        Geometry.Box box = (Geometry.Box) tile.geometry();
        assertThat(box.size().x()).isEqualTo(4);
        assertThat(box.size().y()).isEqualTo(2);
        assertThat(box.size().z()).isEqualTo(MjcfGeom.PLANE_THICKNESS);
        assertThat(tile.origin().transformPoint(new Vec3(0, 0, box.size().z() / 2)).isNear(new Vec3(0, 0, 0.5), TOL)).isTrue();
        assertThat(a.link("world").orElseThrow().inertial().mass()).isZero();
    }

    @Test
    void infinitePlaneIsLeftOutWithoutFailing() throws IOException {
        Articulation a = read("<mujoco><worldbody><geom name='floor' type='plane' size='0 0 0.05'/>"
                + "<body name='b'><geom size='0.1'/></body></worldbody></mujoco>");
        assertThat(a.root().name()).isEqualTo("b");
        assertThat(a.links()).extracting(Link::name).containsExactly("b");
    }

    @Test
    void sdfGeomIsSkippedWithoutFailing() throws IOException {
        Articulation a = read("<mujoco><worldbody><body name='b'><geom size='0.1'/><geom name='gear' type='sdf' mesh='gear'/>"
                + "</body></worldbody></mujoco>");
        assertThat(a.link("b").orElseThrow().visuals()).hasSize(1);
    }

    @Test
    void inlineHeightFieldIsAClosedMeshOverTheGridWithTheFirstRowAtTheBack() throws IOException {
        // normalised elevations: the first written row is the +y edge
        Articulation a = read(world("<hfield name='bumps' nrow='2' ncol='3' size='1 0.5 0.2 0.1' elevation='0 2 4  2 2 2'/>",
                "<geom name='t' type='hfield' hfield='bumps' pos='5 0 0'/>"));
        Visual t = visual(a, "world", "t");
        TriangleMesh mesh = (TriangleMesh) t.geometry();
        assertThat(t.origin().position()).isEqualTo(new Vec3(5, 0, 0));
        Map<Vec3, Double> top = new HashMap<>();
        for (int i = 0; i < mesh.vertexCount(); i++) {
            Vec3 v = mesh.vertex(i);
            if (v.z() > -0.1) {
                top.put(new Vec3(v.x(), v.y(), 0), v.z());
            }
        }
        assertThat(top.get(new Vec3(-1, 0.5, 0))).isCloseTo(0, within(TOL));
        assertThat(top.get(new Vec3(1, 0.5, 0))).isCloseTo(0.2, within(TOL));
        assertThat(top.get(new Vec3(0, -0.5, 0))).isCloseTo(0.1, within(TOL));
        assertThat(mesh.localBounds()).isEqualTo(new Aabb(new Vec3(-1, -0.5, -0.1), new Vec3(1, 0.5, 0.2)));
        assertThat(mesh.volume()).isGreaterThan(0);
        assertThat(a.link("world").orElseThrow().inertial().mass()).isZero();
    }

    @Test
    void heightFieldSolidReachesDownToMinusBase() throws IOException {
        // a ramp that is linear along x is reproduced exactly by the triangles: mean height is half the top
        Articulation a = read(world("<hfield name='ramp' nrow='3' ncol='5' size='2 1 0.4 0.3' "
                + "elevation='0 1 2 3 4  0 1 2 3 4  0 1 2 3 4'/>", "<geom name='r' type='hfield' hfield='ramp'/>"));
        TriangleMesh mesh = (TriangleMesh) visual(a, "world", "r").geometry();
        assertThat(mesh.volume()).isCloseTo(4 * 2 * (0.3 + 0.2), within(1e-12));
    }

    @Test
    void heightFieldFromPngUsesGreyLevelsWithTheTopImageRowAtTheBack() throws IOException {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        int[][] grey = {{0, 50, 100}, {200, 200, 200}};
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 3; c++) {
                image.getRaster().setSample(c, r, 0, grey[r][c]);
            }
        }
        ImageIO.write(image, "png", dir.resolve("hill.png").toFile());
        Articulation a = read(world("<hfield file='hill.png' size='1 1 2 0.5'/>", "<geom name='h' type='hfield' hfield='hill'/>"));
        TriangleMesh mesh = (TriangleMesh) visual(a, "world", "h").geometry();
        assertThat(topHeight(mesh, 0, 1)).isCloseTo(2 * 50 / 200.0, within(1e-9));
        assertThat(topHeight(mesh, 1, -1)).isCloseTo(2, within(1e-9));
    }

    @Test
    void heightFieldFromMujocoBinaryFileStartsAtTheFront() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(8 + 4 * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(2).putInt(2).putFloat(1).putFloat(3).putFloat(5).putFloat(1);
        Files.createDirectories(dir.resolve("terrain"));
        Files.write(dir.resolve("terrain/field.bin"), b.array());
        Articulation a = read("<mujoco><compiler meshdir='terrain'/><asset><hfield name='f' file='field.bin' size='1 1 1 0.1'/>"
                + "</asset><worldbody><geom name='h' type='hfield' hfield='f'/><body name='b'><geom size='0.1'/></body>"
                + "</worldbody></mujoco>");
        TriangleMesh mesh = (TriangleMesh) visual(a, "world", "h").geometry();
        assertThat(topHeight(mesh, -1, -1)).isCloseTo(0, within(1e-9));
        assertThat(topHeight(mesh, 1, -1)).isCloseTo(0.5, within(1e-9));
        assertThat(topHeight(mesh, -1, 1)).isCloseTo(1, within(1e-9));
    }

    private static double topHeight(TriangleMesh mesh, double x, double y) {
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < mesh.vertexCount(); i++) {
            Vec3 v = mesh.vertex(i);
            if (Math.abs(v.x() - x) < 1e-12 && Math.abs(v.y() - y) < 1e-12) {
                best = Math.max(best, v.z());
            }
        }
        return best;
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "<hfield name='h' file='gone.png' size='1 1 1 1'/>; hfield; height field file not found",
        "<hfield name='h' nrow='2' ncol='2' size='1 1 1 1' elevation='1 2 3'/>; hfield; expected nrow·ncol = 4",
        "<hfield name='h' nrow='2' ncol='2' size='1 1 0 1'/>; hfield; must be positive",
        "<hfield name='h' size='1 1 1 1'/>; hfield; needs nrow and ncol",
        "<hfield name='other' nrow='2' ncol='2' size='1 1 1 1'/>; geom; hfield 'h' is not defined"})
    void malformedHeightFieldsNameFileLineAndElement(String asset, String element, String problem) throws IOException {
        assertThatThrownBy(() -> read("<mujoco>\n<asset>\n" + asset + "\n</asset>\n<worldbody>\n"
                + "<geom type='hfield' hfield='h'/>\n<body name='b'><geom size='0.1'/></body></worldbody></mujoco>"))
                .isInstanceOf(RobotDescriptionException.class)
                .hasMessageContaining("model.xml").hasMessageContaining("<" + element + ">").hasMessageContaining(problem)
                .hasMessageContaining(element.equals("geom") ? "line 6" : "line 3");
    }

    @Test
    void unreadableHeightFieldBinaryIsReported() throws IOException {
        Files.write(dir.resolve("bad.bin"), new byte[] {2, 0, 0, 0, 2, 0, 0, 0, 1, 2});
        assertThatThrownBy(() -> read("<mujoco>\n<asset>\n<hfield name='h' file='bad.bin' size='1 1 1 1'/></asset>"
                + "<worldbody><geom type='hfield' hfield='h'/><body name='b'><geom size='0.1'/></body></worldbody></mujoco>"))
                .isInstanceOf(RobotDescriptionException.class)
                .hasMessageContaining("line 3").hasMessageContaining("<hfield>").hasMessageContaining("holds 10 bytes");
    }

    @Test
    void ellipsoidWithoutThreeRadiiIsAnError() throws IOException {
        assertThatThrownBy(() -> read("<mujoco><worldbody><body name='b'>\n<geom type='ellipsoid' size='0.1 0.2'/>"
                + "</body></worldbody></mujoco>"))
                .isInstanceOf(RobotDescriptionException.class)
                .hasMessageContaining("line 2").hasMessageContaining("<geom>").hasMessageContaining("three radii");
    }
}
