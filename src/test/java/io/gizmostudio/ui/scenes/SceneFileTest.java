package io.gizmostudio.ui.scenes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.SceneDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SceneFileTest {
    @TempDir
    Path dir;

    private static SceneDocument cell() {
        return new SceneDocument("Work cell ü", List.of(
                new Placement("p1", "ast_table", "table", new Pose(new Vec3(0.1 + 0.2, -0.0, 1e-310), Quat.fromRpy(0.1, 0, 0.3)),
                        Map.of("drawer_1_slide", 0.25), Mobility.FIXED),
                new Placement("p2", "ast_box", "box", new Pose(new Vec3(1.5, 2, 0.75), Quat.IDENTITY), Map.of(), Mobility.FREE)));
    }

    @Test
    void aSceneWrittenToAFileReadsBackEqualBitForBit() throws Exception {
        Path file = dir.resolve(SceneFile.fileName("Work cell"));
        SceneFile.write(file, cell());
        assertThat(file.getFileName().toString()).isEqualTo("Work cell.gizmo-scene");
        assertThat(SceneFile.read(file)).isEqualTo(cell());
        assertThat(Double.doubleToRawLongBits(SceneFile.read(file).placements().get(0).pose().position().y()))
                .isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(Files.readString(file)).contains("\"format\" : \"gizmo-scene\"").contains("\"version\" : 1");
        try (var listed = Files.list(dir)) {
            assertThat(listed.toList()).containsExactly(file); // no temp file left beside it
        }
    }

    @Test
    void theSameDocumentAlwaysGivesTheSameBytes() {
        assertThat(SceneFile.encode(cell())).isEqualTo(SceneFile.encode(cell()));
    }

    @Test
    void overwritingReplacesTheFileWhole() throws Exception {
        Path file = dir.resolve("a.gizmo-scene");
        SceneFile.write(file, cell());
        SceneFile.write(file, SceneDocument.empty("Emptied"));
        assertThat(SceneFile.read(file)).isEqualTo(SceneDocument.empty("Emptied"));
    }

    @Test
    void whatIsNotASceneFileSaysWhyInTheUsersTerms() throws Exception {
        assertThatThrownBy(() -> SceneFile.decode(new byte[0])).hasMessage("the file is empty");
        assertThatThrownBy(() -> SceneFile.decode("{\"format\":".getBytes(StandardCharsets.UTF_8))).hasMessage("the file is not complete JSON");
        assertThatThrownBy(() -> SceneFile.decode("[1]".getBytes(StandardCharsets.UTF_8))).hasMessage("the file is not a JSON object");
        assertThatThrownBy(() -> SceneFile.decode("{\"format\":\"gizmo-scene-draft\",\"version\":1}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not a Gizmo Studio scene");
        assertThatThrownBy(() -> SceneFile.decode("{\"format\":\"gizmo-scene\",\"version\":2}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("version 2; this app reads version 1");
        String twice = new String(SceneFile.encode(cell()), StandardCharsets.UTF_8).replace("\"p2\"", "\"p1\"");
        assertThatThrownBy(() -> SceneFile.decode(twice.getBytes(StandardCharsets.UTF_8))).isInstanceOf(SceneFile.SceneFileException.class);
        String nan = new String(SceneFile.encode(cell()), StandardCharsets.UTF_8).replace("1.5", "\"far\"");
        assertThatThrownBy(() -> SceneFile.decode(nan.getBytes(StandardCharsets.UTF_8))).isInstanceOf(SceneFile.SceneFileException.class);
        assertThatThrownBy(() -> SceneFile.read(dir.resolve("missing.gizmo-scene"))).hasMessage("there is no such file");
    }

    @Test
    void scenesAreKnownByTheirExtension() {
        assertThat(SceneFile.isSceneFile(Path.of("/x/Cell.GIZMO-SCENE"))).isTrue();
        assertThat(SceneFile.isSceneFile(Path.of("/x/robot.urdf"))).isFalse();
        assertThat(SceneFile.fileName("a/b: c")).isEqualTo("a_b_ c.gizmo-scene");
        assertThat(SceneFile.fileName("done.gizmo-scene")).isEqualTo("done.gizmo-scene");
    }
}
