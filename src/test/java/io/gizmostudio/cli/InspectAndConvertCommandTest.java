package io.gizmostudio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.core.format.ExportFormat;
import io.gizmostudio.core.format.ImportedAsset;
import io.gizmostudio.core.format.RobotDescriptionReader;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.testing.Validators;
import io.gizmostudio.testing.Validators.Check;
import io.gizmostudio.testing.Validators.Result;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code gizmo inspect} and {@code gizmo convert} on the repo's own description fixtures
 * ({@code src/test/resources/descriptions}): a fixed-base URDF arm shaped like published ones (world link, massless
 * tool frame, a CAD inertia that breaks the triangle inequality, a mesh in millimetres, a mimic finger) and a
 * free-floating MJCF walker with a floor in its world body.
 */
class InspectAndConvertCommandTest {
    static final Path ARM = Path.of("src/test/resources/descriptions/pick_arm/pick_arm.urdf");
    static final Path WALKER = Path.of("src/test/resources/descriptions/walker/walker.xml");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new GizmoCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void inspectPrintsTheArmsTreeLimitsAndMass() {
        assertThat(run("inspect", ARM.toString())).isZero();
        assertThat(out.toString()).contains("robot name is: pick arm", "links:   8",
                "joints:  7 (2 fixed, 1 revolute, 1 continuous, 3 prismatic)", "DOF:     5", "mass:    7.200 kg",
                "'world', fixed to the world", "warnings: none");
        assertThat(out.toString()).containsPattern("lift_joint +prismatic +turret -> carriage +\\[0\\.000, 0\\.1200\\] m +effort 120\\.0 N");
        assertThat(out.toString()).containsPattern("wrist_joint +continuous .* unlimited");
    }

