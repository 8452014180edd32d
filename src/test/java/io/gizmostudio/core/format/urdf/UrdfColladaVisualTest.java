package io.gizmostudio.core.format.urdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.format.ExportedModel;
import io.gizmostudio.core.format.bundle.BundleEntry;
import io.gizmostudio.core.format.mesh.ColladaReaderTest;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.model.Vec3;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A URDF in the usual ROS layout: COLLADA visuals (coloured in the DAE) and STL collisions. */
class UrdfColladaVisualTest {
    @TempDir Path dir;

    private static final Path ROBOT = ColladaReaderTest.fixture("robot/robot.urdf");

    @Test
    void visualWithoutUrdfMaterialTakesTheDaeColourAndCollisionTheStl() {
        Articulation a = UrdfReader.read(ROBOT);
        Link base = a.link("base").orElseThrow();
        var visual = base.visuals().get(0);
        assertThat(visual.material().color()).isEqualTo(new Rgba(0.2, 0.6, 0.3, 1));
        assertThat(visual.material().name()).isEqualTo("base");
        TriangleMesh shown = (TriangleMesh) visual.geometry();
        assertThat(shown.triangleCount()).isEqualTo(12);
        assertThat(shown.localBounds().max().isNear(new Vec3(0.1, 0.1, 0.1), 1e-12)).isTrue();

        TriangleMesh collision = (TriangleMesh) base.collisions().get(0).geometry();
        assertThat(collision.triangleCount()).isEqualTo(4);
        assertThat(collision.volume()).isCloseTo(0.2 * 0.2 * 0.2 / 6, within(1e-9));
    }

    @Test
    void urdfMaterialWinsOverTheDaeColourAndUrdfScaleApplies() {
        Link arm = UrdfReader.read(ROBOT).link("arm").orElseThrow();
        assertThat(arm.visuals().get(0).material().color()).isEqualTo(new Rgba(0, 0, 1, 1));
        TriangleMesh stretched = (TriangleMesh) arm.visuals().get(0).geometry();
        assertThat(stretched.localBounds().max().isNear(new Vec3(0.1, 0.1, 0.2), 1e-12)).isTrue();
    }

    @Test
    void daeWithoutMaterialsLeavesTheDefaultGrey() throws Exception {
        Files.copy(ColladaReaderTest.fixture("cube_triangles.dae"), dir.resolve("cube.dae"));
        Path urdf = dir.resolve("robot.urdf");
        Files.writeString(urdf, """
                <robot name="r"><link name="only">
                  <visual><geometry><mesh filename="cube.dae"/></geometry></visual>
                </link></robot>""");
        var material = UrdfReader.read(urdf).root().visuals().get(0).material();
        assertThat(material.name()).isEqualTo("urdf_default");
        assertThat(material.color()).isEqualTo(Rgba.rgb(0.7, 0.7, 0.7));
    }

    @Test
    void theDaeColourSurvivesAUrdfRoundTrip() throws Exception {
        Articulation read = UrdfReader.read(ROBOT);
        Path out = dir.resolve("again");
        Files.createDirectories(out);
        ExportedModel exported = new UrdfWriter().writeAsset(read);
        for (BundleEntry e : exported.files()) {
            Path p = out.resolve(e.path());
            Files.createDirectories(p.getParent());
            Files.write(p, e.content());
        }
        Articulation again = UrdfReader.read(out.resolve(exported.entrypoint()));
        assertThat(again.link("base").orElseThrow().visuals().get(0).material().color()).isEqualTo(new Rgba(0.2, 0.6, 0.3, 1));
        assertThat(again.link("arm").orElseThrow().visuals().get(0).material().color()).isEqualTo(new Rgba(0, 0, 1, 1));
    }

    @Test
    void aDaeOfThreeColoursWithoutUrdfMaterialGivesOneVisualPerColour() {
        Link board = UrdfReader.read(ColladaReaderTest.fixture("coloured/panels.urdf")).link("board").orElseThrow();
        assertThat(board.visuals()).hasSize(3);
        assertThat(board.visuals()).extracting(v -> v.material().color()).containsExactly(
                new Rgba(0.9, 0.1, 0.1, 1), new Rgba(0.1, 0.8, 0.1, 1), new Rgba(0.1, 0.2, 0.9, 0.5));
        assertThat(board.visuals()).extracting(v -> ((TriangleMesh) v.geometry()).triangleCount()).containsExactly(2, 2, 2);
        assertThat(board.visuals()).extracting(v -> v.name()).doesNotHaveDuplicates();
    }

    @Test
    void theColoursOfEveryGroupSurviveAUrdfRoundTrip() throws Exception {
        Articulation read = UrdfReader.read(ColladaReaderTest.fixture("coloured/panels.urdf"));
        ExportedModel exported = new UrdfWriter().writeAsset(read);
        for (BundleEntry e : exported.files()) {
            Path p = dir.resolve(e.path());
            Files.createDirectories(p.getParent());
            Files.write(p, e.content());
        }
        Link again = UrdfReader.read(dir.resolve(exported.entrypoint())).link("board").orElseThrow();
        assertThat(again.visuals()).extracting(v -> v.material().color()).containsExactly(
                new Rgba(0.9, 0.1, 0.1, 1), new Rgba(0.1, 0.8, 0.1, 1), new Rgba(0.1, 0.2, 0.9, 0.5));
    }
}
