package io.gizmostudio.ui.composer;

import static io.gizmostudio.ui.composer.ComposerFixture.BOX;
import static io.gizmostudio.ui.composer.ComposerFixture.TABLE;
import static io.gizmostudio.ui.composer.ComposerFixture.down;
import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.Alignment;
import io.gizmostudio.core.scene.SceneDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any sequence of composer edits undoes step by step to exactly the document and selection before each one, and
 * redoes to exactly the one after; undoing everything gives the starting document, redoing everything the last.
 */
class UndoRedoPropertiesTest {

    @Property(tries = 60)
    void everyEditUndoesAndRedoesExactly(@ForAll("edits") List<Integer> edits) throws Exception {
        SceneComposerViewModel vm = new ComposerFixture(Files.createTempDirectory("composer")).vm;
        vm.drop(TABLE, down(0, 0), false);
        vm.drop(BOX, down(2, 1), false);
        SceneDocument initial = vm.documentProperty().get();
        List<SceneDocument> docs = new ArrayList<>(List.of(initial));
        List<List<String>> selections = new ArrayList<>(List.of(List.copyOf(vm.selection())));
        int base = vm.undoStack().size();
        for (int i = 0; i < edits.size(); i++) {
            int before = vm.undoStack().size();
            apply(vm, edits.get(i), i);
            if (vm.undoStack().size() > before) {
                docs.add(vm.documentProperty().get());
                selections.add(List.copyOf(vm.selection()));
            } else {
                // an edit that changed nothing left nothing to undo: keep the selection it may have set
                selections.set(selections.size() - 1, List.copyOf(vm.selection()));
            }
        }
        int recorded = vm.undoStack().size() - base;
        assertThat(recorded).isEqualTo(docs.size() - 1);
        for (int k = docs.size() - 1; k > 0; k--) {
            vm.undoCommand().execute();
            assertThat(vm.documentProperty().get()).isEqualTo(docs.get(k - 1));
        }
        assertThat(vm.documentProperty().get()).isEqualTo(initial);
        for (int k = 1; k < docs.size(); k++) {
            vm.redoCommand().execute();
            assertThat(vm.documentProperty().get()).isEqualTo(docs.get(k));
        }
        assertThat(vm.redoCommand().isExecutable()).isFalse();
    }

    @Provide
    Arbitrary<List<Integer>> edits() {
        return Arbitraries.integers().between(0, 13).list().ofMinSize(1).ofMaxSize(25);
    }

    private static void apply(SceneComposerViewModel vm, int edit, int i) {
        SceneDocument doc = vm.documentProperty().get();
        String some = doc.placements().isEmpty() ? null : doc.placements().get(i % doc.placements().size()).id();
        switch (edit) {
            case 0 -> vm.drop(i % 2 == 0 ? BOX : TABLE, down(i * 0.37 - 2, 1.1 - i * 0.21), false);
            case 1 -> vm.select(some, SelectMode.REPLACE);
            case 2 -> vm.select(some, SelectMode.TOGGLE);
            case 3 -> vm.nudge(0.05, -0.1, 0);
            case 4 -> vm.deleteCommand().execute();
            case 5 -> vm.duplicateCommand().execute();
            case 6 -> vm.array(2, 2, 0.6, 0.6);
            case 7 -> {
                if (some != null) {
                    vm.rename(some, "part " + i);
                }
            }
            case 8 -> {
                if (some != null) {
                    vm.setJointPositions(some, Map.of("j" + i, 0.1 * i));
                }
            }
            case 9 -> vm.align(Alignment.Axis.X, Alignment.Edge.MIN);
            case 10 -> {
                vm.copyCommand().execute();
                vm.pasteCommand().execute();
            }
            case 11 -> {
                vm.beginHandle();
                vm.rotateHandleZ(0.3 * i, false);
                vm.endHandle();
            }
            case 12 -> {
                if (some != null) {
                    vm.beginMove(some, down(0, 0));
                    vm.moveTo(down(0.5 + i * 0.1, -0.3), false);
                    vm.endMove();
                }
            }
            default -> {
                if (some != null) {
                    vm.setPose(some, new Pose(new Vec3(i * 0.1, 0, 0), Quat.fromRpy(0, 0, i * 0.2)));
                }
            }
        }
    }
}
