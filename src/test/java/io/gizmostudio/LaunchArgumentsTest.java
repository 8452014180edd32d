package io.gizmostudio;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.cli.GizmoCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchArgumentsTest {
    @TempDir Path dir;

    private static LaunchArguments.Launch parse(String... words) {
        return LaunchArguments.parse(words, GizmoCli::isSubcommand);
    }

    @Test
    void aXacroFileWithNameValueWordsStartsTheAppWithThoseArguments() throws IOException {
        Path file = Files.writeString(dir.resolve("ur.urdf.xacro"), "<robot/>");
        LaunchArguments.Launch launch = parse(file.toString(), "ur_type:=ur10e", "prefix:=");
        assertThat(launch).isInstanceOfSatisfying(LaunchArguments.App.class, app -> {
            assertThat(app.file()).isEqualTo(file);
            assertThat(app.xacroArgs()).isEqualTo(Map.of("ur_type", "ur10e", "prefix", ""));
            assertThat(app.problem()).isNull();
            assertThat(app.dataDir()).isNull();
        });
    }

    @Test
    void aMissingFileStillStartsTheAppWithOneLineNamingThePath() {
        Path missing = dir.resolve("nowhere/robot.urdf");
        assertThat(parse(missing.toString())).isInstanceOfSatisfying(LaunchArguments.App.class, app -> {
            assertThat(app.file()).isEqualTo(missing);
            assertThat(app.problem()).contains("no such file").contains(missing.toAbsolutePath().toString()).doesNotContain("\n");
        });
    }

    @Test
    void aSceneFileStartsTheAppWithIt() throws IOException {
        Path scene = Files.writeString(dir.resolve("cell.gizmo-scene"), "{}");
        assertThat(parse(scene.toString())).isInstanceOfSatisfying(LaunchArguments.App.class, app -> {
            assertThat(app.file()).isEqualTo(scene);
            assertThat(app.problem()).isNull();
        });
        assertThat(parse("relative.gizmo-scene")).isInstanceOf(LaunchArguments.App.class); // a file word, not a subcommand
    }

    @Test
    void aFileThatIsNoRobotDescriptionSaysSo() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThat(parse(notes.toString())).isInstanceOfSatisfying(LaunchArguments.App.class,
                app -> assertThat(app.problem()).contains(notes.toAbsolutePath().toString()).contains("not a robot description"));
        assertThat(parse(dir.toString())).isInstanceOfSatisfying(LaunchArguments.App.class,
                app -> assertThat(app.problem()).contains(dir.toString()).contains("not a readable file"));
    }

    @Test
    void aWordAfterTheFileThatIsNoArgumentIsRefusedWithTheRightSpelling() throws IOException {
        Path file = Files.writeString(dir.resolve("ur.xacro"), "<robot/>");
        assertThat(parse(file.toString(), "ur_type=ur5")).isInstanceOfSatisfying(LaunchArguments.Refused.class, r -> {
            assertThat(r.message()).contains("ur_type=ur5").contains("name:=value");
            assertThat(r.exitCode()).isEqualTo(2);
        });
    }

    @Test
    void subcommandsOptionsAndUnknownWordsGoToTheCommandLine() {
        assertThat(parse("serve", "--port", "0")).isEqualTo(new LaunchArguments.Cli(List.of("serve", "--port", "0")));
        assertThat(parse("inspect", "robot.urdf")).isInstanceOf(LaunchArguments.Cli.class);
        assertThat(parse("--help")).isInstanceOf(LaunchArguments.Cli.class);
        assertThat(parse("serv")).as("a typo still gets picocli's suggestion").isInstanceOf(LaunchArguments.Cli.class);
    }

    @Test
    void newInstanceTakesADataFolderBeforeTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("arm.xml"), "<mujoco/>");
        assertThat(parse(LaunchArguments.NEW_INSTANCE, dir.resolve("data").toString(), file.toString()))
                .isInstanceOfSatisfying(LaunchArguments.App.class, app -> {
                    assertThat(app.dataDir()).isEqualTo(dir.resolve("data").toAbsolutePath());
                    assertThat(app.file()).isEqualTo(file);
                });
        assertThat(parse()).isEqualTo(new LaunchArguments.App(null, null, Map.of(), null));
        assertThat(parse(LaunchArguments.NEW_INSTANCE)).isInstanceOf(LaunchArguments.Refused.class);
    }
}
