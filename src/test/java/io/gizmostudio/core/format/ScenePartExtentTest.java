package io.gizmostudio.core.format;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gizmostudio.core.model.Pose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exporters' guard: a scene part beyond ±10 km (or not finite) cannot be built, so no writer sees it. */
class ScenePartExtentTest {
    @ParameterizedTest
    @ValueSource(doubles = {1e308, -1e308, 10_000.001, Double.NaN, Double.POSITIVE_INFINITY})
    void aPartOutOfRangeIsRefusedNamingTheAxis(double z) {
        assertThatThrownBy(() -> new ScenePart("arm", TestArticulations.arm(), Pose.of(0, 0, z)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position.z");
    }

    @ParameterizedTest
    @ValueSource(doubles = {10_000, -10_000, 0})
    void aPartWithinRangeIsBuilt(double x) {
        assertThatCode(() -> new ScenePart("arm", TestArticulations.arm(), Pose.of(x, 0, 0))).doesNotThrowAnyException();
    }
}
