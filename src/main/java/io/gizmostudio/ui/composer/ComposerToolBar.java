package io.gizmostudio.ui.composer;

import static io.gizmostudio.ui.common.MenuItems.button;

import io.gizmostudio.core.scene.GridSnap;
import io.gizmostudio.ui.common.FieldNumbers;
import io.gizmostudio.ui.common.ToolIcon;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/** The composer's toolbar: views, undo/redo, the edits, and the snapping grid (metres and degrees). */
final class ComposerToolBar {
    private ComposerToolBar() {
    }

    static ToolBar build(SceneActions actions, SceneCanvas canvas) {
        SceneComposerViewModel vm = actions.viewModel();
        ToggleGroup views = new ToggleGroup();
        ToggleButton perspective = new ToggleButton("3D");
        perspective.setId("viewPerspective");
        perspective.setTooltip(new Tooltip("Perspective view (0, Ctrl+0)"));
        ToggleButton top = new ToggleButton("Top");
        top.setId("viewTop");
        top.setTooltip(new Tooltip("Top view for layout; drag on empty ground to select with a rubber band (7, Ctrl+7)"));
        perspective.setToggleGroup(views);
        top.setToggleGroup(views);
        perspective.setSelected(true);
        views.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else if ((now == top) != canvas.isTopView()) {
                canvas.setTopView(now == top);
            }
        });
        canvas.topViewProperty().addListener((obs, old, now) -> (now ? top : perspective).setSelected(true));

        TextField step = gridField("gridStep", FieldNumbers.format(vm.gridProperty().get().step()), "Grid step in metres (hold Alt while moving to move freely)");
        TextField angle = gridField("gridAngle", FieldNumbers.format(Math.toDegrees(vm.gridProperty().get().angleStep())), "Rotation step in degrees");
        Runnable applyGrid = () -> {
            boolean stepOk = FieldNumbers.problem("step", step.getText(), 100).isEmpty() && FieldNumbers.parse(step.getText()) > 0;
            boolean angleOk = FieldNumbers.problem("angle", angle.getText(), 180).isEmpty() && FieldNumbers.parse(angle.getText()) > 0;
            step.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), !stepOk);
            angle.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), !angleOk);
            if (stepOk && angleOk) {
                vm.gridProperty().set(new GridSnap(FieldNumbers.parse(step.getText()), Math.toRadians(FieldNumbers.parse(angle.getText()))));
            }
        };
        step.textProperty().addListener((o, a, b) -> applyGrid.run());
        angle.textProperty().addListener((o, a, b) -> applyGrid.run());

        ToolBar bar = new ToolBar(perspective, top,
                button("composerFit", "Fit", "Fit the scene in view (F)", actions.fitCommand()),
                new Separator(),
                button("composerUndo", ToolIcon.UNDO, "Undo (Ctrl+Z)", vm.undoCommand()),
                button("composerRedo", ToolIcon.REDO, "Redo (Ctrl+Shift+Z)", vm.redoCommand()),
                new Separator(),
                button("composerDuplicate", ToolIcon.DUPLICATE, "Duplicate (Ctrl+D)", vm.duplicateCommand()),
                button("composerDelete", ToolIcon.DELETE, "Delete the selected placements (Delete)", vm.deleteCommand()),
                button("composerDrop", ToolIcon.DROP_TO_SURFACE, "Drop onto the surface below (Ctrl+Down)", vm.dropToSurfaceCommand()),
                button("composerRotateZ", ToolIcon.ROTATE, "Turn +15° about Z (Ctrl+R)", vm.rotateZStepCommand()),
                button("composerRotateX", "X90", "Turn 90° about X (Ctrl+Shift+X)", vm.rotate90XCommand()),
                button("composerRotateY", "Y90", "Turn 90° about Y (Ctrl+Shift+Y)", vm.rotate90YCommand()),
                button("composerArray", ToolIcon.ARRAY, "Array: N × M copies (Ctrl+Shift+A)", actions.arrayCommand()),
                new Separator(),
                new Label("Grid"), step, new Label("m"), angle, new Label("°"));
        bar.setId("composerToolBar");
        return bar;
    }

    private static TextField gridField(String id, String text, String tip) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(3);
        f.setTooltip(new Tooltip(tip));
        return f;
    }
}
