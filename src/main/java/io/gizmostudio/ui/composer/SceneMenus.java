package io.gizmostudio.ui.composer;

import static io.gizmostudio.ui.common.MenuItems.item;

import io.gizmostudio.core.scene.Alignment;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The composer's entries in the main menu bar: undo and clipboard items for Edit, and the Scene menu. */
public final class SceneMenus {
    private SceneMenus() {
    }

    /** Undo / redo (naming what they will undo), copy, paste, duplicate, select all: the top of the Edit menu. */
    public static List<MenuItem> editItems(SceneActions actions) {
        SceneComposerViewModel vm = actions.viewModel();
        MenuItem redoAlt = item("Redo", vm.redoCommand(), SceneActions.REDO_ALT);
        redoAlt.setVisible(false); // Ctrl+Y as well as Ctrl+Shift+Z, without listing redo twice
        return List.of(
                item(vm.undoStack().undoTextProperty(), vm.undoCommand(), SceneActions.UNDO),
                item(vm.undoStack().redoTextProperty(), vm.redoCommand(), SceneActions.REDO),
                redoAlt,
                new SeparatorMenuItem(),
                item("Cop_y placements", vm.copyCommand(), SceneActions.COPY),
                item("_Paste placements", vm.pasteCommand(), SceneActions.PASTE),
                item("D_uplicate", vm.duplicateCommand(), SceneActions.DUPLICATE),
                item("Select _all placements", vm.selectAllCommand(), SceneActions.SELECT_ALL),
                new SeparatorMenuItem());
    }

    public static Menu sceneMenu(SceneActions actions) {
        SceneComposerViewModel vm = actions.viewModel();
        Menu align = new Menu("_Align", null,
                item("Align _left edges (X min)", actions.alignCommand(Alignment.Axis.X, Alignment.Edge.MIN), null),
                item("Align _centres in X", actions.alignCommand(Alignment.Axis.X, Alignment.Edge.CENTER), null),
                item("Align _right edges (X max)", actions.alignCommand(Alignment.Axis.X, Alignment.Edge.MAX), null),
                item("Align _front edges (Y min)", actions.alignCommand(Alignment.Axis.Y, Alignment.Edge.MIN), null),
                item("Align centres in _Y", actions.alignCommand(Alignment.Axis.Y, Alignment.Edge.CENTER), null),
                item("Align _back edges (Y max)", actions.alignCommand(Alignment.Axis.Y, Alignment.Edge.MAX), null),
                item("Align _bottoms (Z min)", actions.alignCommand(Alignment.Axis.Z, Alignment.Edge.MIN), null),
                new SeparatorMenuItem(),
                item("_Distribute along X", actions.distributeCommand(Alignment.Axis.X), null),
                item("Distribute along Y", actions.distributeCommand(Alignment.Axis.Y), null));
        Menu menu = new Menu("_Scene", null,
                item("_Duplicate", vm.duplicateCommand(), SceneActions.DUPLICATE),
                item("De_lete placements", vm.deleteCommand(), null),
                item("_Array…", actions.arrayCommand(), SceneActions.ARRAY),
                align,
                new SeparatorMenuItem(),
                item("Drop to _surface below", vm.dropToSurfaceCommand(), SceneActions.DROP),
                item("_Turn +15° about Z", vm.rotateZStepCommand(), SceneActions.ROTATE_Z),
                item("Turn −15° about _Z", vm.rotateZStepBackCommand(), SceneActions.ROTATE_Z_BACK),
                item("Turn 90° about _X", vm.rotate90XCommand(), SceneActions.ROTATE_X),
                item("Turn 90° about _Y", vm.rotate90YCommand(), SceneActions.ROTATE_Y),
                new SeparatorMenuItem(),
                item("Clear selectio_n", vm.clearSelectionCommand(), null),
                new SeparatorMenuItem(),
                item("T_op view", actions.topViewCommand(), SceneActions.TOP_VIEW),
                item("_Perspective view", actions.perspectiveCommand(), SceneActions.PERSPECTIVE),
                item("_Fit scene in view", actions.fitCommand(), SceneActions.FIT));
        menu.setId("sceneMenu");
        return menu;
    }
}
