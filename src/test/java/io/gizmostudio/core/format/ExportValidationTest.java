package io.gizmostudio.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.core.format.bundle.BundleEntry;
import io.gizmostudio.core.generate.LinkBuilder;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ArticulationBuilder;
import io.gizmostudio.core.model.Drive;
import io.gizmostudio.core.model.Joint;
import io.gizmostudio.core.model.JointDynamics;
import io.gizmostudio.core.model.JointLimits;
import io.gizmostudio.core.model.JointType;
import io.gizmostudio.core.model.Mimic;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.testing.Validators.Check;
import io.gizmostudio.testing.Validators.Result;
import io.gizmostudio.testing.Validators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every writer's output through the third-party validators: MuJoCo 2.2.2 + 3.x (1000 steps with
 * control noise), urdfdom + MuJoCo's URDF importer, OpenUSD + TinyUSDZ + the UsdPhysics checker.
 */
@Tag("validators")
class ExportValidationTest {
    private static final Logger LOG = LoggerFactory.getLogger(ExportValidationTest.class);

    @TempDir
    Path dir;

    /** A gripper with 5 g fingers on stiff drives: the case that blows up without armature and floors. */
    static Articulation featherGripper() {
        ArticulationBuilder b = new ArticulationBuilder("feather gripper");
        b.link(new LinkBuilder("base", MaterialKind.ALUMINIUM, TestArticulations.GREY).box(0.06, 0.03, 0.02, new Vec3(0, 0, 0.01)).build());
        b.link(new LinkBuilder("finger_a", MaterialKind.PLASTIC, TestArticulations.GREY).box(0.005, 0.01, 0.04, new Vec3(0, 0, 0.02)).build()
                );
        b.link(new LinkBuilder("finger_b", MaterialKind.PLASTIC, TestArticulations.GREY).box(0.005, 0.01, 0.04, new Vec3(0, 0, 0.02)).build());
        b.joint(new Joint("finger_a_joint", JointType.PRISMATIC, "base", "finger_a", Pose.of(-0.01, 0, 0.02), new Vec3(-1, 0, 0),
                new JointLimits(0, 0.02, 20, 0.1), new JointDynamics(0.5, 0), null, new Drive(5000, 20, 20)));
        b.joint(new Joint("finger_b_joint", JointType.PRISMATIC, "base", "finger_b", Pose.of(0.01, 0, 0.02), Vec3.UNIT_X,
                new JointLimits(0, 0.02, 20, 0.1), new JointDynamics(0.5, 0), new Mimic("finger_a_joint", 1, 0), null));
        return b.build().validate();
    }

    private final List<Check> checks = new ArrayList<>();

    private void exportAsset(String name, Articulation a) throws IOException {
        for (ExportFormat f : ExportFormat.values()) {
            Path entry = write(name + "_" + f.wireName(), f.writer().writeAsset(a));
            int joints = f.writer().jointCount(a);
            checks.add(switch (f) {
                case MUJOCO_MJCF -> Check.mjcf(entry, joints);
                case ISAAC_SIM_URDF -> Check.urdf(entry, joints);
                case ISAAC_SIM_USD -> Check.usd(entry, joints);
            });
        }
    }

    private void exportScene(String name, SceneModel scene) throws IOException {
        for (ExportFormat f : ExportFormat.values()) {
            ModelWriter w = f.writer();
            int joints = 0;
            for (ScenePart p : scene.parts()) {
                joints += w.jointCount(p.articulation());
            }
            Path entry = write(name + "_" + f.wireName(), w.writeScene(scene));
            checks.add(switch (f) {
                case MUJOCO_MJCF -> Check.mjcf(entry, joints);
                case ISAAC_SIM_URDF -> Check.urdf(entry, joints + scene.parts().size()); // + one mount joint per part
                case ISAAC_SIM_USD -> Check.usd(entry, joints);
            });
        }
    }

    private Path write(String folder, ExportedModel model) throws IOException {
        Path base = dir.resolve(folder);
        for (BundleEntry e : model.files()) {
            Path p = base.resolve(e.path());
            Files.createDirectories(p.getParent());
            Files.write(p, e.content());
        }
        return base.resolve(model.entrypoint());
    }

    private void assertAllAccepted() {
        List<Result> results = Validators.runAll(checks);
        Map<String, String> failures = new LinkedHashMap<>();
        for (Result r : results) {
            LOG.info("{} ms  {}  {}", r.elapsed().toMillis(), dir.relativize(Path.of(r.check().arguments().get(0))), r.summary());
            if (!r.accepted()) {
                failures.put(r.check().toString(), r.output());
            }
        }
        assertThat(failures).as("validator rejections").isEmpty();
    }

    @Test
    void assetsOfEveryShapePassAllValidators() throws IOException {
        exportAsset("arm", TestArticulations.arm());
        exportAsset("gripper", TestArticulations.gripper());
        exportAsset("feather_gripper", featherGripper());
        exportAsset("cabinet", TestArticulations.drawerCabinet());
        exportAsset("kitchen_sink", TestArticulations.kitchenSink());
        assertAllAccepted();
    }

    @Test
    void scenesPassAllValidators() throws IOException {
        exportScene("empty", new SceneModel("empty", List.of()));
        exportScene("two_parts", new SceneModel("two parts", List.of(
                new ScenePart("arm", TestArticulations.arm(), Pose.of(0, 0, 0)),
                new ScenePart("cabinet 1", TestArticulations.drawerCabinet(),
                        new Pose(new Vec3(1, 0.5, 0), Quat.fromAxisAngle(Vec3.UNIT_Z, 2.0))))));
        assertAllAccepted();
    }
}
