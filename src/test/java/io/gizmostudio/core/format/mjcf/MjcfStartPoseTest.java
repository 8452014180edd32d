package io.gizmostudio.core.format.mjcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.format.ImportedAsset;
import io.gizmostudio.core.format.RobotDescription;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Vec3;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where an MJCF model starts, against MuJoCo: at qpos0 (each joint's {@code ref}, the model's pose) even where that
 * lies outside a joint's range, with ranges read relative to {@code ref}, so the start and the moved poses are
 * MuJoCo's, and an imported asset starts inside its limits.
 */
class MjcfStartPoseTest {
    static final String START = """
            <mujoco model="start">
              <compiler angle="degree"/>
              <worldbody>
                <body name="base">
                  <geom type="box" size="0.1 0.1 0.1" mass="1"/>
                  <body name="flap" pos="0 0 0.1">
                    <joint name="flap_hinge" type="hinge" axis="0 1 0" range="0 90" ref="10"/>
                    <geom type="box" size="0.1 0.01 0.1" mass="0.5"/>
                    <body name="tip" pos="0.2 0 0">
                      <joint name="tip_hinge" type="hinge" axis="0 0 1" range="30 90"/>
                      <geom type="sphere" size="0.03" mass="0.1"/>
                      <body name="slider" pos="0.1 0 0">
                        <joint name="slide" type="slide" axis="1 0 0" range="0.05 0.1" ref="0.02"/>
                        <geom type="sphere" size="0.02" mass="0.1"/>
                      </body>
                    </body>
                  </body>
                </body>
              </worldbody>
            </mujoco>
            """;
    @TempDir static Path dir;
    private static Path file;
    private static MujocoGroundTruth.Model mujoco;

    @BeforeAll
    static void loadInMujoco() throws IOException {
        file = Files.writeString(dir.resolve("start.xml"), START);
        mujoco = MujocoGroundTruth.load(List.of(file)).get("start.xml");
        assertThat(mujoco.error()).isNull();
    }

    @Test
    void jointsWhoseRangeExcludesQpos0StartThereNotAtTheirNearerLimit() {
        RobotDescription d = MjcfReader.describe(file);
        Articulation a = d.articulation();
        assertThat(a.initialPositions()).containsOnlyKeys("tip_hinge", "slide");
        assertThat(a.initialPositions().get("tip_hinge")).isZero();
        assertThat(a.initialPositions().get("slide")).isZero();
        assertThat(d.notes()).anySatisfy(n -> assertThat(n).contains("start.xml:10").contains("tip_hinge").contains("qpos0"));
        assertSamePlaces(ForwardKinematics.linkPoses(a, a.initialPositions(), false), mujoco.zero());
    }

    @Test
    void rangesAreReadRelativeToRefSoMovedJointsLandWhereMujocosDo() {
        Articulation a = MjcfReader.read(file);
        assertThat(a.joint("slide").orElseThrow().limits().lower()).isCloseTo(0.03, within(1e-12));
        assertThat(a.joint("slide").orElseThrow().limits().upper()).isCloseTo(0.08, within(1e-12));
        Map<String, Double> refs = Map.of("flap_hinge", Math.toRadians(10), "tip_hinge", 0.0, "slide", 0.02);
        Map<String, Double> ours = new HashMap<>();
        mujoco.jointPositions().forEach((joint, qpos) -> ours.put(joint, qpos - refs.get(joint)));
        assertSamePlaces(ForwardKinematics.linkPoses(a, ours), mujoco.moved());
    }

    @Test
    void anImportedAssetStartsInsideItsLimitsAndSaysSo() {
        ImportedAsset imported = ImportedAsset.of(MjcfReader.describe(file), "start", null);
        Articulation a = imported.articulation();
        assertThat(a.initialPositions().get("tip_hinge")).isCloseTo(Math.toRadians(30), within(1e-12));
        assertThat(imported.changes()).anySatisfy(c -> assertThat(c).contains("tip_hinge").contains("outside its limits"));
    }

    /** Every body relative to {@code base}, ours against MuJoCo's (the joints sit at the body origins). */
    private static void assertSamePlaces(Map<String, Pose> ours, Map<String, Pose> mujocoWorld) {
        Pose base = mujocoWorld.get("base");
        for (String body : List.of("flap", "tip", "slider")) {
            Pose theirs = base.inverse().compose(mujocoWorld.get(body));
            Pose mine = ours.get(body);
            for (Vec3 p : List.of(Vec3.ZERO, Vec3.UNIT_X, Vec3.UNIT_Y)) {
                assertThat(mine.transformPoint(p).isNear(theirs.transformPoint(p), 1e-9))
                        .as("%s: ours %s, MuJoCo %s", body, mine.transformPoint(p), theirs.transformPoint(p)).isTrue();
            }
        }
    }
}
