package io.gizmostudio.core.format.mjcf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gizmostudio.core.format.ExportFormat;
import io.gizmostudio.core.format.ExportedModel;
import io.gizmostudio.core.format.ImportedAsset;
import io.gizmostudio.testing.ExportedFiles;
import io.gizmostudio.testing.JointPhysics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A driven MJCF model imported and exported again is driven in MuJoCo: its position servos reach the far end of
 * their joints' ranges and its velocity servo turns its joint at the commanded speed (before: the imported joints
 * were passive and the export had no actuators).
 */
class ImportedActuatorsPhysicsTest {
    private static final String SOURCE = """
            <mujoco model="driven">
              <worldbody>
                <body name="base">
                  <geom type="box" size="0.1 0.1 0.05" mass="2"/>
                  <body name="l1" pos="0 0 0.1"><joint name="yaw" type="hinge" axis="0 0 1" range="-90 90"/>
                    <geom type="capsule" fromto="0 0 0 0.3 0 0" size="0.03" mass="1"/>
                    <body name="l2" pos="0.3 0 0"><joint name="spin" type="hinge" axis="1 0 0"/>
                      <geom type="cylinder" fromto="0 0 0 0.05 0 0" size="0.05" mass="0.5"/>
                    </body>
                    <body name="l3" pos="0 0 0.05"><joint name="lift" type="slide" axis="0 0 1" range="0 0.2"/>
                      <geom type="box" size="0.03 0.03 0.03" mass="0.4"/>
                    </body>
                  </body>
                </body>
              </worldbody>
              <actuator>
                <position joint="yaw" kp="300" kv="20" forcerange="-40 40"/>
                <velocity joint="spin" kv="2" forcerange="-5 5"/>
                <position joint="lift" kp="2000" kv="100" forcerange="-100 100"/>
              </actuator>
            </mujoco>
            """;

    @TempDir
    Path dir;

    @Test
    void theImportedModelsServosDriveItsJointsInMujoco() throws IOException {
        Path source = Files.writeString(dir.resolve("driven.xml"), SOURCE);
        ImportedAsset imported = ImportedAsset.of(MjcfReader.describe(source), "driven", "driven.xml");
        Path exported = write(ExportFormat.MUJOCO_MJCF.writer().writeAsset(imported.articulation()));

        List<JsonNode> results = JointPhysics.run(List.of(new JointPhysics.Task(exported, List.of(), true, Map.of())), dir);
        org.junit.jupiter.api.Assumptions.assumeFalse(results.isEmpty(), "MuJoCo (node) is not installed");
        JsonNode r = results.get(0);
        org.slf4j.LoggerFactory.getLogger(ImportedActuatorsPhysicsTest.class).info("imported servos {}, motors {}", r.path("servos"), r.path("motors"));
        assertThat(r.path("servos")).extracting(s -> s.get("joint").asText()).containsExactlyInAnyOrder("yaw", "lift");
        for (JsonNode s : r.path("servos")) {
            assertThat(s.path("tReach").isNumber()).as("%s reaches %s (got %s)", s.get("joint").asText(), s.get("target"), s.get("reached")).isTrue();
        }
        assertThat(r.path("motors")).singleElement().satisfies(m -> {
            assertThat(m.get("joint").asText()).isEqualTo("spin");
            assertThat(m.get("speed").asDouble()).as("spin speed against %s commanded", m.get("ctrl"))
                    .isBetween(0.9 * m.get("ctrl").asDouble(), 1.05 * m.get("ctrl").asDouble());
        });
    }

    private Path write(ExportedModel model) throws IOException {
        return ExportedFiles.write(model, dir.resolve("export"));
    }
}
