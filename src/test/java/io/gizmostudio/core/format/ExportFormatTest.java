package io.gizmostudio.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportFormatTest {

    @ParameterizedTest
    @CsvSource({
        "mujoco_mjcf, MUJOCO_MJCF", "MJCF, MUJOCO_MJCF", "mjcf, MUJOCO_MJCF",
        "isaac_sim_urdf, ISAAC_SIM_URDF", "Urdf, ISAAC_SIM_URDF",
        "isaac_sim_usd, ISAAC_SIM_USD", "' usd ', ISAAC_SIM_USD", "ISAAC_SIM_USD, ISAAC_SIM_USD"})
    void wireNamesAndAliasesResolveCaseInsensitively(String name, ExportFormat expected) {
        assertThat(ExportFormat.fromWire(name)).isEqualTo(expected);
        assertThat(ExportFormat.lookup(name)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"sdf", "gltf", "mujoco", "''"})
    void unknownFormatsAreRejectedWithTheSupportedList(String name) {
        assertThat(ExportFormat.lookup(name)).isEmpty();
        assertThatThrownBy(() -> ExportFormat.fromWire(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported export format")
                .hasMessageContaining("isaac_sim_usd, isaac_sim_urdf, mujoco_mjcf");
    }

    @Test
    void nullIsNoFormat() {
        assertThat(ExportFormat.lookup(null)).isEmpty();
    }

    @Test
    void entrypointsFollowTheContract() {
        assertThat(ExportFormat.MUJOCO_MJCF.assetEntrypoint()).isEqualTo("asset.xml");
        assertThat(ExportFormat.MUJOCO_MJCF.sceneEntrypoint()).isEqualTo("scene.xml");
        assertThat(ExportFormat.ISAAC_SIM_URDF.assetEntrypoint()).isEqualTo("asset.urdf");
        assertThat(ExportFormat.ISAAC_SIM_URDF.sceneEntrypoint()).isEqualTo("scene.urdf");
        assertThat(ExportFormat.ISAAC_SIM_USD.assetEntrypoint()).isEqualTo("asset.usda");
        assertThat(ExportFormat.ISAAC_SIM_USD.sceneEntrypoint()).isEqualTo("scene.usda");
        for (ExportFormat f : ExportFormat.values()) {
            assertThat(f.writer().format()).isEqualTo(f);
            assertThat(ExportFormat.fromWire(f.wireName())).isEqualTo(f);
        }
    }
}
