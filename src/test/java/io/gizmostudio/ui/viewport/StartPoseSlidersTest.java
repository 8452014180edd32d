package io.gizmostudio.ui.viewport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.format.mjcf.MjcfReader;
import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.model.Articulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sliders start at the articulation's start state: an MJCF qpos0 outside a range, a generated asset's initial state. */
class StartPoseSlidersTest {
    @TempDir Path dir;

    private static JointSliderViewModel slider(ViewportViewModel vm, String name) {
        return vm.joints().sliders().stream().filter(s -> s.jointName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anMjcfJointStartsAtQpos0EvenOutsideItsRangeAndTheSliderReachesIt() throws IOException {
        Path file = Files.writeString(dir.resolve("start.xml"), """
                <mujoco><compiler angle="degree"/><worldbody><body name="base"><geom type="box" size="0.1 0.1 0.1"/>
                  <body name="tip" pos="0.2 0 0"><joint name="tip_hinge" axis="0 0 1" range="30 90"/><geom size="0.03"/></body>
                </body></worldbody></mujoco>
                """);
        ViewportViewModel vm = new ViewportViewModel();
        vm.articulationProperty().set(MjcfReader.read(file));
        JointSliderViewModel tip = slider(vm, "tip_hinge");
        assertThat(tip.positionProperty().get()).as("qpos0, not the nearer limit (30°)").isZero();
        assertThat(vm.joints().poseProperty().get().get("tip_hinge")).isZero();
        assertThat(tip.min()).isZero();
        assertThat(tip.max()).isCloseTo(Math.toRadians(90), within(1e-12));
        tip.positionProperty().set(Math.toRadians(60));
        vm.joints().resetPose();
        assertThat(tip.positionProperty().get()).as("reset goes back to the start").isZero();
    }

    @Test
    void aGeneratedAssetsInitialStateIsWhereItsSlidersStart() {
        Articulation oven = new AssetGenerator().generate("an oven with its door open at 45 degrees", 7).articulation();
        ViewportViewModel vm = new ViewportViewModel();
        vm.articulationProperty().set(oven);
        assertThat(slider(vm, "door_hinge").positionProperty().get()).isCloseTo(Math.toRadians(45), within(1e-9));
    }
}