    @Test
    void inspectJsonGivesCountsLimitsAndBounds() throws Exception {
        assertThat(run("inspect", ARM.toString(), "--json")).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.get("link_count").asInt()).isEqualTo(8);
        assertThat(j.get("joint_count").asInt()).isEqualTo(7);
        assertThat(j.get("dof").asInt()).isEqualTo(5);
        assertThat(j.get("base").asText()).isEqualTo("fixed");
        assertThat(j.get("mass_kg").asDouble()).isCloseTo(7.2, within(1e-9));
        assertThat(j.get("joints_by_type").get("prismatic").asInt()).isEqualTo(3);
        JsonNode lift = find(j.get("joints"), "lift_joint");
        assertThat(lift.get("upper").asDouble()).isEqualTo(0.12);
        assertThat(lift.get("effort").asDouble()).isEqualTo(120);
        assertThat(find(j.get("joints"), "finger_mirror_joint").get("mimics").asText()).isEqualTo("finger_joint");
        assertThat(find(j.get("joints"), "wrist_joint").has("lower")).isFalse();
        // the carriage reaches 0.06 + 0.2 + the palm's 30 mm half-height past the turret's axis (mesh scaled from mm)
        assertThat(j.get("bounds_m").get("max").get(0).asDouble()).isCloseTo(0.33, within(1e-6));
        assertThat(j.get("bounds_m").get("size").get(2).asDouble()).isCloseTo(0.30, within(1e-6));
        assertThat(j.get("warnings")).isEmpty();
    }

    @Test
    void inspectFoldsTheWalkersFreeJointAndLeavesTheFloorOutOfItsBounds() throws Exception {
        assertThat(run("inspect", WALKER.toString(), "--json")).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.get("base").asText()).isEqualTo("free");
        assertThat(j.get("root_link").asText()).isEqualTo("torso");
        assertThat(j.get("link_count").asInt()).isEqualTo(9);
        assertThat(j.get("joint_count").asInt()).isEqualTo(8);
        assertThat(j.get("dof").asInt()).isEqualTo(14); // MuJoCo's nv: 6 for the free joint + 8 hinges
        assertThat(j.get("bounds_m").get("size").get(0).asDouble()).isCloseTo(0.4, within(1e-6));
        assertThat(j.get("environment").get(0).asText()).contains("floor");
    }

    @Test
    void inspectNamesAMissingOrBrokenFileAndExitsOne(@TempDir Path dir) throws Exception {
        assertThat(run("inspect", dir.resolve("nope.urdf").toString())).isEqualTo(InspectCommand.UNREADABLE);
        assertThat(err.toString()).contains("no such file", "nope.urdf");
        Path broken = dir.resolve("broken.urdf");
        Files.writeString(broken, "<robot name=\"r\">\n  <link name=\"a\">\n</robot>\n");
        assertThat(run("inspect", broken.toString())).isEqualTo(InspectCommand.UNREADABLE);
        assertThat(err.toString()).contains("broken.urdf", "line");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void strictFailsOnReaderNotes(@TempDir Path dir) throws Exception {
        Path mjcf = dir.resolve("noted.xml");
        Files.writeString(mjcf, """
                <mujoco model="noted">
                  <worldbody>
                    <body name="base"><geom type="box" size="0.1 0.1 0.1"/>
                      <body name="arm" pos="0 0 0.2"><joint name="hinge" axis="0 1 0" range="-1 1"/>
                        <geom type="capsule" fromto="0 0 0 0 0 0.3" size="0.02"/>
                        <composite type="particle" count="2 2 2" spacing="0.05"><geom size="0.01"/></composite>
                      </body>
                    </body>
                  </worldbody>
                </mujoco>
                """);
        assertThat(run("inspect", mjcf.toString())).isZero();
        assertThat(out.toString()).contains("warnings: 1", "composite");
        assertThat(run("inspect", mjcf.toString(), "--strict")).isEqualTo(InspectCommand.HAS_WARNINGS);
    }

    @Test
    void urdfdomLeniencesAreWarningsThatStrictTurnsIntoAFailure(@TempDir Path dir) throws Exception {
        Path urdf = dir.resolve("lenient.urdf");
        Files.writeString(urdf, String.join("\n",
                "<robot name=\"lenient\">",
                "  <link name=\"base\"><inertial><mass value=\"1\"/><inertia ixx=\"0.01\" iyy=\"0.01\" izz=\"0.01\" ixy=\"0\" ixz=\"0\" iyz=\"0\"/></inertial>",
                "    <visual><geometry><mesh filename=\"meshes/missing.stl\"/></geometry></visual></link>",
                "  <link name=\"camera\"/>",
                "  <joint name=\"camera_joint\" type=\"fixed\"><parent link=\"base\"/><child link=\"camera\"/><axis xyz=\"0 0 0\"/></joint>",
                "</robot>"));
        assertThat(run("inspect", urdf.toString())).isZero();
        assertThat(out.toString()).contains("warnings: 2", "lenient.urdf:5", "missing.stl");
        assertThat(run("inspect", urdf.toString(), "--strict")).isEqualTo(InspectCommand.HAS_WARNINGS);
        assertThat(run("convert", urdf.toString(), "--to", "mjcf", "--out", dir.resolve("out").toString())).isZero();
        assertThat(out.toString()).contains("warning: ", "missing.stl");
    }

    @Test
    void aXacroFileIsInspectedWithItsArguments(@TempDir Path dir) throws Exception {
        Path xacro = dir.resolve("arm.urdf.xacro");
        Files.writeString(xacro, String.join("\n",
                "<robot name=\"xarm\" xmlns:xacro=\"http://www.ros.org/wiki/xacro\">",
                "  <xacro:arg name=\"links\" default=\"2\"/>",
                "  <xacro:property name=\"n\" value=\"$(arg links)\"/>",
                "  <xacro:macro name=\"seg\" params=\"i\">",
                "    <link name=\"l${i}\"><inertial><mass value=\"1\"/><inertia ixx=\"0.01\" iyy=\"0.01\" izz=\"0.01\" ixy=\"0\" ixz=\"0\" iyz=\"0\"/></inertial></link>",
                "    <joint name=\"j${i}\" type=\"revolute\"><parent link=\"l${i-1}\"/><child link=\"l${i}\"/>",
                "      <origin xyz=\"0 0 0.1\"/><limit lower=\"${-pi/2}\" upper=\"${pi/2}\" effort=\"10\" velocity=\"1\"/></joint>",
                "  </xacro:macro>",
                "  <link name=\"l0\"/>",
                "  <xacro:seg i=\"1\"/>",
                "  <xacro:if value=\"${int(n) > 1}\"><xacro:seg i=\"2\"/></xacro:if>",
                "  <xacro:if value=\"${int(n) > 2}\"><xacro:seg i=\"3\"/></xacro:if>",
                "</robot>"));
        assertThat(run("inspect", xacro.toString(), "--json")).as(err.toString()).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("dof").asInt()).isEqualTo(2);
        out.getBuffer().setLength(0);
        assertThat(run("inspect", xacro.toString(), "links:=3", "--json")).as(err.toString()).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.get("dof").asInt()).isEqualTo(3);
        assertThat(find(j.get("joints"), "j3").get("upper").asDouble()).isCloseTo(Math.PI / 2, within(1e-12));
        assertThat(run("inspect", xacro.toString(), "links=3")).isEqualTo(2);
        assertThat(err.toString()).contains("'links=3' is not a xacro argument: write name:=value");
    }

    @Test
    void convertWritesEveryFormatAndSaysWhatItRepaired(@TempDir Path dir) throws Exception {
        assertThat(run("convert", ARM.toString(), "--to", "all", "--out", dir.toString())).isZero();
        assertThat(out.toString()).contains("frame-only link 'world'", "'turret': its inertia breaks the triangle inequality",
                "'tool0' moves but has no mass: given 1 g", "no actuators");
        assertThat(dir.resolve("pick_arm_mujoco_mjcf/asset.xml")).exists();
        assertThat(dir.resolve("pick_arm_mujoco_mjcf/meshes/palm.stl")).exists();
        assertThat(dir.resolve("pick_arm_isaac_sim_urdf/asset.urdf")).exists();
        assertThat(dir.resolve("pick_arm_isaac_sim_usd/asset.usda")).exists();
        String mjcf = Files.readString(dir.resolve("pick_arm_mujoco_mjcf/asset.xml"));
        assertThat(mjcf).contains("name=\"lift_joint\"", "name=\"tool0\"").doesNotContain("name=\"world\"");
    }

    @Test
    void convertZipsCarryTheRepairsInTheManifest(@TempDir Path dir) throws Exception {
        assertThat(run("convert", WALKER.toString(), "--to", "mjcf,usd", "--zip", "--name", "my walker", "--out", dir.toString())).isZero();
        try (ZipFile zip = new ZipFile(dir.resolve("my_walker_mujoco_mjcf.zip").toFile())) {
            String manifest = new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes());
            assertThat(manifest).contains("free joint is the asset's free base", "<freejoint>", "floor");
            String xml = new String(zip.getInputStream(zip.getEntry("asset.xml")).readAllBytes());
            assertThat(xml).contains("<freejoint");
        }
        assertThat(dir.resolve("my_walker_isaac_sim_usd.zip")).exists();
        assertThat(dir.resolve("my_walker_isaac_sim_urdf.zip")).doesNotExist();
    }

    @Test
    void convertRefusesAnUnknownFormatAndAModelWithTwoRoots(@TempDir Path dir) throws Exception {
        assertThat(run("convert", ARM.toString(), "--to", "sdf", "--out", dir.toString())).isNotZero();
        assertThat(err.toString()).contains("unsupported export format 'sdf'");
        Path twoRoots = dir.resolve("two_roots.urdf");
        Files.writeString(twoRoots, """
                <robot name="two">
                  <link name="a"><inertial><mass value="1"/><inertia ixx="0.1" iyy="0.1" izz="0.1" ixy="0" ixz="0" iyz="0"/></inertial></link>
                  <link name="b"><inertial><mass value="1"/><inertia ixx="0.1" iyy="0.1" izz="0.1" ixy="0" ixz="0" iyz="0"/></inertial></link>
                </robot>
                """);
        int code = run("convert", twoRoots.toString(), "--to", "mjcf", "--out", dir.resolve("out").toString());
        assertThat(code).isIn(ConvertCommand.NOT_CONVERTIBLE, ConvertCommand.UNREADABLE);
        assertThat(err.toString()).contains("two_roots.urdf").containsIgnoringCase("root");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /**
     * inspect's counts against urdfdom's (urdf_to_graphviz, via the validators), and every converted file through the
     * validators: MuJoCo 2.2.2 + 3.x for 1000 steps, urdfdom + MuJoCo's URDF import, OpenUSD + TinyUSDZ + the
     * UsdPhysics checks. One batch.
     */
    @Test
    @Tag("validators")
    void inspectAgreesWithCheckUrdfAndConvertedFilesPassTheValidators(@TempDir Path dir) throws Exception {
        Validators.assumeInstalled();
        run("inspect", ARM.toString(), "--json");
        JsonNode j = new ObjectMapper().readTree(out.toString());
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("urdf.sh", List.of(ARM.toAbsolutePath().toString(), "--expect-links", j.get("link_count").asText(),
                "--expect-joints", j.get("joint_count").asText())));
        for (Path source : List.of(ARM, WALKER)) {
            Path into = dir.resolve(source.getFileName().toString());
            assertThat(run("convert", source.toString(), "--to", "all", "--out", into.toString())).isZero();
            Articulation a = ImportedAsset.of(RobotDescriptionReader.describe(source), "x", null).articulation();
            String name = source.equals(ARM) ? "pick_arm" : "walker";
            checks.add(Check.mjcf(into.resolve(name + "_mujoco_mjcf/asset.xml"), ExportFormat.MUJOCO_MJCF.writer().jointCount(a)));
            checks.add(Check.urdf(into.resolve(name + "_isaac_sim_urdf/asset.urdf"), ExportFormat.ISAAC_SIM_URDF.writer().jointCount(a)));
            checks.add(Check.usd(into.resolve(name + "_isaac_sim_usd/asset.usda"), ExportFormat.ISAAC_SIM_USD.writer().jointCount(a)));
        }
        for (Result r : Validators.runAll(checks)) {
            assertThat(r.accepted()).as(r.summary()).isTrue();
        }
    }

    private static JsonNode find(JsonNode array, String name) {
        for (JsonNode n : array) {
            if (n.get("name").asText().equals(name)) {
                return n;
            }
        }
        throw new AssertionError("no " + name + " in " + array);
    }
}
