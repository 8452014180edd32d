package io.gizmostudio.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.format.bundle.BundleEntry;
import io.gizmostudio.core.format.mjcf.MjcfReader;
import io.gizmostudio.core.format.urdf.UrdfReader;
import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.testing.SamplePrompts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every generated family survives write-then-read through the project's own MJCF and URDF writers. */
class ReaderRoundTripTest {
    private static final double TOL = 1e-6;
    private static final AssetGenerator GENERATOR = new AssetGenerator();

    @TempDir Path dir;

    static List<String> prompts() {
        return SamplePrompts.FAMILY_PROMPTS;
    }

    @ParameterizedTest @MethodSource("prompts")
    void urdfReadBackHasTheSameLinksAndJoints(String prompt) throws IOException {
        Articulation original = GENERATOR.generate(prompt, 7).articulation();
        Articulation read = UrdfReader.read(write(original, ExportFormat.ISAAC_SIM_URDF));

        assertThat(read.links().stream().map(l -> l.name()).toList())
                .containsExactlyInAnyOrderElementsOf(original.links().stream().map(l -> NameTable.sanitise(l.name())).toList());
        assertThat(read.joints()).hasSameSizeAs(original.joints());
        compareJoints(original, original.joints(), read);
    }

    @ParameterizedTest @MethodSource("prompts")
    void mjcfReadBackHasTheSameMovableJoints(String prompt) throws IOException {
        Articulation original = GENERATOR.generate(prompt, 7).articulation();
        Articulation read = MjcfReader.read(write(original, ExportFormat.MUJOCO_MJCF));

        // a free-floating asset's <freejoint> reads back as its six components (free_x … free_rz) under a world link
        boolean free = io.gizmostudio.core.scene.Mobility.of(original) == io.gizmostudio.core.scene.Mobility.FREE;
        assertThat(read.movableJoints()).hasSize(original.movableJoints().size() + (free ? 6 : 0));
        assertThat(read.movableJoints().stream().filter(j -> j.name().startsWith("free_")).count()).isEqualTo(free ? 6 : 0);
        compareJoints(original, original.movableJoints(), read);
    }

    private void compareJoints(Articulation original, List<Joint> expected, Articulation read) {
        Map<String, Joint> byName = read.joints().stream().collect(Collectors.toMap(Joint::name, Function.identity()));
        Map<String, Pose> originalPoses = ForwardKinematics.linkPoses(original, Map.of());
        Map<String, Pose> readPoses = ForwardKinematics.linkPoses(read, Map.of());
        for (Joint want : expected) {
            Joint got = byName.get(NameTable.sanitise(want.name()));
            assertThat(got).as("joint %s", want.name()).isNotNull();
            assertThat(got.type()).as("type of %s", want.name()).isEqualTo(want.type());
            Vec3 wantAxis = originalPoses.get(want.child()).rotation().rotate(want.axis());
            Vec3 gotAxis = readPoses.get(got.child()).rotation().rotate(got.axis());
            if (want.type().isMovable()) { // a fixed joint's axis means nothing and URDF does not write it
                assertThat(gotAxis.isNear(wantAxis, TOL)).as("world axis of %s: %s vs %s", want.name(), gotAxis, wantAxis).isTrue();
            }
            Vec3 wantAnchor = originalPoses.get(want.child()).position();
            Vec3 gotAnchor = readPoses.get(got.child()).position();
            assertThat(gotAnchor.isNear(wantAnchor, TOL)).as("anchor of %s: %s vs %s", want.name(), gotAnchor, wantAnchor).isTrue();
            if (want.type().isLimited()) {
                assertThat(got.limits().lower()).as("lower of %s", want.name()).isCloseTo(want.limits().lower(), within(TOL));
                assertThat(got.limits().upper()).as("upper of %s", want.name()).isCloseTo(want.limits().upper(), within(TOL));
            }
            if (want.mimic() != null) {
                assertThat(got.mimic()).as("mimic of %s", want.name()).isNotNull();
                assertThat(got.mimic().joint()).isEqualTo(NameTable.sanitise(want.mimic().joint()));
                assertThat(got.mimic().multiplier()).isCloseTo(want.mimic().multiplier(), within(TOL));
            }
        }
    }

    private Path write(Articulation a, ExportFormat format) throws IOException {
        ExportedModel model = format.writer().writeAsset(a);
        for (BundleEntry e : model.files()) {
            Path p = dir.resolve(e.path());
            Files.createDirectories(p.getParent());
            Files.write(p, e.content());
        }
        return dir.resolve(model.entrypoint());
    }
}
