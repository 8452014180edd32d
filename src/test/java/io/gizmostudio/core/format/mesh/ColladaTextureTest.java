package io.gizmostudio.core.format.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.format.RobotDescriptionException;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.TriangleMesh;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A COLLADA diffuse texture: texture coordinates through their own offset, and the image file, kept inside the .dae's folder. */
class ColladaTextureTest {
    @TempDir Path dir;

    private ColouredMesh quad() {
        return MeshFileReader.readColoured(TexturedFixtures.copyTo(dir).resolve("textured_quad.dae"), null);
    }

    private static double[] uvAt(TriangleMesh m, double x, double y) {
        double[] uv = m.texCoords();
        for (int i = 0; i < m.vertexCount(); i++) {
            if (Math.abs(m.vertex(i).x() - x) < 1e-12 && Math.abs(m.vertex(i).y() - y) < 1e-12) {
                return new double[] {uv[2 * i], uv[2 * i + 1]};
            }
        }
        throw new AssertionError("no vertex at " + x + ", " + y);
    }

    @Test
    void eachCornerGetsTheTextureCoordinatesItsOwnOffsetPicks() {
        ColouredMesh read = quad();
        assertThat(read.parts()).hasSize(1);
        TriangleMesh m = read.parts().get(0).mesh();
        assertThat(m.triangleCount()).isEqualTo(2);
        assertThat(m.hasTexCoords()).isTrue();
        assertThat(uvAt(m, -0.1, -0.1)).containsExactly(0, 0);
        assertThat(uvAt(m, 0.1, -0.1)).containsExactly(1, 0);
        assertThat(uvAt(m, 0.1, 0.1)).containsExactly(1, 1);
        assertThat(uvAt(m, -0.1, 0.1)).containsExactly(0, 1);
    }

    @Test
    void theImageIsTheFileNextToTheDaeAndItsAverageIsThePartColour() throws Exception {
        ColouredMesh.Part part = quad().parts().get(0);
        assertThat(part.texture()).isNotNull();
        assertThat(part.texture().name()).isEqualTo("checker.png");
        assertThat(part.texture().image()).isEqualTo(Files.readAllBytes(dir.resolve("checker.png")));
        assertThat(ImageIO.read(new ByteArrayInputStream(part.texture().image())).getWidth()).isEqualTo(64);
        // red, green, blue and yellow quarters: r = g = 0.5, b = 0.25
        assertThat(part.colour().r()).isCloseTo(0.5, within(1e-9));
        assertThat(part.colour().g()).isCloseTo(0.5, within(1e-9));
        assertThat(part.colour().b()).isCloseTo(0.25, within(1e-9));
        // a textured surface has no plain colour, so the file has no dominant one
        assertThat(quad().colour()).isNull();
    }

    @Test
    void verticesSplitWhereTheTextureSeamsButTheShapeIsUnchanged() throws Exception {
        TexturedFixtures.copyTo(dir);
        // the second triangle takes other coordinates at the shared corners: 0 and 2 appear twice
        String xml = Files.readString(dir.resolve("textured_quad.dae"))
                .replace("<p>0 0 3 1 0 2 2 0 1 0 0 3 2 0 1 3 0 0</p>", "<p>0 0 3 1 0 2 2 0 1 0 0 0 2 0 2 3 0 0</p>");
        Path f = dir.resolve("seam.dae");
        Files.writeString(f, xml);
        ColouredMesh read = MeshFileReader.readColoured(f, null);
        TriangleMesh textured = read.parts().get(0).mesh();
        assertThat(textured.vertexCount()).isEqualTo(6);
        assertThat(read.mesh().vertexCount()).isEqualTo(4);
        assertThat(textured.localBounds()).isEqualTo(read.mesh().localBounds());
    }

    @Test
    void anImageOutsideTheDaeFolderIsRefusedWithoutBeingRead() throws Exception {
        Path models = Files.createDirectories(dir.resolve("models"));
        TexturedFixtures.copyTo(models);
        TexturedFixtures.writeChecker(dir.resolve("outside.png"));
        for (String ref : new String[] {"../outside.png", dir.resolve("outside.png").toString(),
                "file://" + dir.resolve("outside.png"), "sub/../../outside.png", "%2E%2E/outside.png"}) {
            Path f = models.resolve("escape.dae");
            Files.writeString(f, Files.readString(models.resolve("textured_quad.dae"))
                    .replace("<init_from>checker.png</init_from>", "<init_from>" + ref + "</init_from>"));
            assertThatThrownBy(() -> MeshFileReader.readColoured(f, null)).as(ref)
                    .isInstanceOf(RobotDescriptionException.class).hasMessageContaining("refused").hasMessageContaining("outside.png");
        }
    }

    @Test
    void aMissingImageLeavesTheSurfaceUntexturedAndAnImageOfAnotherKindIsRefused() throws Exception {
        TexturedFixtures.copyTo(dir);
        Files.delete(dir.resolve("checker.png"));
        ColouredMesh read = MeshFileReader.readColoured(dir.resolve("textured_quad.dae"), null);
        assertThat(read.parts().get(0).texture()).isNull();
        assertThat(read.mesh().triangleCount()).isEqualTo(2);

        Files.writeString(dir.resolve("checker.png"), "not an image");
        assertThatThrownBy(() -> MeshFileReader.readColoured(dir.resolve("textured_quad.dae"), null))
                .isInstanceOf(RobotDescriptionException.class).hasMessageContaining("neither PNG nor JPEG");
    }

    @Test
    void aTextureNamingTheImageDirectlyIsFollowedToo() throws Exception {
        TexturedFixtures.copyTo(dir);
        Path f = dir.resolve("direct.dae");
        Files.writeString(f, Files.readString(dir.resolve("textured_quad.dae")).replace("texture=\"checker-sampler\"", "texture=\"checker-image\""));
        assertThat(MeshFileReader.readColoured(f, null).parts().get(0).texture()).isNotNull();
    }

    @Test
    void aUrdfVisualWithoutMaterialCarriesTheTextureAndItsAverageColour() {
        var a = io.gizmostudio.core.format.urdf.UrdfReader.read(TexturedFixtures.copyTo(dir).resolve("showroom.urdf"));
        var tile = a.link("tile").orElseThrow().visuals();
        assertThat(tile).hasSize(1);
        assertThat(tile.get(0).material().texture()).isNotNull();
        assertThat(((TriangleMesh) tile.get(0).geometry()).hasTexCoords()).isTrue();
        assertThat(tile.get(0).material().color()).isEqualTo(new Rgba(0.5, 0.5, 0.25, 1));
        assertThat(a.link("board").orElseThrow().visuals()).hasSize(3);
    }
}
