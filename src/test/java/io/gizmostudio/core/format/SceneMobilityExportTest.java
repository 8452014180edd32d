package io.gizmostudio.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gizmostudio.core.format.bundle.BundleWriter;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.scene.Mobility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** Scene exports honour each part's mobility and initial joint positions, and say in the manifest what they kept. */
class SceneMobilityExportTest {
    static final Articulation ARM = TestArticulations.arm();
    static final String FIRST = ARM.movableJoints().get(0).name();

    static SceneModel scene() {
        return new SceneModel("cell", List.of(
                new ScenePart("arm", ARM, Pose.of(0, 0, 0.5), Mobility.FIXED, Map.of(FIRST, 0.25)),
                new ScenePart("loose", ARM, Pose.of(1, 2, 0), Mobility.FREE, Map.of())));
    }

    @Test
    void mjcfGivesFreePartsAFreeJointAndTheKeyframeHoldsPosesAndJointPositions() {
        String xml = ExportFormat.MUJOCO_MJCF.writer().writeScene(scene()).entryText();

        assertThat(xml).contains("<freejoint name=\"loose_free\"/>").doesNotContain("arm_free");
        assertThat(xml).contains("<key name=\"initial\" qpos=\"");
        int dof = ARM.movableJoints().size();
        String qpos = xml.replaceAll("(?s).*<key name=\"initial\" qpos=\"([^\"]*)\".*", "$1");
        String[] q = qpos.split(" ");
        assertThat(q).hasSize(dof + 7 + dof);
        assertThat(Double.parseDouble(q[0])).isEqualTo(0.25);
        assertThat(List.of(q).subList(dof, dof + 7)).containsExactly("1", "2", "0", "1", "0", "0", "0");
        assertThat(xml).contains("<size nconmax=\"116\" njmax=\"564\"/>");
    }

    @Test
    void aSceneOfFixedUnposedPartsHasNoFreeJointAndNoBufferSizes() {
        String xml = ExportFormat.MUJOCO_MJCF.writer().writeScene(new SceneModel("s", List.of(new ScenePart("a", ARM, Pose.IDENTITY))))
                .entryText();

        assertThat(xml).doesNotContain("freejoint").doesNotContain("<size");
    }

    @Test
    void usdAnchorsOnlyFixedPartsAndStartsPosedJointsAtTheirPositionInDegrees() {
        String usda = ExportFormat.ISAAC_SIM_USD.writer().writeScene(scene()).entryText();

        assertThat(usda.split("def PhysicsFixedJoint \"root_joint\"", -1)).hasSize(2);
        assertThat(usda.split("\"PhysicsArticulationRootAPI\"", -1)).hasSize(3);
        Joint j = ARM.movableJoints().get(0);
        String axis = j.type().isRotational() ? "angular" : "linear";
        double shown = j.type().isRotational() ? 0.25 * 180 / Math.PI : 0.25;
        assertThat(usda).contains("PhysicsJointStateAPI:" + axis)
                .contains("float state:" + axis + ":physics:position = " + DecimalText.of(shown));
    }

    @Test
    void everySceneManifestReportsWhatTheFormatKept() throws IOException {
        assertThat(manifest(ExportFormat.ISAAC_SIM_URDF)).contains("\"report\": [")
                .contains("URDF: 1 free object welded to the world — URDF has no free bodies")
                .contains("URDF: initial joint positions of 1 object not kept — URDF has no initial state");
        assertThat(manifest(ExportFormat.MUJOCO_MJCF)).contains("MJCF: 1 free object on a free joint, 1 fixed object welded to the world");
        assertThat(manifest(ExportFormat.ISAAC_SIM_USD)).contains("USD: initial joint positions of 1 object kept as joint state");
        byte[] once = BundleWriter.scene("scn_1", scene(), ExportFormat.MUJOCO_MJCF);
        assertThat(BundleWriter.scene("scn_1", scene(), ExportFormat.MUJOCO_MJCF)).isEqualTo(once);
    }

    @Test
    void aPartRefusesJointPositionsForJointsItCannotSet() {
        assertThatThrownBy(() -> new ScenePart("a", ARM, Pose.IDENTITY, Mobility.FREE, Map.of("nope", 0.1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScenePart("a", ARM, Pose.IDENTITY, Mobility.FREE, Map.of(FIRST, Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String manifest(ExportFormat format) throws IOException {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(BundleWriter.scene("scn_1", scene(), format)))) {
            z.getNextEntry();
            return new String(z.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
