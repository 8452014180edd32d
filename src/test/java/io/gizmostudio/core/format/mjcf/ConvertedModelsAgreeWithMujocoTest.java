package io.gizmostudio.core.format.mjcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.format.ExportedModel;
import io.gizmostudio.core.format.ImportedAsset;
import io.gizmostudio.core.format.RobotDescriptionReader;
import io.gizmostudio.core.format.bundle.BundleEntry;
import io.gizmostudio.core.model.Pose;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A converted description is the same robot in MuJoCo as its source: the source (the URDF through MuJoCo's own URDF
 * importer, the MJCF as it is) and the MJCF that {@code gizmo convert} writes are loaded in one MuJoCo process, and
 * every body they share sits at the same place relative to the root, at qpos0 and with every joint moved. The source
 * URDF needs {@code balanceinertia} to load at all: its CAD inertia breaks the triangle inequality, which the
 * conversion repairs.
 */
@Tag("validators")
class ConvertedModelsAgreeWithMujocoTest {
    private static final Path ARM = Path.of("src/test/resources/descriptions/pick_arm");
    private static final Path WALKER = Path.of("src/test/resources/descriptions/walker/walker.xml");
    private static final double TOLERANCE = 1e-6;

    @TempDir
    static Path dir;
    private static Map<String, MujocoGroundTruth.Model> mujoco;

    @BeforeAll
    static void loadSourcesAndConversionsInMujoco() throws IOException {
        Path source = dir.resolve("source_arm");
        Files.createDirectories(source.resolve("meshes"));
        Files.copy(ARM.resolve("meshes/palm.obj"), source.resolve("meshes/palm.obj"));
        String urdf = Files.readString(ARM.resolve("pick_arm.urdf")).replace("<robot name=\"pick arm\">",
                "<robot name=\"pick arm\"><mujoco><compiler meshdir=\"meshes\" balanceinertia=\"true\" discardvisual=\"false\" fusestatic=\"false\"/></mujoco>");
        Files.writeString(source.resolve("source_arm.urdf"), urdf);
        Path arm = write(ARM.resolve("pick_arm.urdf"), dir.resolve("converted_arm"), "converted_arm.xml");
        Path walker = write(WALKER, dir.resolve("converted_walker"), "converted_walker.xml");
        mujoco = MujocoGroundTruth.load(List.of(source.resolve("source_arm.urdf"), arm, WALKER.toAbsolutePath(), walker));
    }

    private static Path write(Path source, Path folder, String entry) throws IOException {
        ImportedAsset asset = ImportedAsset.of(RobotDescriptionReader.describe(source), "converted", null);
        ExportedModel model = new MjcfWriter().writeAsset(asset.articulation());
        for (BundleEntry e : model.files()) {
            Path target = folder.resolve(e.path().equals(model.entrypoint()) ? entry : e.path());
            Files.createDirectories(target.getParent());
            Files.write(target, e.content());
        }
        return folder.resolve(entry);
    }

    private static MujocoGroundTruth.Model loaded(String file) {
        MujocoGroundTruth.Model m = mujoco.get(file);
        assertThat(m).as("MuJoCo's report on %s", file).isNotNull();
        assertThat(m.error()).as("MuJoCo failed to load %s", file).isNull();
        return m;
    }

    @Test
    void theConvertedArmIsTheSourceArm() {
        MujocoGroundTruth.Model source = loaded("source_arm.urdf");
        MujocoGroundTruth.Model converted = loaded("converted_arm.xml");
        assertThat(converted.nv()).isEqualTo(source.nv()).isEqualTo(5);
        assertSameBodies(source, converted, "base_link", 7);
        assertThat(converted.mass().get("turret")).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void theConvertedWalkerIsTheSourceWalkerAndStillFloats() {
        MujocoGroundTruth.Model source = loaded("walker.xml");
        MujocoGroundTruth.Model converted = loaded("converted_walker.xml");
        assertThat(converted.nfree()).isEqualTo(source.nfree()).isEqualTo(1);
        assertThat(converted.nv()).isEqualTo(source.nv()).isEqualTo(14);
        assertSameBodies(source, converted, "torso", 9);
        // the conversion starts it resting on the floor: the shins' capsule ends (radius 15 mm) touch z = 0
        assertThat(converted.zero().get("torso").position().z()).isCloseTo(0.315, within(1e-6));
    }

    /** Every body of both models, as seen from {@code root}, in the same place at qpos0 and moved. */
    private static void assertSameBodies(MujocoGroundTruth.Model source, MujocoGroundTruth.Model converted, String root,
                                         int expectedShared) {
        Set<String> shared = new TreeSet<>(source.zero().keySet());
        shared.retainAll(converted.zero().keySet());
        shared.remove("world");
        assertThat(shared).hasSize(expectedShared);
        for (String tag : List.of("zero", "moved")) {
            Map<String, Pose> a = tag.equals("zero") ? source.zero() : source.moved();
            Map<String, Pose> b = tag.equals("zero") ? converted.zero() : converted.moved();
            for (String body : shared) {
                Pose pa = a.get(root).inverse().compose(a.get(body));
                Pose pb = b.get(root).inverse().compose(b.get(body));
                assertThat(pb.position().minus(pa.position()).norm()).as("%s %s position", tag, body).isLessThan(TOLERANCE);
                assertThat(pb.rotation().isNear(pa.rotation(), TOLERANCE)).as("%s %s orientation: %s vs %s", tag, body,
                        pb.rotation(), pa.rotation()).isTrue();
            }
        }
    }
}
