package io.gizmostudio.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStats;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.api.BoundingBox;
import io.gizmostudio.api.Position;
import io.gizmostudio.ui.library.AssetDetailsViewModel.DetailRow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class AssetDetailsViewModelTest {
    private final SimpleObjectProperty<Asset> selected = new SimpleObjectProperty<>();
    private final AssetDetailsViewModel vm = new AssetDetailsViewModel(selected, ZoneOffset.UTC);

    @Test
    void withNothingSelectedThePaneSaysWhatItWillShow() {
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.placeholderProperty().get()).contains("Select an asset");
    }

    @Test
    void aReadyAssetShowsParamsWithUnitsSizeAndFormats() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("family", "cabinet");
        params.put("width_m", 0.6);
        params.put("counts", Map.of("drawers", 3, "doors", 2));
        selected.set(new Asset("ast_1", AssetStatus.READY, "Cabinet", "a cabinet", Instant.parse("2026-01-02T03:04:05Z"),
                null, List.of("mujoco_mjcf", "isaac_sim_usd"), List.of("storage"), 100, null,
                new AssetStats(7, 5, 5, 41.256, new BoundingBox(new Position(-0.3, -0.2, 0), new Position(0.3, 0.2, 1.2))),
                params, 42L));

        assertThat(vm.titleProperty().get()).isEqualTo("Cabinet");
        assertThat(vm.placeholderProperty().get()).isEmpty();
        assertThat(vm.rows()).contains(
                new DetailRow("Parameters", "Width (m)", "0.600"),
                new DetailRow("Parameters", "Counts", "doors 2, drawers 3"),
                new DetailRow("Size", "Joints", "5 (5 DOF)"),
                new DetailRow("Size", "Mass", "41.26 kg"),
                new DetailRow("Size", "Extent", "0.60 × 0.40 × 1.20 m"),
                new DetailRow("Export", "Formats", "mujoco_mjcf, isaac_sim_usd"),
                new DetailRow("Asset", "Seed", "42"));
    }

    @Test
    void aFailedAssetShowsWhyInItsStatus() {
        selected.set(io.gizmostudio.ui.common.TestAssets.failed(io.gizmostudio.ui.common.TestAssets.ready("ast_2", "x"),
                "unrecognized_prompt", "Cannot make that."));

        assertThat(vm.rows()).contains(new DetailRow("Asset", "Status", "failed — Cannot make that."),
                new DetailRow("Export", "Formats", "none until ready"));
    }

    private record Shown(java.nio.file.Path file, io.gizmostudio.core.format.RobotDescription description) implements FileOnShow {
    }

    @Test
    void aLocalFileOnShowIsWhatThePaneDescribesNotTheLibrarysSelection() {
        SimpleObjectProperty<FileOnShow> file = new SimpleObjectProperty<>();
        AssetDetailsViewModel follows = new AssetDetailsViewModel(selected, file, ZoneOffset.UTC);
        selected.set(io.gizmostudio.ui.common.TestAssets.ready("ast_3", "Old cabinet"));
        assertThat(follows.titleProperty().get()).isEqualTo("Old cabinet");
        io.gizmostudio.core.model.Articulation arm = new io.gizmostudio.core.generate.AssetGenerator()
                .generate("a 6-DOF robot arm", 7).articulation();
        java.nio.file.Path path = java.nio.file.Path.of("/robots/pick_arm/pick_arm.urdf");
        file.set(new Shown(path, new io.gizmostudio.core.format.RobotDescription(arm, List.of(),
                List.of(io.gizmostudio.core.format.DescriptionWarning.meshLeftOut(path, 12, "base_link", "package://x/base.stl", "not found")))));

        assertThat(follows.titleProperty().get()).isEqualTo("pick_arm.urdf");
        assertThat(follows.rows()).contains(new DetailRow("File", "Format", "URDF"),
                new DetailRow("File", "Folder", path.getParent().toString()),
                new DetailRow("Size", "Joints", arm.joints().size() + " (" + arm.degreesOfFreedom() + " DOF)"),
                new DetailRow("Reader", "Warnings", "1 (1 missing meshes)"));
        assertThat(follows.rows()).noneMatch(r -> r.value().contains("ast_3"));

        selected.set(io.gizmostudio.ui.common.TestAssets.ready("ast_4", "Other cabinet"));
        assertThat(follows.titleProperty().get()).as("a library click while the file shows does not take the pane")
                .isEqualTo("pick_arm.urdf");
        file.set(null);
        assertThat(follows.titleProperty().get()).isEqualTo("Other cabinet");
    }
}
