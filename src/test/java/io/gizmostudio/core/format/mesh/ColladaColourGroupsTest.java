package io.gizmostudio.core.format.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.model.Vec3;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A COLLADA file keeps the diffuse colour of each triangle group, not only the dominant one. */
class ColladaColourGroupsTest {
    @TempDir Path dir;

    private static final Path PANELS = ColladaReaderTest.fixture("coloured/three_colours.dae");

    @Test
    void eachMaterialGroupBecomesAPartWithItsOwnColour() {
        ColouredMesh read = MeshFileReader.readColoured(PANELS, null);
        assertThat(read.parts()).hasSize(3);
        assertThat(read.parts()).extracting(ColouredMesh.Part::colour).containsExactly(
                new Rgba(0.9, 0.1, 0.1, 1), new Rgba(0.1, 0.8, 0.1, 1), new Rgba(0.1, 0.2, 0.9, 0.5));
        assertThat(read.parts()).extracting(p -> p.mesh().triangleCount()).containsExactly(2, 2, 2);
        // each part keeps only its own corners, in metres (unit meter="0.001")
        TriangleMesh left = read.parts().get(0).mesh();
        assertThat(left.vertexCount()).isEqualTo(4);
        assertThat(left.localBounds().min().isNear(new Vec3(-0.15, -0.05, 0.05), 1e-12)).isTrue();
        assertThat(left.localBounds().max().isNear(new Vec3(-0.05, 0.05, 0.05), 1e-12)).isTrue();
        TriangleMesh right = read.parts().get(2).mesh();
        assertThat(right.localBounds().min().isNear(new Vec3(0.05, -0.05, 0.05), 1e-12)).isTrue();
        assertThat(read.mesh().triangleCount()).isEqualTo(6);
    }

    @Test
    void partsFaceTheSameWayAsTheWholeMesh() {
        for (ColouredMesh.Part p : MeshFileReader.readColoured(PANELS, null).parts()) {
            int[] t = p.mesh().triangles();
            for (int k = 0; k < t.length; k += 3) {
                Vec3 a = p.mesh().vertex(t[k]);
                Vec3 n = p.mesh().vertex(t[k + 1]).minus(a).cross(p.mesh().vertex(t[k + 2]).minus(a));
                assertThat(n.z()).as("normal of %s", p.mesh().name()).isPositive();
            }
        }
    }

    @Test
    void theUrdfScaleAppliesToEveryPart() {
        ColouredMesh read = MeshFileReader.readColoured(PANELS, new double[] {2, 1, 1});
        assertThat(read.parts().get(2).mesh().localBounds().max().x()).isCloseTo(0.3, within(1e-12));
        assertThat(read.mesh().localBounds().min().x()).isCloseTo(-0.3, within(1e-12));
    }

    @Test
    void aFileOfOneColourHasOnePartThatIsTheWholeMesh() {
        ColouredMesh read = MeshFileReader.readColoured(ColladaReaderTest.fixture("robot/meshes/base.dae"), null);
        assertThat(read.parts()).hasSize(1);
        assertThat(read.parts().get(0).mesh()).isSameAs(read.mesh());
        assertThat(read.parts().get(0).colour()).isEqualTo(read.colour());
    }

    @Test
    void trianglesWithoutAMaterialFormAPartWithoutColour() throws Exception {
        String xml = Files.readString(PANELS).replace("material=\"middle\"", "");
        Path f = dir.resolve("partly.dae");
        Files.writeString(f, xml);
        ColouredMesh read = MeshFileReader.readColoured(f, null);
        assertThat(read.parts()).extracting(ColouredMesh.Part::colour)
                .containsExactly(new Rgba(0.9, 0.1, 0.1, 1), null, new Rgba(0.1, 0.2, 0.9, 0.5));
    }

    @Test
    void rgbZeroTransparencyIsOneMinusTheLuminance() throws Exception {
        String xml = Files.readString(PANELS).replace("opaque=\"A_ONE\"><color>1 1 1 0.5</color>", "opaque=\"RGB_ZERO\"><color>0.25 0.25 0.25 1</color>");
        Path f = dir.resolve("rgb_zero.dae");
        Files.writeString(f, xml);
        assertThat(MeshFileReader.readColoured(f, null).parts().get(2).colour().a()).isCloseTo(0.75, within(1e-6));
    }
}
