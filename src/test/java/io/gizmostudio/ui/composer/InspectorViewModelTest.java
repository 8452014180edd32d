package io.gizmostudio.ui.composer;

import static io.gizmostudio.ui.composer.ComposerFixture.BOX;
import static io.gizmostudio.ui.composer.ComposerFixture.TABLE;
import static io.gizmostudio.ui.composer.ComposerFixture.down;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.SceneDocument;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectorViewModelTest {
    @TempDir
    Path cache;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc | x: \"abc\" is not a number.",
        "NaN | x: \"NaN\" is not a number.",
        "1e5 | x: must be within ±10 km."})
    void badNumbersAreRefusedAsTypedAndChangeNothing(String typed, String message) {
        ComposerFixture f = new ComposerFixture(cache);
        f.vm.drop(BOX, down(0, 0), false);
        InspectorViewModel inspector = new InspectorViewModel(f.vm, f.models);
        SceneDocument before = f.vm.documentProperty().get();

        inspector.xProperty().set(typed);
        assertThat(inspector.errorProperty().get()).isEqualTo(message);
        inspector.commit();

        assertThat(f.vm.documentProperty().get()).isEqualTo(before);
        assertThat(f.vm.undoStack().size()).isEqualTo(1);
    }

    @Test
    void aValidCommitIsOneExactEditAndUntouchedFieldsKeepTheirExactValues() {
        ComposerFixture f = new ComposerFixture(cache);
        f.vm.drop(TABLE, down(0.013, 0.0), true);
        Placement before = f.vm.documentProperty().get().placements().get(0);
        InspectorViewModel inspector = new InspectorViewModel(f.vm, f.models);
        assertThat(inspector.activeProperty().get()).isTrue();

        inspector.yProperty().set("1,25");
        inspector.yawProperty().set("90");
        inspector.commit();

        Placement after = f.vm.documentProperty().get().placements().get(0);
        assertThat(f.vm.undoStack().size()).isEqualTo(2);
        assertThat(after.pose().position().x()).isEqualTo(before.pose().position().x());
        assertThat(after.pose().position().y()).isEqualTo(1.25);
        assertThat(io.gizmostudio.core.scene.Rotations.rpyDegrees(after.pose().rotation()).z()).isCloseTo(90, within(1e-9));
        f.vm.undoCommand().execute();
        assertThat(f.vm.documentProperty().get().placements().get(0)).isEqualTo(before);
        assertThat(inspector.yProperty().get()).isEqualTo(io.gizmostudio.ui.common.FieldNumbers.format(before.pose().position().y()));
    }

    @Test
    void theInspectorIsIdleWithoutExactlyOneSelectedAndMobilityIsAnEdit() {
        ComposerFixture f = new ComposerFixture(cache);
        InspectorViewModel inspector = new InspectorViewModel(f.vm, f.models);
        assertThat(inspector.activeProperty().get()).isFalse();
        f.vm.drop(BOX, down(0, 0), false);
        String id = f.vm.selection().get(0);

        inspector.mobilityProperty().set(Mobility.FREE);

        assertThat(f.vm.documentProperty().get().find(id).orElseThrow().mobility()).isEqualTo(Mobility.FREE);
        f.vm.selectAllCommand().execute();
        f.vm.drop(BOX, down(1, 0), false);
        f.vm.selectAll(f.vm.documentProperty().get().placements().stream().map(Placement::id).toList(), SelectMode.REPLACE);
        assertThat(inspector.activeProperty().get()).isFalse();
    }
}
