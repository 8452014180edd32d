package io.gizmostudio.core.format.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.model.Vec3;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * COLLADA fixtures under {@code src/test/resources/collada/}. Their triangle counts and (after undoing
 * assimp's Y-up rotation, which RViz also undoes) their vertex positions were checked with assimp 5.2.5
 * ({@code assimp info}, {@code assimp export -ptv -tri}).
 */
public class ColladaReaderTest {
    @TempDir Path dir;

    public static Path fixture(String name) {
        try {
            return Path.of(ColladaReaderTest.class.getResource("/collada/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ColouredMesh read(String name) {
        return MeshFileReader.readColoured(fixture(name), null);
    }

    private static void assertBounds(TriangleMesh mesh, Vec3 min, Vec3 max) {
        Aabb box = mesh.localBounds();
        assertThat(box.min().isNear(min, 1e-12)).as("min %s", box.min()).isTrue();
        assertThat(box.max().isNear(max, 1e-12)).as("max %s", box.max()).isTrue();
    }

    private static double area(TriangleMesh m) {
        double sum = 0;
        int[] t = m.triangles();
        for (int k = 0; k < t.length; k += 3) {
            Vec3 a = m.vertex(t[k]);
            sum += m.vertex(t[k + 1]).minus(a).cross(m.vertex(t[k + 2]).minus(a)).norm() / 2;
        }
        return sum;
    }

    private static Vec3 normal(TriangleMesh m, int triangle) {
        int[] t = m.triangles();
        Vec3 a = m.vertex(t[3 * triangle]);
        return m.vertex(t[3 * triangle + 1]).minus(a).cross(m.vertex(t[3 * triangle + 2]).minus(a)).normalized();
    }

    @Test
    void trianglesWithInterleavedNormalsGiveAClosedOutwardCube() {
        TriangleMesh cube = read("cube_triangles.dae").mesh();
        assertThat(cube.name()).isEqualTo("cube_triangles");
        assertThat(cube.triangleCount()).isEqualTo(12);
        assertThat(cube.vertexCount()).isEqualTo(8); // positions stay shared: the normal index does not split them
        assertBounds(cube, new Vec3(-1, -1, -1), new Vec3(1, 1, 1));
        assertThat(cube.volume()).isCloseTo(8, within(1e-12)); // positive: the winding faces outwards
    }

    @Test
    void polylistAndPolygonsAreFannedIntoTrianglesAndLinesAreSkipped() {
        TriangleMesh plate = read("polylist.dae").mesh();
        // polylist: quad 2 + quad 2 + pentagon 3 + triangle 1; polygons: quad 2 + triangle 1
        assertThat(plate.triangleCount()).isEqualTo(11);
        assertThat(area(plate)).isCloseTo(1 + 1 + 1.25 + 0.5 + 1 + 0.5, within(1e-12));
        assertBounds(plate, new Vec3(0, 0, 0), new Vec3(7, 1, 1));
        for (int t = 0; t < plate.triangleCount(); t++) {
            assertThat(normal(plate, t).z()).isCloseTo(1, within(1e-12));
        }
    }

    @Test
    void stripsFansAndPolygonsWithHolesBecomeOutwardTriangles() throws Exception {
        // a unit square at z=0 four ways: a strip of 4 vertices, a fan of 4, a <ph> whose hole is not cut
        String xml = """
                <COLLADA version="1.4.1"><library_geometries><geometry id="g"><mesh>
                <source id="p"><float_array id="a" count="12">0 0 0 1 0 0 0 1 0 1 1 0</float_array>
                <technique_common><accessor source="#a" count="4" stride="3"/></technique_common></source>
                <vertices id="v"><input semantic="POSITION" source="#p"/></vertices>
                <tristrips count="1"><input semantic="VERTEX" source="#v" offset="0"/><p>0 1 2 3</p></tristrips>
                <trifans count="1"><input semantic="VERTEX" source="#v" offset="0"/><p>0 1 3 2</p></trifans>
                <polygons count="1"><input semantic="VERTEX" source="#v" offset="0"/><ph><p>0 1 3 2</p><h>0 1 2</h></ph></polygons>
                </mesh></geometry></library_geometries></COLLADA>""";
        Path f = dir.resolve("strips.dae");
        Files.writeString(f, xml);
        TriangleMesh m = MeshFileReader.read(f, null);
        assertThat(m.triangleCount()).isEqualTo(6);
        assertThat(area(m)).isCloseTo(3, within(1e-12));
        for (int t = 0; t < 6; t++) {
            assertThat(normal(m, t).z()).as("triangle %d", t).isCloseTo(1, within(1e-12));
        }
    }

    @Test
    void oneGeometryInstancedByFourNodesTakesEachNodesTransform() {
        TriangleMesh m = read("two_nodes.dae").mesh();
        assertThat(m.triangleCount()).isEqualTo(4);
        // the unused fourth position (9, 9, 9) is dropped
        assertThat(m.vertexCount()).isEqualTo(12);
        Vec3[] expected = {
            new Vec3(10, 0, 0), new Vec3(11, 0, 0), new Vec3(10, 1, 0),   // translate
            new Vec3(0, 0, 5), new Vec3(0, 2, 5), new Vec3(-2, 0, 5),     // translate, rotate 90° about z, nested scale 2
            new Vec3(0, -3, 0), new Vec3(1, -3, 0), new Vec3(0, -2, 0),   // row-major matrix
            new Vec3(0, 0, 0), new Vec3(-1, 0, 0), new Vec3(0, 1, 0)};    // mirror in x
        for (Vec3 v : expected) {
            boolean found = false;
            for (int i = 0; i < m.vertexCount(); i++) {
                found |= m.vertex(i).isNear(v, 1e-12);
            }
            assertThat(found).as("vertex %s", v).isTrue();
        }
        for (int t = 0; t < 4; t++) {
            assertThat(normal(m, t).z()).as("triangle %d faces +z, the mirrored one turned round", t).isCloseTo(1, within(1e-12));
        }
    }

    @Test
    void instanceNodePlacesTheLibraryNodeInTheInstancingFrame() {
        TriangleMesh m = read("instance_node.dae").mesh();
        assertThat(m.triangleCount()).isEqualTo(2);
        assertThat(m.vertex(m.triangles()[0]).isNear(new Vec3(0, 1, 1), 1e-12)).isTrue();
        assertThat(m.vertex(m.triangles()[3]).isNear(new Vec3(0, -1, 1), 1e-12)).isTrue();
        assertBounds(m, new Vec3(0, -1, 1), new Vec3(1, 2, 1));
    }

    @Test
    void aSkinnedMeshIsShownInItsBindPose() throws Exception {
        String xml = Files.readString(fixture("instance_node.dae"))
                .replace("<library_nodes>", """
                        <library_controllers><controller id="rig"><skin source="#Tri">
                        <bind_shape_matrix>1 0 0 0 0 1 0 0 0 0 1 7 0 0 0 1</bind_shape_matrix>
                        </skin></controller></library_controllers>
                        <library_nodes>""")
                .replace("<instance_node url=\"#Wheel\"/>", "<instance_controller url=\"#rig\"/>");
        Path f = dir.resolve("skinned.dae");
        Files.writeString(f, xml);
        TriangleMesh m = MeshFileReader.read(f, null);
        assertThat(m.triangleCount()).isEqualTo(2);
        assertBounds(m, new Vec3(0, -1, 7), new Vec3(1, 2, 7));
    }

    @Test
    void unitMeterScalesMillimetresToMetresBeforeTheUrdfScale() {
        TriangleMesh block = read("millimetres.dae").mesh();
        assertBounds(block, new Vec3(-0.05, -0.05, -0.05), new Vec3(0.05, 0.05, 0.05));
        assertThat(block.volume()).isCloseTo(0.001, within(1e-15));
        TriangleMesh stretched = MeshFileReader.read(fixture("millimetres.dae"), new double[] {2, 1, 1});
        assertBounds(stretched, new Vec3(-0.1, -0.05, -0.05), new Vec3(0.1, 0.05, 0.05));
    }

    @Test
    void yUpFileKeepsItsCoordinatesAsRvizShowsIt() {
        TriangleMesh post = read("y_up.dae").mesh();
        assertBounds(post, new Vec3(-0.1, 0, -0.1), new Vec3(0.1, 1, 0.1));
    }

    @Test
    void colourIsTheBoundDiffuseColourCoveringTheMostArea() {
        ColouredMesh panel = read("colours.dae");
        assertThat(panel.mesh().triangleCount()).isEqualTo(6);
        // blue has more triangles (4) but red more area (4 m² against 0.5 m²)
        assertThat(panel.colour()).isEqualTo(new Rgba(0.8, 0.1, 0.1, 1));
    }

    @Test
    void meshesWithoutMaterialsHaveNoColour() {
        assertThat(read("cube_triangles.dae").colour()).isNull();
        assertThat(read("polylist.dae").colour()).isNull();
    }

    @Test
    void aPrimitiveSymbolThatIsAMaterialIdColoursItWithoutABinding() throws Exception {
        String xml = Files.readString(fixture("colours.dae"))
                .replace("<bind_material><technique_common>", "<extra><technique_common>")
                .replace("</technique_common></bind_material>", "</technique_common></extra>")
                .replace("material=\"trim\"", "material=\"Blue-material\"");
        Path f = dir.resolve("unbound.dae");
        Files.writeString(f, xml);
        assertThat(MeshFileReader.readColoured(f, null).colour()).isEqualTo(new Rgba(0.1, 0.1, 0.9, 1));
    }

    @Test
    void aTexturedDiffuseGivesNoColourSoTheOtherMaterialsDecide() throws Exception {
        String xml = Files.readString(fixture("colours.dae"))
                .replace("<color sid=\"diffuse\">0.8 0.1 0.1 1</color>", "<texture texture=\"paint-sampler\" texcoord=\"UVMap\"/>");
        Path f = dir.resolve("textured.dae");
        Files.writeString(f, xml);
        assertThat(MeshFileReader.readColoured(f, null).colour()).isEqualTo(new Rgba(0.1, 0.1, 0.9, 1));
    }

    @Test
    void readingTheSameFileTwiceGivesEqualMeshes() {
        assertThat(read("two_nodes.dae").mesh()).isEqualTo(read("two_nodes.dae").mesh());
    }
}
