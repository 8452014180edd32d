package io.gizmostudio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.Asset;
import io.gizmostudio.ui.common.ManualUiExecutor;
import io.gizmostudio.ui.viewport.JointSliderViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A floating MJCF file opened in the preview: the body tree with its own joints' sliders, the free base in the counts. */
class PreviewFloatingFileTest {
    @TempDir Path dir;

    @Test
    void aFloatingMjcfFileShowsNoFreeJointSlidersOrLinksAndCountsItsSixDof() throws IOException {
        Path file = Files.writeString(dir.resolve("walker.xml"), io.gizmostudio.core.format.mjcf.FloatingWalker.XML);
        PreviewViewModel vm = new PreviewViewModel(new BundleServingLibrary(), new ManualUiExecutor(),
                new ExportBundleCache(dir.resolve("cache")), new SimpleObjectProperty<Asset>());
        vm.openFile(file);

        assertThat(vm.stateProperty().get()).isEqualTo(PreviewViewModel.State.SHOWING);
        assertThat(vm.viewport().joints().sliders()).extracting(JointSliderViewModel::jointName)
                .containsExactlyInAnyOrder("left_hip", "left_knee", "right_hip", "right_knee");
        assertThat(vm.viewport().articulationProperty().get().links()).hasSize(5);
        assertThat(vm.details()).anySatisfy(l -> assertThat(l).startsWith("5 links").contains("free-floating base: 10 DOF"));
        assertThat(vm.details()).anySatisfy(l -> assertThat(l).contains("floor").contains("left out"));
    }
}
