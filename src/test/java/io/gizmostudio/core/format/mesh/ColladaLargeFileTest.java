package io.gizmostudio.core.format.mesh;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.model.Vec3;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A 200k-triangle export (a wavy height map as SolidWorks and Blender write it: positions, normals, stride 2). */
class ColladaLargeFileTest {
    private static final Logger LOG = LoggerFactory.getLogger(ColladaLargeFileTest.class);
    private static final int CELLS = 317; // 317² quads = 200,978 triangles

    @TempDir Path dir;

    static Path writeGrid(Path file) throws IOException {
        int n = CELLS + 1;
        StringBuilder sb = new StringBuilder(16 << 20);
        sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<COLLADA xmlns=\"http://www.collada.org/2005/11/COLLADASchema\" version=\"1.4.1\">\n")
                .append("<asset><unit name=\"millimeter\" meter=\"0.001\"/><up_axis>Z_UP</up_axis></asset>\n")
                .append("<library_geometries><geometry id=\"grid\"><mesh>\n<source id=\"p\"><float_array id=\"pa\" count=\"")
                .append(n * n * 3).append("\">");
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double z = 5 * Math.sin(i * 0.1) * Math.cos(j * 0.1);
                sb.append(String.format(Locale.ROOT, "%.6f %.6f %.6f ", i * 1.0, j * 1.0, z));
            }
        }
        sb.append("</float_array><technique_common><accessor source=\"#pa\" count=\"").append(n * n).append("\" stride=\"3\"/></technique_common></source>\n")
                .append("<source id=\"nrm\"><float_array id=\"na\" count=\"3\">0 0 1</float_array><technique_common><accessor source=\"#na\" count=\"1\" stride=\"3\"/></technique_common></source>\n")
                .append("<vertices id=\"v\"><input semantic=\"POSITION\" source=\"#p\"/></vertices>\n")
                .append("<triangles count=\"").append(2 * CELLS * CELLS).append("\"><input semantic=\"VERTEX\" source=\"#v\" offset=\"0\"/>")
                .append("<input semantic=\"NORMAL\" source=\"#nrm\" offset=\"1\"/><p>");
        for (int j = 0; j < CELLS; j++) {
            for (int i = 0; i < CELLS; i++) {
                int a = j * n + i, b = a + 1, c = a + n + 1, d = a + n;
                sb.append(a).append(" 0 ").append(b).append(" 0 ").append(c).append(" 0 ")
                        .append(a).append(" 0 ").append(c).append(" 0 ").append(d).append(" 0 ");
            }
        }
        sb.append("</p></triangles></mesh></geometry></library_geometries>\n")
                .append("<library_visual_scenes><visual_scene id=\"s\"><node id=\"n\"><instance_geometry url=\"#grid\"/></node></visual_scene></library_visual_scenes>\n")
                .append("<scene><instance_visual_scene url=\"#s\"/></scene>\n</COLLADA>\n");
        Files.writeString(file, sb);
        return file;
    }

    @Test
    void twoHundredThousandTrianglesReadCompletely() throws IOException {
        Path file = writeGrid(dir.resolve("grid.dae"));
        long start = System.nanoTime();
        TriangleMesh mesh = MeshFileReader.read(file, null);
        // a figure for the log, not a pass mark: speed is judged by benchmarks on a quiet machine
        LOG.info("read {} triangles ({} MB of COLLADA) in {} ms, cold", mesh.triangleCount(), Files.size(file) >> 20,
                (System.nanoTime() - start) / 1_000_000);

        assertThat(mesh.triangleCount()).isEqualTo(2 * CELLS * CELLS);
        assertThat(mesh.vertexCount()).isEqualTo((CELLS + 1) * (CELLS + 1));
        assertThat(mesh.localBounds().max().x()).isEqualTo(CELLS * 0.001);
        assertThat(mesh.localBounds().max().z()).isLessThanOrEqualTo(0.005);
        assertThat(mesh.vertex(mesh.vertexCount() - 1).isNear(new Vec3(CELLS * 0.001, CELLS * 0.001,
                0.005 * Math.sin(CELLS * 0.1) * Math.cos(CELLS * 0.1)), 1e-9)).isTrue();
    }
}
