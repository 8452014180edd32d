package io.gizmostudio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.ui.common.ManualUiExecutor;
import io.gizmostudio.ui.common.TestAssets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewViewModelTest {
    @TempDir Path cacheDir;
    private final BundleServingLibrary library = new BundleServingLibrary().with("arm1", "a 6-DOF robot arm with a parallel-jaw gripper")
            .with("cab1", "a steel cabinet with 2 doors and 3 drawers");
    private final ManualUiExecutor executor = new ManualUiExecutor().deferWork();
    private final SimpleObjectProperty<Asset> selection = new SimpleObjectProperty<>();

    private PreviewViewModel preview() {
        return new PreviewViewModel(library, executor, new ExportBundleCache(cacheDir), selection);
    }

    @Test
    void emptyUntilSomethingIsSelected() {
        PreviewViewModel vm = preview();
        assertThat(vm.stateProperty().get()).isEqualTo(PreviewViewModel.State.EMPTY);
        assertThat(vm.viewport().articulationProperty().get()).isNull();
    }

    @Test
    void selectingAReadyAssetLoadsItsMjcfInTheBackgroundAndShowsIt() {
        PreviewViewModel vm = preview();
        selection.set(TestAssets.ready("arm1", "Arm"));
        assertThat(vm.stateProperty().get()).isEqualTo(PreviewViewModel.State.LOADING);
        assertThat(executor.queuedWork()).isEqualTo(1);

        executor.runWork();

        assertThat(vm.stateProperty().get()).isEqualTo(PreviewViewModel.State.SHOWING);
        assertThat(vm.viewport().articulationProperty().get().link("forearm_link")).isPresent();
        assertThat(vm.viewport().joints().sliders()).isNotEmpty();
        assertThat(vm.details().get(0)).contains("links").contains("movable");
        assertThat(vm.details()).anyMatch(l -> l.startsWith("Total mass")).anyMatch(l -> l.startsWith("elbow_joint: revolute"));
    }

    @Test
    void bundleIsDownloadedOncePerAssetAndFormat() throws IOException {
        PreviewViewModel vm = preview();
        selection.set(TestAssets.ready("arm1", "Arm"));
        executor.runWork();
        selection.set(TestAssets.ready("cab1", "Cabinet"));
        executor.runWork();
        selection.set(TestAssets.ready("arm1", "Arm"));
        executor.runWork();
        assertThat(library.downloads.get()).isEqualTo(2);
        assertThat(Files.isRegularFile(cacheDir.resolve("arm1/mujoco_mjcf/asset.xml"))).isTrue();
        assertThat(vm.stateProperty().get()).isEqualTo(PreviewViewModel.State.SHOWING);
    }

    @Test
    void aNewerSelectionWinsOverOneStillLoading() {
        PreviewViewModel vm = preview();
        selection.set(TestAssets.ready("arm1", "Arm"));
        selection.set(TestAssets.ready("cab1", "Cabinet"));
        executor.runWork();
        assertThat(vm.titleProperty().get()).isEqualTo("Cabinet");
        assertThat(vm.viewport().articulationProperty().get().links()).anyMatch(l -> l.name().contains("drawer"));
    }

    @Test
    void notReadyAssetShowsAnExplanationNotAView() {
        PreviewViewModel vm = preview();
        selection.set(TestAssets.asset("p1", "Pending", AssetStatus.PROCESSING, Instant.EPOCH));
        assertThat(vm.stateProperty().get()).isEqualTo(PreviewViewModel.State.EMPTY);
        assertThat(vm.messageProperty().get()).contains("ready");
        assertThat(executor.queuedWork()).isZero();
    }

    @Test
    void brokenLocalFileFailsWithFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.urdf");
        Files.writeString(bad, "<robot name='r'>\n<link name='a'>\n</robot>");
        PreviewViewModel vm = preview();
        vm.openFile(bad);
        executor.runWork();
        assertThat(vm.stateProperty().get()).isEqualTo(PreviewViewModel.State.FAILED);
        assertThat(vm.messageProperty().get()).contains("bad.urdf").contains("line 3");
    }

    @Test
    void localMjcfFileOpens(@TempDir Path dir) throws IOException {
        Path ok = dir.resolve("two.xml");
        Files.writeString(ok, "<mujoco><worldbody><body name='a'><geom size='0.1'/><body name='b'><joint range='0 90'/>"
                + "<geom size='0.05'/></body></body></worldbody></mujoco>");
        PreviewViewModel vm = preview();
        vm.openFile(ok);
        executor.runWork();
        assertThat(vm.stateProperty().get()).isEqualTo(PreviewViewModel.State.SHOWING);
        assertThat(vm.titleProperty().get()).isEqualTo("two.xml");
        assertThat(vm.viewport().joints().sliders()).hasSize(1);
    }

    @Test
    void whatAFileHoldsButTheViewCannotShowIsListedFirstInTheDetails(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rope.xml");
        Files.writeString(file, String.join("\n",
                "<mujoco>",
                "  <worldbody>",
                "    <body name='anchor'>",
                "      <geom size='0.1'/>",
                "      <composite type='cable' count='10 1 1'/>",
                "      <geom name='gear' type='sdf' mesh='gear'/>",
                "    </body>",
                "  </worldbody>",
                "</mujoco>"));
        PreviewViewModel vm = preview();
        vm.openFile(file);
        executor.runWork();
        assertThat(vm.stateProperty().get()).isEqualTo(PreviewViewModel.State.SHOWING);
        assertThat(vm.details()).hasSizeGreaterThan(2);
        assertThat(vm.details().get(0)).isEqualTo(PreviewViewModel.NOT_SHOWN
                + "rope.xml:5: <composite> is not shown (the bodies and geoms MuJoCo generates from it are not read)");
        assertThat(vm.details().get(1)).startsWith(PreviewViewModel.NOT_SHOWN + "rope.xml:6: sdf geom 'gear' is not shown");
        assertThat(vm.details().get(2)).doesNotStartWith(PreviewViewModel.NOT_SHOWN);
    }

    @Test
    void aUrdfReadLenientlyShowsEachWarningWithFileAndLineAndListsTheLinksMissingMeshes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("arm.urdf");
        Files.writeString(file, String.join("\n",
                "<robot name='arm'>",
                "  <link name='base'><visual><geometry><mesh filename='meshes/base.stl'/></geometry></visual>",
                "    <visual><geometry><box size='0.1 0.1 0.1'/></geometry><material name='steel'/></visual></link>",
                "  <link name='tool'><visual><geometry><mesh filename='../../etc/passwd'/></geometry></visual></link>",
                "  <joint name='flange' type='fixed'><parent link='base'/><child link='tool'/><axis xyz='0 0 0'/></joint>",
                "</robot>"));
        PreviewViewModel vm = preview();
        vm.openFile(file);
        executor.runWork();
        assertThat(vm.stateProperty().get()).isEqualTo(PreviewViewModel.State.SHOWING);
        assertThat(vm.viewport().articulationProperty().get().links()).hasSize(2);
        assertThat(vm.details()).contains(
                PreviewViewModel.NOT_SHOWN + "arm.urdf:3 — material 'steel' is never defined: shown grey",
                PreviewViewModel.NOT_SHOWN + "arm.urdf:5 — fixed joint 'flange' has a zero axis: ignored",
                "Missing meshes (2, 2 links):", "  base: meshes/base.stl", "  tool: ../../etc/passwd");
        assertThat(vm.details()).anyMatch(l -> l.startsWith(PreviewViewModel.NOT_SHOWN
                + "arm.urdf:2 — mesh 'meshes/base.stl' of link 'base' is not shown: file not found"));
        assertThat(vm.details()).anyMatch(l -> l.startsWith(PreviewViewModel.NOT_SHOWN
                + "arm.urdf:4 — mesh '../../etc/passwd' of link 'tool' is not shown: outside the model's folder"));
        assertThat(vm.details()).anyMatch(l -> l.contains("links")); // the summary still follows
    }

    @Test
    void theDetailsSayFirstWhatThePromptAskedForThatTheEngineDidNotHonour() {
        PreviewViewModel vm = preview();
        Asset plain = TestAssets.ready("arm1", "Arm");
        selection.set(new Asset(plain.id(), plain.status(), plain.name(), "a wall-mounted robot arm with 1.2 m reach",
                plain.createdAt(), plain.updatedAt(), plain.exportFormats(), plain.tags(), plain.progress(), null, null,
                java.util.Map.of("family", "robot_arm", "reach_m", 1.2, "ignored", java.util.List.of("wall-mounted")),
                plain.seed()));
        executor.runWork();

        assertThat(vm.details().get(0)).isEqualTo("Not honoured: wall-mounted");
        assertThat(vm.details().get(1)).isEqualTo("Understood as: robot arm · reach 1.20 m");
        assertThat(vm.details().get(2)).contains("links").contains("movable");
    }

    @Test
    void anAssetShownBeforeShowsAtOnceWithoutReadingItsBundleAgain() {
        PreviewViewModel vm = preview();
        selection.set(TestAssets.ready("arm1", "Arm"));
        executor.runWork();
        var arm = vm.viewport().articulationProperty().get();
        selection.set(TestAssets.ready("cab1", "Cabinet"));
        executor.runWork();

        selection.set(TestAssets.ready("arm1", "Arm"));

        assertThat(executor.queuedWork()).as("no background work").isZero();
        assertThat(vm.stateProperty().get()).isEqualTo(PreviewViewModel.State.SHOWING);
        assertThat(vm.viewport().articulationProperty().get()).isSameAs(arm);
        assertThat(vm.titleProperty().get()).isEqualTo("Arm");
        assertThat(vm.shownAssetIdProperty().get()).isEqualTo("arm1");
        assertThat(vm.details()).anyMatch(l -> l.startsWith("Total mass"));
    }
}
