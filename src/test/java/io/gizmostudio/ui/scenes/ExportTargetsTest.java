package io.gizmostudio.ui.scenes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportTargetsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "Work cell|Work cell",
            "Cell: A/B \\ C?|Cell_ A_B _ C_",
            "Zelle S\u00fcd|Zelle S\u00fcd",
            "..hidden|hidden",
            "trailing. . |trailing",
            "'   '|scene",
            "con|con_",
            "a\tb|a_b"})
    void sceneNamesBecomeFileNamesEverySystemAccepts(String name, String expected) {
        assertThat(ExportTargets.fileSafe(name)).isEqualTo(expected);
    }

    @Test
    void aLongNameIsCutAtWholeCharactersWithinTheByteBudget() {
        String name = "\u00fc".repeat(200); // 2 bytes each

        String safe = ExportTargets.fileSafe(name);

        assertThat(safe.getBytes(StandardCharsets.UTF_8)).hasSize(150);
        assertThat(safe).isEqualTo("\u00fc".repeat(75));
    }

    @Test
    void aNameClashWithAFileOrAFolderTakesTheNextFreeNumberAndReplacesNothing() throws IOException {
        Files.writeString(dir.resolve("Cell_mujoco_mjcf.zip"), "the user's own file");
        Files.createDirectory(dir.resolve("Cell_mujoco_mjcf (2).zip"));
        Path download = Files.writeString(dir.resolve(".download"), "zip bytes");

        Path placed = ExportTargets.placeFile(download, dir, "Cell_mujoco_mjcf", ".zip");

        assertThat(placed).isEqualTo(dir.resolve("Cell_mujoco_mjcf (3).zip")).hasContent("zip bytes");
        assertThat(dir.resolve("Cell_mujoco_mjcf.zip")).hasContent("the user's own file");
        assertThat(download).doesNotExist();
    }

    @Test
    void anUnpackedFolderNeverMergesIntoOneThatExists() throws IOException {
        Files.createDirectories(dir.resolve("Cell_isaac_sim_urdf"));
        Files.writeString(dir.resolve("Cell_isaac_sim_urdf/scene.urdf"), "older export");
        Path staged = Files.createDirectories(dir.resolve(".staging/unpacked"));
        Files.writeString(staged.resolve("scene.urdf"), "<robot/>");

        Path placed = ExportTargets.placeFolder(staged, dir, "Cell_isaac_sim_urdf");

        assertThat(placed).isEqualTo(dir.resolve("Cell_isaac_sim_urdf (2)"));
        assertThat(placed.resolve("scene.urdf")).hasContent("<robot/>");
        assertThat(dir.resolve("Cell_isaac_sim_urdf/scene.urdf")).hasContent("older export");
        assertThat(staged).doesNotExist();
    }
}
