package io.gizmostudio.ui.composer;

import static io.gizmostudio.ui.composer.ComposerFixture.BOX;
import static io.gizmostudio.ui.composer.ComposerFixture.FAILED;
import static io.gizmostudio.ui.composer.ComposerFixture.PENDING;
import static io.gizmostudio.ui.composer.ComposerFixture.TABLE;
import static io.gizmostudio.ui.composer.ComposerFixture.down;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.Alignment;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.PlacementIssue;
import io.gizmostudio.core.scene.SceneDocument;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SceneComposerViewModelTest {
    @TempDir
    Path cache;

    @Test
    void aDropOnTheFloorStandsOnTheGroundAtTheSnappedPoint() {
        SceneComposerViewModel vm = new ComposerFixture(cache).vm;

        assertThat(vm.drop(TABLE, down(1.013, -0.462), false)).isTrue();

        Placement p = vm.documentProperty().get().placements().get(0);
        assertThat(p.pose().position().x()).isCloseTo(1.0, within(1e-12));
        assertThat(p.pose().position().y()).isCloseTo(-0.45, within(1e-12));
        assertThat(vm.placedShape(p.id()).orElseThrow().worldBounds().min().z()).isCloseTo(0, within(1e-9));
        assertThat(p.name()).isEqualTo("Table");
        assertThat(vm.selection()).containsExactly(p.id());
        assertThat(vm.undoStack().undoTextProperty().get()).isEqualTo("Undo Add Table");
    }

    @Test
    void aBoxDroppedOnThePlacedTableRestsOnItsTop() {
        SceneComposerViewModel vm = new ComposerFixture(cache).vm;
        vm.drop(TABLE, down(0, 0), false);

        vm.drop(BOX, down(0.21, 0.1), false);

        Placement box = vm.documentProperty().get().placements().get(1);
        assertThat(vm.placedShape(box.id()).orElseThrow().worldBounds().min().z()).isCloseTo(0.75, within(1e-9));
        assertThat(box.pose().position().x()).isCloseTo(0.2, within(1e-12));
        assertThat(vm.issues()).isEmpty();
    }

    @Test
    void assetsThatAreNotReadyAreRefusedWithAMessage() {
        SceneComposerViewModel vm = new ComposerFixture(cache).vm;

        assertThat(vm.drop(PENDING, down(0, 0), false)).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Shelf is still generating — it can be placed when it is ready.");
        assertThat(vm.drop(FAILED, down(0, 0), false)).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("Flux failed to generate").contains("cannot be placed");
        assertThat(vm.drop("ast_gone", down(0, 0), false)).isFalse();
        assertThat(vm.messageProperty().get()).contains("not in the library");
        assertThat(vm.documentProperty().get().placements()).isEmpty();
        assertThat(vm.undoStack().size()).isZero();
    }

    @Test
    void aPointerDragIsOneUndoStepAndEscapeRestoresTheStart() {
        SceneComposerViewModel vm = new ComposerFixture(cache).vm;
        vm.drop(TABLE, down(0, 0), false);
        SceneDocument start = vm.documentProperty().get();
        String id = start.placements().get(0).id();

        vm.beginMove(id, down(0, 0));
        for (int i = 1; i <= 30; i++) {
            vm.moveTo(down(i * 0.05, i * 0.02), false);
        }
        vm.endMove();

        assertThat(vm.undoStack().size()).isEqualTo(2);
        Placement moved = vm.documentProperty().get().find(id).orElseThrow();
        assertThat(moved.pose().position().x()).isCloseTo(1.5, within(1e-9));
        assertThat(moved.pose().position().y()).isCloseTo(0.6, within(1e-9));
        vm.undoCommand().execute();
        assertThat(vm.documentProperty().get()).isEqualTo(start);

        vm.beginMove(id, down(0, 0));
        vm.moveTo(down(2, 2), false);
        vm.cancelGesture();
        vm.endMove();
        assertThat(vm.documentProperty().get()).isEqualTo(start);
        assertThat(vm.undoStack().size()).isEqualTo(1);
    }

    @Test
    void theHandleMovesByWholeGridStepsUnlessFree() {
        SceneComposerViewModel vm = new ComposerFixture(cache).vm;
        vm.drop(BOX, down(0, 0), false);
        String id = vm.selection().get(0);

        vm.beginHandle();
        vm.translateHandle(Alignment.Axis.X, 0.37, false);
        vm.translateHandle(Alignment.Axis.X, 0.33, false);
        vm.endHandle();
        assertThat(vm.documentProperty().get().find(id).orElseThrow().pose().position().x()).isCloseTo(0.35, within(1e-12));

        vm.beginHandle();
        vm.rotateHandleZ(Math.toRadians(40), false);
        vm.endHandle();
        double yaw = io.gizmostudio.core.scene.Rotations.rpyDegrees(vm.documentProperty().get().find(id).orElseThrow().pose().rotation()).z();
        assertThat(yaw).isCloseTo(45, within(1e-9));
        assertThat(vm.undoStack().undoTextProperty().get()).isEqualTo("Undo Turn Box");
    }

    @Test
    void overlapsAreReportedAndGoAwayWithTheUndoOfTheMoveThatCausedThem() {
        SceneComposerViewModel vm = new ComposerFixture(cache).vm;
        vm.drop(BOX, down(0, 0), false);
        vm.drop(BOX, down(1, 0), false);
        String second = vm.selection().get(0);
        assertThat(vm.issues()).isEmpty();

        vm.nudge(-0.9, 0, 0);

        assertThat(vm.issues()).containsKeys(second);
        assertThat(vm.issues().get(second)).extracting(PlacementIssue::kind).contains(PlacementIssue.Kind.OVERLAP);
        vm.undoCommand().execute();
        assertThat(vm.issues()).isEmpty();
    }

    @Test
    void deleteAndUndoPutTheSamePlacementBackInItsPlace() {
        SceneComposerViewModel vm = new ComposerFixture(cache).vm;
        vm.drop(TABLE, down(0, 0), false);
        vm.drop(BOX, down(2, 0), false);
        vm.drop(BOX, down(3, 0), false);
        SceneDocument three = vm.documentProperty().get();
        vm.select(three.placements().get(1).id(), SelectMode.REPLACE);

        vm.deleteCommand().execute();
        assertThat(vm.documentProperty().get().placements()).hasSize(2);
        vm.undoCommand().execute();

        assertThat(vm.documentProperty().get()).isEqualTo(three);
        assertThat(vm.selection()).containsExactly(three.placements().get(1).id());
    }

    @Test
    void duplicatesAndPastesGetNewIdsUniqueNamesAndDoNotStack() {
        ComposerFixture f = new ComposerFixture(cache);
        SceneComposerViewModel vm = f.vm;
        vm.drop(BOX, down(0, 0), false);
        vm.duplicateCommand().execute();
        vm.copyCommand().execute();
        vm.pasteCommand().execute();
        vm.pasteCommand().execute();

        assertThat(vm.documentProperty().get().placements()).extracting(Placement::name)
                .containsExactly("Box", "Box 2", "Box 3", "Box 4");
        double[] xs = vm.documentProperty().get().placements().stream().mapToDouble(p -> p.pose().position().x()).toArray();
        assertThat(xs).containsExactly(new double[] {0.0, 0.05, 0.1, 0.15}, within(1e-12));
        SceneComposerViewModel other = new SceneComposerViewModel(f.models, id -> java.util.Optional.ofNullable(f.assets.get(id)), f.clipboard);
        other.pasteCommand().execute();
        assertThat(other.documentProperty().get().placements()).extracting(Placement::name).containsExactly("Box 2");
    }

    @Test
    void anArrayIsOneEditOfRowsTimesColumnsMinusTheSource() {
        SceneComposerViewModel vm = new ComposerFixture(cache).vm;
        vm.drop(BOX, down(0, 0), false);

        vm.array(2, 3, 0.5, 0.4);

        assertThat(vm.documentProperty().get().placements()).hasSize(6);
        assertThat(vm.selection()).hasSize(6);
        assertThat(vm.undoStack().size()).isEqualTo(2);
        vm.undoCommand().execute();
        assertThat(vm.documentProperty().get().placements()).hasSize(1);
    }

    @Test
    void dropToSurfaceLandsAFloatingBoxOnTheTable() {
        SceneComposerViewModel vm = new ComposerFixture(cache).vm;
        vm.drop(TABLE, down(0, 0), false);
        vm.drop(BOX, down(3, 0), false);
        String box = vm.selection().get(0);
        vm.setPose(box, new Pose(new Vec3(0.1, 0.1, 1.5), io.gizmostudio.core.model.Quat.IDENTITY));
        assertThat(vm.issues().get(box)).extracting(PlacementIssue::kind).contains(PlacementIssue.Kind.FLOATING);

        vm.dropToSurfaceCommand().execute();

        assertThat(vm.placedShape(box).orElseThrow().worldBounds().min().z()).isCloseTo(0.75, within(1e-9));
        assertThat(vm.issues()).doesNotContainKey(box);
    }

    @Test
    void renameRefusesBlankNames() {
        SceneComposerViewModel vm = new ComposerFixture(cache).vm;
        vm.drop(BOX, down(0, 0), false);
        String id = vm.selection().get(0);

        vm.rename(id, "   ");
        assertThat(vm.messageProperty().get()).isEqualTo("A placement needs a name.");
        vm.rename(id, "  Tote A ");
        assertThat(vm.documentProperty().get().find(id).orElseThrow().name()).isEqualTo("Tote A");
        assertThat(vm.undoStack().undoTextProperty().get()).isEqualTo("Undo Rename Box to Tote A");
    }
}
