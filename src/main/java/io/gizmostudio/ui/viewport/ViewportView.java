package io.gizmostudio.ui.viewport;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The viewport with its toolbar (overlay toggles, fit, reset pose), the joint sliders below and a line
 * naming the link under the pointer. Only binds {@link ViewportViewModel} to {@link ArticulationViewport}.
 */
public final class ViewportView extends BorderPane {
    /** Shown under the view while no link is named: how to drive it. */
    static final String CONTROLS_HINT = "Drag orbit · Shift-drag pan · Wheel zoom · F fit · 1/3/7/0 views · R reset";
    private static final String CONTROLS_HELP = "Left drag orbits, middle or Shift drag pans, the wheel zooms; arrows orbit"
            + " (Shift+arrows pan), + and − zoom.\nF fits the model in view; 1, 3, 7 and 0 show it from the front, the"
            + " right, the top and three-quarters.\nR resets every joint; click a link to select it and its slider,"
            + " Esc clears the selection.";
    private final ArticulationViewport viewport = new ArticulationViewport();

    /** How to drive a 3D view with the mouse and keys (Help → Keyboard shortcuts). */
    public static String controlsHelp() {
        return CONTROLS_HELP;
    }

    public ViewportView(ViewportViewModel vm) {
        setId("viewportView");
        Button fit = new Button("Fit");
        fit.setId("fitToView");
        fit.setOnAction(e -> viewport.fitToView());
        Button reset = new Button("Reset pose");
        reset.setId("resetPose");
        reset.setOnAction(e -> vm.joints().resetPose());
        ToolBar bar = new ToolBar(fit, reset,
                toggle("Visual", "toggleVisual", vm.showVisualProperty()),
                toggle("Collision", "toggleCollision", vm.showCollisionProperty()),
                toggle("Axes", "toggleJointAxes", vm.showJointAxesProperty()),
                toggle("Frames", "toggleLinkFrames", vm.showLinkFramesProperty()),
                toggle("CoM", "toggleCentresOfMass", vm.showCentresOfMassProperty()),
                toggle("Wire", "toggleWireframe", vm.wireframeProperty()));
        setTop(bar);
        if (Graphics3D.available()) {
            setCenter(viewport);
        } else {
            // the view stays (picking, joints and the sliders work); the message says why it draws nothing
            Label no3d = new Label(Graphics3D.UNAVAILABLE);
            no3d.setId("no3dMessage");
            no3d.setWrapText(true);
            no3d.setMouseTransparent(true);
            no3d.setPadding(new Insets(16));
            no3d.getStyleClass().add("warning-message");
            setCenter(new javafx.scene.layout.StackPane(viewport, no3d));
        }
        Label picked = new Label();
        picked.setId("pickedLink");
        picked.textProperty().bind(javafx.beans.binding.Bindings.when(vm.pickedTextProperty().isEmpty())
                .then(CONTROLS_HINT).otherwise(vm.pickedTextProperty()));
        picked.styleProperty().bind(javafx.beans.binding.Bindings.when(vm.pickedTextProperty().isEmpty())
                .then("-fx-text-fill: #7a808a;").otherwise(""));
        picked.setPadding(new Insets(2, 6, 2, 6));
        picked.setTooltip(new javafx.scene.control.Tooltip(CONTROLS_HELP));
        JointSlidersView sliders = new JointSlidersView(vm.joints());
        sliders.setPrefViewportHeight(118);
        // the slider list scrolls, and folds away when the view needs the height (a narrow preview beside the composer)
        javafx.scene.control.TitledPane joints = new javafx.scene.control.TitledPane("Joints", sliders);
        joints.setId("jointSlidersPane");
        joints.setAnimated(false);
        setBottom(new VBox(picked, joints));

        vm.articulationProperty().addListener((obs, old, now) -> viewport.show(now));
        viewport.show(vm.articulationProperty().get());
        vm.joints().poseProperty().addListener((obs, old, now) -> viewport.setJointPositions(now));
        vm.showVisualProperty().addListener((obs, old, now) -> viewport.setShowVisual(now));
        vm.showCollisionProperty().addListener((obs, old, now) -> viewport.setShowCollision(now));
        vm.showJointAxesProperty().addListener((obs, old, now) -> viewport.setShowJointAxes(now));
        vm.showLinkFramesProperty().addListener((obs, old, now) -> viewport.setShowLinkFrames(now));
        vm.showCentresOfMassProperty().addListener((obs, old, now) -> viewport.setShowCentresOfMass(now));
        vm.wireframeProperty().addListener((obs, old, now) -> viewport.setWireframe(now));
        viewport.setShowVisual(vm.showVisualProperty().get());
        viewport.setShowCollision(vm.showCollisionProperty().get());
        viewport.setShowJointAxes(vm.showJointAxesProperty().get());
        viewport.setShowLinkFrames(vm.showLinkFramesProperty().get());
        viewport.setShowCentresOfMass(vm.showCentresOfMassProperty().get());
        viewport.setWireframe(vm.wireframeProperty().get());
        viewport.setOnLinkPicked(vm::linkPicked);
        viewport.subScene().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.R && !e.isShortcutDown()) {
                vm.joints().resetPose();
                e.consume();
            }
        });
        viewport.setOnLinkHovered(vm::linkHovered);
        vm.hoveredLinkProperty().addListener((obs, old, now) -> viewport.setHoveredLink(now));
        vm.selectedLinkProperty().addListener((obs, old, now) -> viewport.setSelectedLink(now));
    }

    public ArticulationViewport viewport() {
        return viewport;
    }

    private static ToggleButton toggle(String text, String id, BooleanProperty property) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.selectedProperty().bindBidirectional(property);
        return b;
    }
}
