package io.gizmostudio.ui.composer;

import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.scene.Alignment;
import io.gizmostudio.core.scene.PlacedShape;
import io.gizmostudio.ui.common.Command;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The composer's actions that the menus and the toolbar share, with their shortcuts: the ViewModel's commands plus
 * the ones that need the canvas (views, fit) or a dialog (array). One place, so a menu and a button never disagree.
 */
public final class SceneActions {
    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination REDO_ALT = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination DUPLICATE = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SELECT_ALL = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination DROP = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination ROTATE_Z = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination ROTATE_Z_BACK = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination ROTATE_X = new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination ROTATE_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination ARRAY = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination TOP_VIEW = new KeyCodeCombination(KeyCode.DIGIT7, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination PERSPECTIVE = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination FIT = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final SceneComposerViewModel vm;
    private final Command topView;
    private final Command perspective;
    private final Command fit;
    private final Command array;
    private final BooleanBinding twoOrMore;
    private final BooleanBinding threeOrMore;

    SceneActions(SceneComposerViewModel vm, SceneCanvas canvas) {
        this.vm = vm;
        topView = Command.of(() -> canvas.setTopView(true));
        perspective = Command.of(() -> canvas.setTopView(false));
        fit = Command.of(canvas::fitToScene);
        array = Command.when(Bindings.size(vm.selection()).isEqualTo(1), () -> {
            Aabb b = vm.placedShape(vm.selection().get(0)).map(PlacedShape::worldBounds).orElse(Aabb.EMPTY);
            double sx = b.isEmpty() ? 0.5 : b.size().x() + 0.1;
            double sy = b.isEmpty() ? 0.5 : b.size().y() + 0.1;
            new ArrayDialog(new ArrayToolViewModel(vm, round(sx), round(sy)), canvas.getScene().getWindow()).showAndWait();
        });
        twoOrMore = Bindings.size(vm.selection()).greaterThanOrEqualTo(2);
        threeOrMore = Bindings.size(vm.selection()).greaterThanOrEqualTo(3);
    }

    private static double round(double metres) {
        return Math.ceil(metres * 20) / 20;
    }

    public SceneComposerViewModel viewModel() {
        return vm;
    }

    public Command topViewCommand() {
        return topView;
    }

    public Command perspectiveCommand() {
        return perspective;
    }

    public Command fitCommand() {
        return fit;
    }

    public Command arrayCommand() {
        return array;
    }

    /** Executable while two or more are selected (the align items share it). */
    public Command alignCommand(Alignment.Axis axis, Alignment.Edge edge) {
        return Command.when(twoOrMore, () -> vm.align(axis, edge));
    }

    /** Executable while three or more are selected. */
    public Command distributeCommand(Alignment.Axis axis) {
        return Command.when(threeOrMore, () -> vm.distribute(axis));
    }
}
