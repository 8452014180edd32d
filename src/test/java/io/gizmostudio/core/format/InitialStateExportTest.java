package io.gizmostudio.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.format.mjcf.MjcfReader;
import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Joint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An asset's start state and closing springs in each export: MJCF writes keyframe {@code initial} (a free root's
 * seven values first, in MuJoCo's qpos order) and joint {@code stiffness}/{@code springref}, and its reader gives
 * both back; USD starts each joint in its state and folds springs into drives; URDF, which has neither, says so.
 */
class InitialStateExportTest {
    private static final AssetGenerator GENERATOR = new AssetGenerator();
    @TempDir Path dir;

    private Path write(ExportedModel model, String folder) throws IOException {
        return io.gizmostudio.testing.ExportedFiles.write(model, dir.resolve(folder));
    }

    private static String attribute(String xml, String element, String name, String attribute) {
        Matcher m = Pattern.compile("<" + element + " [^>]*name=\"" + name + "\"[^>]*>").matcher(xml);
        assertThat(m.find()).as("<%s name=%s>", element, name).isTrue();
        Matcher a = Pattern.compile(" " + attribute + "=\"([^\"]*)\"").matcher(m.group());
        return a.find() ? a.group(1) : null;
    }

    private static double[] numbers(String text) {
        String[] parts = text.trim().split("\\s+");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Double.parseDouble(parts[i]);
        }
        return out;
    }

    @Test
    void mjcfKeyframeHoldsTheStatedOpeningsInJointOrderAndReadsBack() throws IOException {
        Articulation a = GENERATOR.generate("a cabinet with 2 doors and 3 drawers half open", 7).articulation();
        ExportedModel model = ExportFormat.MUJOCO_MJCF.writer().writeAsset(a);
        String xml = model.entryText();
        double[] qpos = numbers(attribute(xml, "key", MjcfWriterName.KEY, "qpos"));
        assertThat(qpos).hasSize(a.movableJoints().size());
        assertThat(model.report()).anySatisfy(line -> assertThat(line).contains("keyframe 'initial'"));
        Articulation back = MjcfReader.read(write(model, "cabinet"));
        assertThat(back.initialPositions().keySet()).containsAll(a.initialPositions().keySet());
        for (Joint j : a.movableJoints()) {
            assertThat(back.initialPosition(back.joint(j.name()).orElseThrow())).as(j.name())
                    .isCloseTo(a.initialPosition(j), within(1e-9));
        }
    }

    @Test
    void aFreeRootPutsItsSevenPoseValuesFirstAndTheReaderSkipsThem() throws IOException {
        Articulation a = GENERATOR.generate("a toolbox with its lid opened at 60 degrees", 7).articulation();
        ExportedModel model = ExportFormat.MUJOCO_MJCF.writer().writeAsset(a);
        String xml = model.entryText();
        assertThat(xml).contains("<freejoint");
        double[] qpos = numbers(attribute(xml, "key", MjcfWriterName.KEY, "qpos"));
        assertThat(qpos).hasSize(7 + a.movableJoints().size());
        assertThat(qpos[3]).as("the root's quaternion w").isCloseTo(1, within(1e-9));
        assertThat(qpos[2]).as("the root rests on the floor").isCloseTo(
                io.gizmostudio.core.scene.FloorRest.onFloor(a).position().z(), within(1e-6));
        assertThat(new double[] {qpos[4], qpos[5], qpos[6]}).containsOnly(0.0);
        assertThat(qpos[7]).isCloseTo(Math.toRadians(60), within(1e-9));
        Articulation back = FloatingRoot.withoutFreeJoint(MjcfReader.read(write(model, "toolbox")));
        assertThat(back.initialPositions()).containsOnlyKeys("lid_hinge");
        assertThat(back.initialPositions().get("lid_hinge")).isCloseTo(Math.toRadians(60), within(1e-9));
    }

    @Test
    void aClosedAssetHasNoKeyframeAsBefore() {
        String xml = ExportFormat.MUJOCO_MJCF.writer().writeAsset(GENERATOR.generate("a cabinet with 2 doors", 7).articulation()).entryText();
        assertThat(xml).doesNotContain("<keyframe").doesNotContain("springref");
    }

    @Test
    void mjcfWritesTheClosingSpringAndReadsItBack() throws IOException {
        Articulation a = GENERATOR.generate("an oven", 7).articulation();
        Joint door = a.joint("door_hinge").orElseThrow();
        ExportedModel model = ExportFormat.MUJOCO_MJCF.writer().writeAsset(a);
        String xml = model.entryText();
        assertThat(Double.parseDouble(attribute(xml, "joint", "door_hinge", "stiffness"))).isCloseTo(door.dynamics().stiffness(), within(1e-6));
        assertThat(Double.parseDouble(attribute(xml, "joint", "door_hinge", "springref")))
                .isCloseTo(door.dynamics().springReference(), within(1e-9));
        Joint back = MjcfReader.read(write(model, "oven")).joint("door_hinge").orElseThrow();
        assertThat(back.dynamics().stiffness()).isCloseTo(door.dynamics().stiffness(), within(1e-6));
        assertThat(back.dynamics().springReference()).isCloseTo(door.dynamics().springReference(), within(1e-9));
    }

    @Test
    void theReaderTakesSpringrefAndRefInTheCompilersAngleUnit() throws IOException {
        Path file = dir.resolve("hinged.xml");
        Files.writeString(file, """
                <mujoco model="hinged">
                  <compiler angle="degree"/>
                  <worldbody>
                    <body name="base">
                      <geom type="box" size="0.1 0.1 0.1" mass="1"/>
                      <body name="flap" pos="0 0 0.1">
                        <joint name="flap_hinge" type="hinge" axis="0 1 0" range="0 90" ref="10" stiffness="5" springref="-20"/>
                        <geom type="box" size="0.1 0.01 0.1" mass="0.5"/>
                      </body>
                    </body>
                  </worldbody>
                  <keyframe><key name="initial" qpos="1.0"/></keyframe>
                </mujoco>
                """);
        Articulation a = MjcfReader.read(file);
        Joint flap = a.joint("flap_hinge").orElseThrow();
        assertThat(flap.dynamics().stiffness()).isEqualTo(5);
        // springref and range are qpos values; our positions are measured from the model pose, at ref = 10°
        assertThat(flap.dynamics().springReference()).isCloseTo(Math.toRadians(-20 - 10), within(1e-12));
        assertThat(flap.limits().lower()).isCloseTo(Math.toRadians(-10), within(1e-12));
        assertThat(flap.limits().upper()).isCloseTo(Math.toRadians(80), within(1e-12));
        // qpos is always radians, measured with the ref: the model pose is at ref = 10°
        assertThat(a.initialPositions().get("flap_hinge")).isCloseTo(1.0 - Math.toRadians(10), within(1e-12));
    }

    @Test
    void aKeyWithTheWrongNumberOfValuesIsAnErrorNamingTheLine() throws IOException {
        Path file = dir.resolve("short.xml");
        Files.writeString(file, """
                <mujoco>
                  <worldbody>
                    <body name="a"><geom type="sphere" size="0.1" mass="1"/>
                      <body name="b"><joint name="j1" type="slide" range="0 1"/><geom type="sphere" size="0.1" mass="1"/></body>
                    </body>
                  </worldbody>
                  <keyframe>
                    <key name="initial" qpos="0.1 0.2"/>
                  </keyframe>
                </mujoco>
                """);
        assertThatThrownBy(() -> MjcfReader.read(file)).hasMessageContaining("short.xml").hasMessageContaining("line 8")
                .hasMessageContaining("2 qpos values").hasMessageContaining("take 1");
    }

    @Test
    void aKeyOutsideAJointsRangeIsKeptAsMujocoKeepsItWithANote() throws IOException {
        Path file = dir.resolve("wide.xml");
        Files.writeString(file, """
                <mujoco>
                  <worldbody>
                    <body name="a"><geom type="sphere" size="0.1" mass="1"/>
                      <body name="b"><joint name="j1" type="slide" range="0 0.5"/><geom type="sphere" size="0.1" mass="1"/></body>
                    </body>
                  </worldbody>
                  <keyframe><key name="home" qpos="0.3"/><key name="initial" qpos="0.8"/></keyframe>
                </mujoco>
                """);
        RobotDescription d = MjcfReader.describe(file);
        assertThat(d.articulation().initialPositions()).isEqualTo(Map.of("j1", 0.8));
        assertThat(d.notes()).singleElement().asString().contains("wide.xml:7").contains("j1").contains("0.8")
                .contains("outside its range");
    }

    @Test
    void usdStartsEachJointInItsStateAndFoldsTheSpringIntoTheDrive() {
        Articulation a = GENERATOR.generate("an oven with its door open at 45 degrees", 7).articulation();
        Joint door = a.joint("door_hinge").orElseThrow();
        ExportedModel model = ExportFormat.ISAAC_SIM_USD.writer().writeAsset(a);
        String usda = model.entryText();
        Matcher prim = Pattern.compile("def PhysicsRevoluteJoint \"door_hinge\"[^{]*\\{([^}]*)\\}", Pattern.DOTALL).matcher(usda);
        assertThat(prim.find()).isTrue();
        String body = prim.group();
        assertThat(body).contains("PhysicsJointStateAPI:angular");
        assertThat(value(body, "state:angular:physics:position")).isCloseTo(45, within(1e-6));
        double kp = door.drive().stiffness(), k = door.dynamics().stiffness(), r = door.dynamics().springReference();
        assertThat(value(body, "drive:angular:physics:stiffness")).isCloseTo((kp + k) * Math.PI / 180, within(1e-6));
        double target = (kp * Math.toRadians(45) + k * r) / (kp + k);
        assertThat(value(body, "drive:angular:physics:targetPosition")).isCloseTo(Math.toDegrees(target), within(1e-6));
        assertThat(value(body, "gizmo:springStiffness")).isCloseTo(k, within(1e-6));
        assertThat(model.report()).anySatisfy(l -> assertThat(l).contains("state:*:physics:position"));
    }

    @Test
    void urdfSaysItHasNoInitialStateOrSprings() {
        ExportedModel model = ExportFormat.ISAAC_SIM_URDF.writer().writeAsset(
                GENERATOR.generate("an oven with its door open at 45 degrees", 7).articulation());
        String head = model.entryText().substring(0, model.entryText().indexOf("<link"));
        assertThat(head).contains("<!--").contains("URDF has no initial joint state and no joint springs");
        assertThat(model.report()).anySatisfy(l -> assertThat(l).contains("no initial joint state").contains("MJCF"));
        String plain = ExportFormat.ISAAC_SIM_URDF.writer().writeAsset(GENERATOR.generate("a cabinet", 7).articulation()).entryText();
        assertThat(plain).doesNotContain("no initial joint state");
    }

    private static double value(String prim, String attribute) {
        Matcher m = Pattern.compile("float " + Pattern.quote(attribute) + " = (\\S+)").matcher(prim);
        assertThat(m.find()).as(attribute).isTrue();
        return Double.parseDouble(m.group(1));
    }

    /** The keyframe's name, spelled once. */
    private static final class MjcfWriterName {
        static final String KEY = io.gizmostudio.core.format.mjcf.MjcfWriter.KEYFRAME;
    }
}
