package io.gizmostudio.core.format.urdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gizmostudio.core.format.DescriptionWarning;
import io.gizmostudio.core.format.ReadOptions;
import io.gizmostudio.core.format.RobotDescription;
import io.gizmostudio.core.format.RobotDescriptionException;
import io.gizmostudio.core.format.RobotDescriptionReader;
import io.gizmostudio.core.format.mesh.MeshFixtures;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Rgba;
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
 * URDFs as published, read as urdfdom reads them (each leniency a warning with file and line), meshes only inside
 * the boundary (a canary outside it is never opened), and the limits, all through {@link RobotDescriptionReader}.
 */
class UrdfLeniencyAndBoundaryTest {
    private static final Rgba GREY = Rgba.rgb(0.7, 0.7, 0.7);
    @TempDir Path dir;

    private Path write(Path folder, String xml) throws IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve("robot.urdf"), xml);
    }

    private RobotDescription describe(String xml) throws IOException {
        return RobotDescriptionReader.describe(write(dir.resolve("model"), xml), ReadOptions.defaults());
    }

    private static String twoLinks(String joint) {
        return "<robot name='r'><link name='a'/><link name='b'/>\n" + joint + "\n</robot>";
    }

    @ParameterizedTest
    @ValueSource(strings = {"fixed", "floating"})
    void aZeroAxisOnAJointThatDoesNotUseItIsIgnoredWithAWarning(String type) throws IOException {
        RobotDescription d = describe(twoLinks("<joint name='j' type='" + type + "'><parent link='a'/><child link='b'/>\n"
                + "<axis xyz='0 0 0'/></joint>"));
        assertThat(d.articulation().links()).extracting(l -> l.name()).contains("a", "b");
        assertThat(d.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(3);
            assertThat(w.text()).isEqualTo("robot.urdf:3 — " + type + " joint 'j' has a zero axis: ignored");
            assertThat(w.isMissingMesh()).isFalse();
        });
        if (type.equals("fixed")) {
            assertThat(d.articulation().joint("j").orElseThrow().type()).isEqualTo(JointType.FIXED);
        } else {
            assertThat(d.articulation().movableJoints()).hasSize(6);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"revolute", "continuous", "prismatic"})
    void aZeroAxisOnAJointThatTurnsOrSlidesAlongItStaysAnError(String type) {
        assertThatThrownBy(() -> describe(twoLinks("<joint name='j' type='" + type + "'><parent link='a'/><child link='b'/>"
                + "<axis xyz='0 0 0'/><limit lower='-1' upper='1' effort='1' velocity='1'/></joint>")))
                .isInstanceOf(RobotDescriptionException.class)
                .hasMessageContaining("robot.urdf").hasMessageContaining("line 2").hasMessageContaining("axis is zero");
    }

    @Test
    void aMaterialDefinedInOneLinkIsUsedByNameInAnotherWithoutAWarning() throws IOException {
        RobotDescription d = describe("""
                <robot name="r">
                  <link name="a"><visual><geometry><box size="1 1 1"/></geometry>
                    <material name="orange"><color rgba="1 0.5 0 1"/></material></visual></link>
                  <link name="b"><visual><geometry><box size="1 1 1"/></geometry><material name="orange"/></visual></link>
                  <link name="c"><visual><geometry><box size="1 1 1"/></geometry><material name="orange"/></visual></link>
                  <joint name="ab" type="fixed"><parent link="a"/><child link="b"/></joint>
                  <joint name="bc" type="fixed"><parent link="a"/><child link="c"/></joint>
                </robot>""");
        for (String link : List.of("a", "b", "c")) {
            assertThat(d.articulation().link(link).orElseThrow().visuals().get(0).material().color())
                    .as(link).isEqualTo(new Rgba(1, 0.5, 0, 1));
        }
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void aMaterialUsedBeforeTheLinkThatDefinesItResolvesToo() throws IOException {
        RobotDescription d = describe("""
                <robot name="r">
                  <link name="b"><visual><geometry><box size="1 1 1"/></geometry><material name="teal"/></visual></link>
                  <link name="a"><visual><geometry><box size="1 1 1"/></geometry>
                    <material name="teal"><color rgba="0 0.5 0.5 1"/></material></visual></link>
                  <joint name="ab" type="fixed"><parent link="b"/><child link="a"/></joint>
                </robot>""");
        assertThat(d.articulation().link("b").orElseThrow().visuals().get(0).material().color()).isEqualTo(new Rgba(0, 0.5, 0.5, 1));
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void aMaterialNeverDefinedIsGreyWithAWarningNamingItsLine() throws IOException {
        RobotDescription d = describe("<robot name='r'>\n<link name='a'><visual><geometry><box size='1 1 1'/></geometry>\n"
                + "<material name='chrome'/></visual></link>\n</robot>");
        assertThat(d.articulation().link("a").orElseThrow().visuals().get(0).material().color()).isEqualTo(GREY);
        assertThat(d.warnings()).extracting(DescriptionWarning::text)
                .containsExactly("robot.urdf:3 — material 'chrome' is never defined: shown grey");
    }

    @Test
    void oneMissingMeshLeavesOutOnlyThatVisualAndTheRestOfTheModelShows() throws IOException {
        Path model = dir.resolve("model");
        MeshFixtures.binaryStl(model.resolve("meshes/arm.stl"), 2);
        RobotDescription d = RobotDescriptionReader.describe(write(model, """
                <robot name="r">
                  <link name="base">
                    <visual><geometry><mesh filename="meshes/base.stl"/></geometry></visual>
                    <visual><geometry><box size="1 1 1"/></geometry></visual>
                    <collision><geometry><mesh filename="meshes/base_collision.stl"/></geometry></collision>
                  </link>
                  <link name="arm"><visual><geometry><mesh filename="meshes/arm.stl"/></geometry></visual></link>
                  <joint name="j" type="fixed"><parent link="base"/><child link="arm"/></joint>
                </robot>"""), ReadOptions.defaults());
        assertThat(d.articulation().link("base").orElseThrow().visuals()).hasSize(1);
        assertThat(d.articulation().link("base").orElseThrow().collisions()).isEmpty();
        assertThat(d.articulation().link("arm").orElseThrow().visuals()).hasSize(1);
        assertThat(d.missingMeshes()).extracting(DescriptionWarning::link, DescriptionWarning::missingMesh, DescriptionWarning::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("base", "meshes/base.stl", 3),
                        org.assertj.core.groups.Tuple.tuple("base", "meshes/base_collision.stl", 5));
    }

    /**
     * The canary: a valid mesh outside the model's folder, reached by every escape form, is never shown; and a FIFO
     * at the same spot would block the reader for good if it were ever opened (the timeout fails the test).
     */
    @ParameterizedTest
    @ValueSource(strings = {"../outside/canary.stl", "ABSOLUTE", "file://ABSOLUTE", "package://model/../outside/canary.stl",
        "innocent.stl"})
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aCanaryOutsideTheRootsIsNeverOpened(String form) throws Exception {
        Path model = dir.resolve("model");
        Files.createDirectories(model);
        Path canary = MeshFixtures.binaryStl(dir.resolve("outside/canary.stl"), 3);
        Path fifo = MeshFixtures.fifo(dir.resolve("outside/canary_pipe.stl"));
        Files.createSymbolicLink(model.resolve("innocent.stl"), canary);
        Files.createSymbolicLink(model.resolve("innocent_pipe.stl"), fifo);
        String reference = form.replace("ABSOLUTE", canary.toString());
        String pipe = reference.replace("canary.stl", "canary_pipe.stl").replace("innocent.stl", "innocent_pipe.stl");
        RobotDescription d = RobotDescriptionReader.describe(write(model, "<robot name='r'>\n<link name='a'>"
                + "<visual><geometry><mesh filename='" + reference + "'/></geometry></visual>\n"
                + "<visual><geometry><mesh filename='" + pipe + "'/></geometry></visual>\n"
                + "<visual><geometry><sphere radius='0.1'/></geometry></visual></link></robot>"), ReadOptions.defaults());
        assertThat(d.articulation().link("a").orElseThrow().visuals()).singleElement()
                .satisfies(v -> assertThat(v.geometry()).isInstanceOf(io.gizmostudio.core.model.Geometry.Sphere.class));
        assertThat(d.missingMeshes()).hasSize(2).allSatisfy(w -> assertThat(w.message())
                .containsAnyOf("outside the model's folder and the allowed package folders", "is a link to"));
        assertThat(d.missingMeshes().get(0).message()).contains(reference);
    }

    @Test
    void aMeshOverTheTriangleLimitIsLeftOutNamingFileAndLimit() throws IOException {
        Path model = dir.resolve("model");
        MeshFixtures.binaryStl(model.resolve("dense.stl"), 50);
        RobotDescription d = RobotDescriptionReader.describe(write(model, "<robot name='r'><link name='a'><visual><geometry>"
                + "<mesh filename='dense.stl'/></geometry></visual></link></robot>"), ReadOptions.defaults().withMaxMeshTriangles(40));
        assertThat(d.articulation().link("a").orElseThrow().visuals()).isEmpty();
        assertThat(d.missingMeshes()).singleElement().satisfies(w -> assertThat(w.message())
                .contains("dense.stl").contains("50 triangles").contains("limit of 40").contains("ReadOptions.maxMeshTriangles"));
    }

    @Test
    void aDescriptionOverTheSizeLimitIsRefusedBeforeParsingNamingFileAndLimit() throws IOException {
        StringBuilder big = new StringBuilder("<robot name='r'><link name='a'/>");
        while (big.length() < 3 << 20) {
            big.append("<!-- padding padding padding padding padding padding padding padding padding -->\n");
        }
        Path file = write(dir.resolve("model"), big.append("</robot>").toString());
        assertThatThrownBy(() -> RobotDescriptionReader.describe(file, ReadOptions.defaults().withMaxDescriptionBytes(2 << 20)))
                .isInstanceOf(RobotDescriptionException.class)
                .hasMessageContaining("robot.urdf").hasMessageContaining("3.0 MB").hasMessageContaining("limit of 2 MB")
                .hasMessageContaining("ReadOptions.maxDescriptionBytes");
        assertThat(RobotDescriptionReader.describe(file, ReadOptions.defaults()).articulation().links()).hasSize(1);
    }

    private static String chain(int joints) {
        StringBuilder x = new StringBuilder("<robot name='chain'>\n<link name='l0'/>\n");
        for (int i = 1; i <= joints; i++) {
            x.append("<link name='l").append(i).append("'/><joint name='j").append(i).append("' type='fixed'><parent link='l")
                    .append(i - 1).append("'/><child link='l").append(i).append("'/></joint>\n");
        }
        return x.append("</robot>").toString();
    }

    @Test
    void aChainDeeperThanTheLimitIsAClearErrorAndOneAtTheLimitReads() throws IOException {
        Path deep = write(dir.resolve("deep"), chain(ReadOptions.DEFAULT_MAX_CHAIN_DEPTH + 1));
        assertThatThrownBy(() -> RobotDescriptionReader.describe(deep, ReadOptions.defaults()))
                .isInstanceOf(RobotDescriptionException.class).hasMessageContaining("robot.urdf")
                .hasMessageContaining("more than 1000 joints from the root").hasMessageContaining("ReadOptions.maxChainDepth");
        Path atLimit = write(dir.resolve("ok"), chain(ReadOptions.DEFAULT_MAX_CHAIN_DEPTH));
        assertThat(RobotDescriptionReader.describe(atLimit, ReadOptions.defaults()).articulation().links()).hasSize(1001);
    }

    @Test
    void jointsThatFormALoopAreAnErrorNotAnEndlessWalk() {
        assertThatThrownBy(() -> describe("<robot name='r'><link name='a'/><link name='b'/><link name='c'/>"
                + "<joint name='bc' type='fixed'><parent link='b'/><child link='c'/></joint>"
                + "<joint name='cb' type='fixed'><parent link='c'/><child link='b'/></joint></robot>"))
                .isInstanceOf(RobotDescriptionException.class).hasMessageContaining("loop");
    }
}
