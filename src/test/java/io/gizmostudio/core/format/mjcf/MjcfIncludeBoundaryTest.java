package io.gizmostudio.core.format.mjcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gizmostudio.core.format.ReadOptions;
import io.gizmostudio.core.format.RobotDescription;
import io.gizmostudio.core.format.RobotDescriptionException;
import io.gizmostudio.core.format.RobotDescriptionReader;
import io.gizmostudio.core.format.mesh.MeshFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MJCF {@code <include file=…>} inside the boundary meshes have: the model's folder tree and the allowed package
 * folders; escapes refused before anything is opened (a canary outside, and a FIFO that would hang the reader if it
 * were), includes nested too deep and a model with includes over the size limit refused with messages that say so.
 */
class MjcfIncludeBoundaryTest {
    private static final String CANARY = "<mujoco><worldbody><body name='canary'><geom type='sphere' size='0.1'/></body></worldbody></mujoco>";
    @TempDir Path dir;

    private Path model(String include) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("model"));
        return Files.writeString(folder.resolve("scene.xml"), "<mujoco>\n<include file='" + include + "'/>\n"
                + "<worldbody><body name='base'><geom type='box' size='0.1 0.1 0.1'/></body></worldbody>\n</mujoco>");
    }

    /**
     * The canary: a valid MJCF file outside the model's folder, reached by every escape form, is never read; a FIFO at
     * the same spot would block the reader for good if it were ever opened (the timeout fails the test).
     */
    @ParameterizedTest
    @ValueSource(strings = {"../outside/canary.xml", "ABSOLUTE", "file://ABSOLUTE", "sub/../../outside/canary.xml", "innocent.xml"})
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aCanaryOutsideTheModelFolderIsNeverIncluded(String form) throws Exception {
        Path canary = Files.writeString(Files.createDirectories(dir.resolve("outside")).resolve("canary.xml"), CANARY);
        Path fifo = MeshFixtures.fifo(dir.resolve("outside/canary_pipe.xml"));
        Files.createDirectories(dir.resolve("model/sub"));
        Files.createSymbolicLink(dir.resolve("model/innocent.xml"), canary);
        Files.createSymbolicLink(dir.resolve("model/innocent_pipe.xml"), fifo);
        String reference = form.replace("ABSOLUTE", canary.toString());
        String pipe = reference.replace("canary.xml", "canary_pipe.xml").replace("innocent.xml", "innocent_pipe.xml");

        for (String ref : List.of(reference, pipe)) {
            Path file = model(ref);
            assertThatThrownBy(() -> RobotDescriptionReader.describe(file, ReadOptions.defaults()))
                    .isInstanceOf(RobotDescriptionException.class)
                    .hasMessageContaining("scene.xml, line 2, <include>")
                    .hasMessageContaining(ref.startsWith("file://") ? ref.substring("file://".length()) : ref.replace("../", "").replace("sub/", ""))
                    .message().containsAnyOf("outside the model's folder and the allowed package folders", "is a link to");
        }
    }

    @Test
    void anIncludeInsideTheFolderTreeOrAnAllowedFolderIsRead() throws IOException {
        Files.writeString(Files.createDirectories(dir.resolve("model/parts")).resolve("arm.xml"),
                "<mujoco><worldbody><body name='arm'><geom type='sphere' size='0.1'/></body></worldbody></mujoco>");
        RobotDescription inside = RobotDescriptionReader.describe(model("parts/arm.xml"), ReadOptions.defaults());
        assertThat(inside.articulation().link("arm")).isPresent();

        Path shared = Files.writeString(Files.createDirectories(dir.resolve("shared")).resolve("canary.xml"), CANARY);
        assertThatThrownBy(() -> RobotDescriptionReader.describe(model(shared.toString()), ReadOptions.defaults()))
                .hasMessageContaining("outside the model's folder");
        RobotDescription allowed = RobotDescriptionReader.describe(model(shared.toString()),
                ReadOptions.defaults().withPackageFolders(List.of(dir.resolve("shared"))));
        assertThat(allowed.articulation().link("canary")).isPresent();
    }

    @Test
    void includesNestedTooDeepAreAnErrorNotAStackOverflow() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("model"));
        int n = MjcfIncludes.MAX_INCLUDE_DEPTH + 5;
        for (int i = 0; i < n; i++) {
            Files.writeString(folder.resolve("level" + i + ".xml"), "<mujoco>\n<include file='level" + (i + 1) + ".xml'/>\n</mujoco>");
        }
        String leaf = "<mujoco><worldbody><body name='b'><geom type='sphere' size='0.1'/></body></worldbody></mujoco>";
        Files.writeString(folder.resolve("level" + n + ".xml"), leaf);
        assertThatThrownBy(() -> RobotDescriptionReader.describe(folder.resolve("level0.xml"), ReadOptions.defaults()))
                .isInstanceOf(RobotDescriptionException.class)
                .hasMessageContaining("includes nested more than " + MjcfIncludes.MAX_INCLUDE_DEPTH + " deep");
        Files.writeString(folder.resolve("level5.xml"), leaf);
        assertThat(RobotDescriptionReader.describe(folder.resolve("level0.xml"), ReadOptions.defaults())).isNotNull();
    }

    @Test
    void theModelWithItsIncludesIsHeldToTheSizeLimit() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("model"));
        String part = "<mujoco>" + "<!-- padding -->".repeat(200) + "</mujoco>"; // about 3 kB
        Files.writeString(folder.resolve("part.xml"), part);
        Path file = Files.writeString(folder.resolve("scene.xml"), "<mujoco>\n" + "<include file='part.xml'/>\n".repeat(4)
                + "<worldbody><body name='b'><geom type='sphere' size='0.1'/></body></worldbody></mujoco>");
        ReadOptions small = ReadOptions.defaults().withMaxDescriptionBytes(8 * 1024);
        assertThatThrownBy(() -> RobotDescriptionReader.describe(file, small))
                .hasMessageContaining("scene.xml, line 4, <include>").hasMessageContaining("ReadOptions.maxDescriptionBytes")
                .hasMessageContaining("part.xml");
        assertThat(RobotDescriptionReader.describe(file, ReadOptions.defaults().withMaxDescriptionBytes(64 * 1024))).isNotNull();
    }

    @Test
    void anIncludeLoopIsNamed() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("model"));
        Files.writeString(folder.resolve("a.xml"), "<mujoco>\n<include file='b.xml'/>\n</mujoco>");
        Files.writeString(folder.resolve("b.xml"), "<mujoco>\n<include file='a.xml'/>\n</mujoco>");
        Path top = Files.writeString(folder.resolve("top.xml"), "<mujoco>\n<include file='a.xml'/>\n</mujoco>");
        assertThatThrownBy(() -> RobotDescriptionReader.describe(top, ReadOptions.defaults())).hasMessageContaining("include loop");
    }
}
