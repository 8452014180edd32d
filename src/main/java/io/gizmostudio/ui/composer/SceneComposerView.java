package io.gizmostudio.ui.composer;

import io.gizmostudio.ui.viewport.Graphics3D;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The scene composer in the middle of the window: its toolbar, the 3D canvas, and beside it the outliner over the
 * inspector (the side panel can be collapsed from the View menu; its split is remembered with the window layout).
 */
public final class SceneComposerView extends BorderPane {
    private final Label status;
    private final SceneCanvas canvas;
    private final SceneActions actions;
    private final SplitPane body;
    private final SplitPane side;
    private double sideDivider;

    /** Also shows {@code notes} (the scene document's save status) in the status line; the latest word wins. */
    public void showNotes(javafx.beans.value.ObservableStringValue notes) {
        notes.addListener((obs, was, now) -> {
            if (now != null && !now.isEmpty()) {
                status.setText(now);
            }
        });
    }

    public SceneComposerView(SceneComposerViewModel vm, AssetModels models, OutlinerViewModel outliner,
                             InspectorViewModel inspector, double sideDivider, double inspectorDivider) {
        setId("sceneComposer");
        canvas = new SceneCanvas(vm, models);
        actions = new SceneActions(vm, canvas);
        setTop(ComposerToolBar.build(actions, canvas));
        Label status = new Label();
        status.setId("composerMessage");
        status.getStyleClass().add("composer-message");
        vm.messageProperty().addListener((obs, was, now) -> status.setText(now));
        status.setText(vm.messageProperty().get());
        this.status = status;
        status.setMaxWidth(Double.MAX_VALUE);
        StackPane canvasArea = new StackPane(canvas);
        if (!Graphics3D.available()) {
            // the outliner, inspector and drops still work; say why the canvas stays empty
            Label no3d = new Label(Graphics3D.UNAVAILABLE);
            no3d.setId("no3dMessage");
            no3d.setWrapText(true);
            no3d.setMouseTransparent(true);
            no3d.setPadding(new javafx.geometry.Insets(16));
            no3d.getStyleClass().add("warning-message");
            canvasArea.getChildren().add(no3d);
        }
        setBottom(status);
        ScrollPane inspectorScroll = new ScrollPane(new InspectorView(inspector));
        inspectorScroll.setFitToWidth(true);
        side = new SplitPane(new OutlinerView(outliner, vm), inspectorScroll);
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(inspectorDivider);
        side.setMinWidth(0);
        body = new SplitPane(canvasArea, side);
        SplitPane.setResizableWithParent(side, false);
        this.sideDivider = sideDivider;
        body.setDividerPositions(sideDivider);
        setCenter(body);
    }

    public SceneCanvas canvas() {
        return canvas;
    }

    public SceneActions actions() {
        return actions;
    }

    /** Shows or hides the outliner and inspector beside the canvas. */
    public void setSidePanelShown(boolean shown) {
        Node panel = side;
        if (shown && !body.getItems().contains(panel)) {
            body.getItems().add(panel);
            body.setDividerPositions(sideDivider);
        } else if (!shown && body.getItems().contains(panel)) {
            sideDivider = body.getDividerPositions()[0];
            body.getItems().remove(panel);
        }
    }

    public boolean isSidePanelShown() {
        return body.getItems().contains(side);
    }

    /** Where the canvas ends and the side panel starts (fraction), for the saved layout. */
    public double sideDivider() {
        return isSidePanelShown() ? body.getDividerPositions()[0] : sideDivider;
    }

    public double inspectorDivider() {
        return side.getDividerPositions()[0];
    }
}
