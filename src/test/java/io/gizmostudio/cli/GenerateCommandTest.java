package io.gizmostudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new GizmoCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void writesOneBundlePerFormatAndSaysWhatThePromptMeant(@TempDir Path dir) throws Exception {
        int code = run("generate", "a steel cabinet with 3 drawers and 2 doors", "--seed", "4", "--out", dir.toString());
        assertThat(code).isZero();
        assertThat(out.toString()).contains("family=cabinet", "drawers=3", "doors=2", "material=steel", "5 joints");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(3)
                    .allMatch(n -> n.endsWith(".zip"))
                    .anyMatch(n -> n.endsWith("_mujoco_mjcf.zip"))
                    .anyMatch(n -> n.endsWith("_isaac_sim_urdf.zip"))
                    .anyMatch(n -> n.endsWith("_isaac_sim_usd.zip"));
        }
        Path mjcf;
        try (var files = Files.list(dir)) {
            mjcf = files.filter(p -> p.toString().endsWith("_mujoco_mjcf.zip")).findFirst().orElseThrow();
        }
        try (ZipFile zip = new ZipFile(mjcf.toFile())) {
            assertThat(zip.getEntry("manifest.json")).isNotNull();
            assertThat(zip.getEntry("asset.xml")).isNotNull();
        }
    }

    @Test
    void sameSeedWritesIdenticalBundles(@TempDir Path dir) throws Exception {
        run("generate", "a 6-DOF arm", "--seed", "9", "--format", "usd", "--out", dir.resolve("a").toString());
        run("generate", "a 6-DOF arm", "--seed", "9", "--format", "usd", "--out", dir.resolve("b").toString());
        Path a;
        Path b;
        try (var fa = Files.list(dir.resolve("a")); var fb = Files.list(dir.resolve("b"))) {
            a = fa.findFirst().orElseThrow();
            b = fb.findFirst().orElseThrow();
        }
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void unpackWritesTheEntryFileNextToTheZip(@TempDir Path dir) {
        assertThat(run("generate", "a laptop", "--format", "mjcf", "--unpack", "--out", dir.toString())).isZero();
        assertThat(out.toString()).contains("asset.xml");
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().equals("asset.xml"))).hasSize(1);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void unrecognisedPromptExitsNonZeroWithTheServerMessage(@TempDir Path dir) throws Exception {
        int code = run("generate", "a flux capacitor", "--out", dir.toString());
        assertThat(code).isEqualTo(GenerateCommand.UNRECOGNIZED);
        assertThat(err.toString()).contains("unrecognized_prompt", "flux capacitor", "serial robot arm", "dishwasher");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void unknownFormatIsRejectedBeforeGenerating(@TempDir Path dir) {
        assertThat(run("generate", "an arm", "--format", "sdf", "--out", dir.toString())).isNotZero();
        assertThat(err.toString()).contains("sdf", "mujoco_mjcf");
    }

    @Test
    void aBoxFloatsUnlessFixedBaseWeldsIt(@TempDir Path dir) throws Exception {
        assertThat(run("generate", "a cardboard box", "--format", "mjcf", "--unpack", "--out", dir.resolve("free").toString())).isZero();
        assertThat(out.toString()).contains("base:       free-floating");
        assertThat(run("generate", "a cardboard box", "--format", "mjcf", "--fixed-base", "--unpack", "--out", dir.resolve("fixed").toString()))
                .isZero();
        assertThat(out.toString()).contains("base:       fixed to the world");
        assertThat(Files.readString(dir.resolve("free/cardboard_box_mujoco_mjcf/asset.xml"))).contains("<freejoint");
        assertThat(Files.readString(dir.resolve("fixed/cardboard_box_mujoco_mjcf/asset.xml"))).doesNotContain("<freejoint");
    }
}
