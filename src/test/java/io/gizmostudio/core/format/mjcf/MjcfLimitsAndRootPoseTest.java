package io.gizmostudio.core.format.mjcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gizmostudio.core.format.DescriptionWarning;
import io.gizmostudio.core.format.ReadOptions;
import io.gizmostudio.core.format.RobotDescription;
import io.gizmostudio.core.format.RobotDescriptionException;
import io.gizmostudio.core.format.RobotDescriptionReader;
import io.gizmostudio.core.format.mesh.MeshFixtures;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Vec3;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MJCF limits (nesting, file size, meshes) give clear errors or warnings instead of a crash, a missing mesh leaves
 * out only its geom, and a lone top-level body without a joint keeps its pose, as MuJoCo welds it to the world
 * there: checked against MuJoCo's own body poses (xpos, xquat) of the fixture.
 */
class MjcfLimitsAndRootPoseTest {
    @TempDir Path dir;

    private Path write(String name, String xml) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, xml);
    }

    private static String nestedBodies(int depth, String open, String close) {
        StringBuilder x = new StringBuilder("<mujoco>\n<worldbody>\n");
        for (int i = 0; i < depth; i++) {
            x.append(open.replace("#", Integer.toString(i)));
        }
        x.append("<geom size='0.01'/>");
        for (int i = 0; i < depth; i++) {
            x.append(close);
        }
        return x.append("\n</worldbody>\n</mujoco>").toString();
    }

    @Test
    void aHundredThousandNestedBodiesAreAClearErrorNotAStackOverflow() throws IOException {
        Path file = write("deep.xml", nestedBodies(100_000, "<body name='b#'>", "</body>"));
        assertThatThrownBy(() -> RobotDescriptionReader.describe(file, ReadOptions.defaults()))
                .isInstanceOf(RobotDescriptionException.class)
                .hasMessageContaining("deep.xml").hasMessageContaining("line 3")
                .hasMessageContaining("bodies nested more than 1000 deep").hasMessageContaining("ReadOptions.maxBodyDepth");
    }

    @Test
    void deeplyNestedFramesAreCaughtTooBeforeAnyRecursion() throws IOException {
        Path file = write("frames.xml", nestedBodies(100_000, "<frame>", "</frame>").replace("<worldbody>\n",
                "<worldbody>\n<body name='only'>").replace("\n</worldbody>", "</body>\n</worldbody>"));
        assertThatThrownBy(() -> RobotDescriptionReader.describe(file, ReadOptions.defaults()))
                .isInstanceOf(RobotDescriptionException.class)
                .hasMessageContaining("frames.xml").hasMessageContaining("elements nested more than");
    }

    @Test
    void anIncludedFileNestedTooDeepIsNamedInTheError() throws IOException {
        write("arm.xml", nestedBodies(2_000, "<body name='b#'>", "</body>"));
        Path file = write("scene.xml", "<mujoco>\n<include file='arm.xml'/>\n</mujoco>");
        assertThatThrownBy(() -> RobotDescriptionReader.describe(file, ReadOptions.defaults()))
                .isInstanceOf(RobotDescriptionException.class)
                .hasMessageContaining("scene.xml").hasMessageContaining("arm.xml").hasMessageContaining("ReadOptions.maxBodyDepth");
    }

    @Test
    void bodiesNestedToTheLimitReadOnAThreadWithAnOrdinaryStack() throws Exception {
        Path file = write("limit.xml", nestedBodies(ReadOptions.DEFAULT_MAX_BODY_DEPTH, "<body name='b#' pos='0 0 0.01'>", "</body>"));
        AtomicReference<Object> result = new AtomicReference<>();
        // the preview reads on a pool thread with the JVM's default stack, not the test runner's main thread
        Thread t = new Thread(null, () -> {
            try {
                result.set(RobotDescriptionReader.describe(file, ReadOptions.defaults()));
            } catch (Throwable e) {
                result.set(e);
            }
        }, "reader", 1 << 20);
        t.start();
        t.join();
        assertThat(result.get()).isInstanceOf(RobotDescription.class);
        assertThat(((RobotDescription) result.get()).articulation().links()).hasSize(1001); // world + 1000 bodies
        Path over = write("over.xml", nestedBodies(11, "<body name='b#'>", "</body>"));
        assertThatThrownBy(() -> RobotDescriptionReader.describe(over, ReadOptions.defaults().withMaxBodyDepth(10)))
                .hasMessageContaining("bodies nested more than 10 deep");
    }

    @Test
    void anMjcfFileOverTheSizeLimitIsRefusedNamingFileAndLimit() throws IOException {
        Path file = write("big.xml", nestedBodies(20_000, "<body name='b#'>", "</body>"));
        assertThatThrownBy(() -> RobotDescriptionReader.describe(file, ReadOptions.defaults().withMaxDescriptionBytes(100_000)))
                .isInstanceOf(RobotDescriptionException.class).hasMessageContaining("big.xml")
                .hasMessageContaining("ReadOptions.maxDescriptionBytes");
    }

    @Test
    void aMissingOrRefusedMeshLeavesOutOnlyItsGeomWithAWarningNamingLinkAndFile() throws IOException {
        MeshFixtures.binaryStl(dir.resolve("model/assets/palm.stl"), 2);
        MeshFixtures.binaryStl(dir.resolve("elsewhere/secret.stl"), 2);
        Path file = write("model/hand.xml", """
                <mujoco>
                  <compiler meshdir="assets"/>
                  <asset>
                    <mesh name="palm" file="palm.stl"/>
                    <mesh name="finger" file="finger.stl"/>
                    <mesh name="secret" file="../../elsewhere/secret.stl"/>
                  </asset>
                  <worldbody>
                    <body name="palm">
                      <geom type="mesh" mesh="palm"/>
                      <body name="finger"><joint name="k" axis="1 0 0"/>
                        <geom type="mesh" mesh="finger"/>
                        <geom type="mesh" mesh="secret"/>
                        <geom type="sphere" size="0.01"/>
                      </body>
                    </body>
                  </worldbody>
                </mujoco>""");
        RobotDescription d = RobotDescriptionReader.describe(file, ReadOptions.defaults());
        assertThat(d.articulation().link("palm").orElseThrow().visuals()).hasSize(1);
        assertThat(d.articulation().link("finger").orElseThrow().visuals()).hasSize(1);
        assertThat(d.missingMeshes()).extracting(DescriptionWarning::link, DescriptionWarning::missingMesh, DescriptionWarning::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("finger", "finger.stl", 12),
                        org.assertj.core.groups.Tuple.tuple("finger", "../../elsewhere/secret.stl", 13));
        assertThat(d.missingMeshes().get(0).message()).contains("file not found");
        assertThat(d.missingMeshes().get(1).message()).contains("outside the model's folder");
    }

    @Test
    void aMeshOverTheTriangleLimitIsLeftOut() throws IOException {
        MeshFixtures.binaryStl(dir.resolve("dense.stl"), 30);
        Path file = write("dense.xml", "<mujoco><asset><mesh name='m' file='dense.stl'/></asset><worldbody><body name='a'>"
                + "<geom type='mesh' mesh='m'/><geom size='0.1'/></body></worldbody></mujoco>");
        RobotDescription d = RobotDescriptionReader.describe(file, ReadOptions.defaults().withMaxMeshTriangles(29));
        assertThat(d.articulation().link("a").orElseThrow().visuals()).hasSize(1);
        assertThat(d.missingMeshes()).singleElement().satisfies(w -> assertThat(w.message()).contains("30 triangles")
                .contains("ReadOptions.maxMeshTriangles"));
    }

    /** A hand welded to the world lying along +x (quat turns its +z onto +x), fingers with joints. */
    private static final String HAND = """
            <mujoco model="hand">
              <worldbody>
                <body name="palm" pos="0.1 -0.2 0.5" quat="0.7071068 0 0.7071068 0">
                  <geom type="box" size="0.04 0.05 0.01" mass="0.3"/>
                  <body name="finger" pos="0 0.02 0.06" euler="0 0 30">
                    <joint name="knuckle" type="hinge" axis="1 0 0" pos="0 0 -0.01" range="-60 60"/>
                    <geom type="capsule" size="0.008 0.02" pos="0 0 0.02" mass="0.02"/>
                    <body name="tip" pos="0 0 0.045">
                      <joint name="tip_joint" axis="1 0 0" range="0 70"/>
                      <geom type="sphere" size="0.009" mass="0.005"/>
                    </body>
                  </body>
                  <body name="thumb" pos="0.03 -0.03 0" axisangle="0 1 0 45">
                    <geom type="box" size="0.01 0.01 0.02" mass="0.01"/>
                  </body>
                </body>
              </worldbody>
            </mujoco>""";

    @Test
    void aTopLevelBodyWithoutAJointKeepsItsPoseWeldedToTheWorld() throws IOException {
        Articulation a = MjcfReader.read(write("hand.xml", HAND));
        assertThat(a.root().name()).isEqualTo("world");
        assertThat(a.parentJoint("palm").orElseThrow().type()).isEqualTo(JointType.FIXED);
        Pose palm = ForwardKinematics.linkPoses(a, Map.of()).get("palm");
        assertThat(palm.position().isNear(new Vec3(0.1, -0.2, 0.5), 1e-12)).isTrue();
        // the palm's +z points along world +x, as MuJoCo shows the hand
        assertThat(palm.rotation().rotate(Vec3.UNIT_Z).isNear(Vec3.UNIT_X, 1e-6)).isTrue();
        assertThat(MjcfReader.read(write("plain.xml", "<mujoco><worldbody><body name='b'><geom size='1'/></body></worldbody></mujoco>"))
                .root().name()).as("an unposed body stays the root").isEqualTo("b");
    }

    @Test
    void everyBodyOfTheWeldedHandIsWhereMujocoPutsItInTheWorld() throws IOException {
        Path file = write("hand.xml", HAND);
        MujocoGroundTruth.Model m = MujocoGroundTruth.load(List.of(file)).get("hand.xml");
        assertThat(m).isNotNull();
        assertThat(m.error()).isNull();
        Articulation a = MjcfReader.read(file);
        assertSameWorldPoses(m, m.zero(), ForwardKinematics.linkPoses(a, Map.of()));
        assertThat(m.jointPositions()).containsKeys("knuckle", "tip_joint");
        assertSameWorldPoses(m, m.moved(), ForwardKinematics.linkPoses(a, m.jointPositions()));
    }

    /** Absolute poses: our root is the world, so each link frame must be MuJoCo's body frame moved to its joint. */
    private static void assertSameWorldPoses(MujocoGroundTruth.Model m, Map<String, Pose> mujoco, Map<String, Pose> ours) {
        assertThat(mujoco).containsKeys("world", "palm", "finger", "tip", "thumb");
        for (Map.Entry<String, Pose> e : mujoco.entrySet()) {
            Pose theirs = e.getValue().compose(Pose.of(m.lastJointAnchor().getOrDefault(e.getKey(), Vec3.ZERO)));
            Pose mine = ours.get(e.getKey());
            assertThat(mine).as("link %s", e.getKey()).isNotNull();
            assertThat(mine.position().isNear(theirs.position(), 1e-9))
                    .as("position of %s: ours %s, MuJoCo %s", e.getKey(), mine.position(), theirs.position()).isTrue();
            assertThat(mine.rotation().isNear(theirs.rotation(), 1e-12))
                    .as("rotation of %s: ours %s, MuJoCo %s", e.getKey(), mine.rotation(), theirs.rotation()).isTrue();
        }
    }
}
