package io.gizmostudio.ui.composer;

import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.ui.viewport.JointSlidersView;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The selected placement's name, position (m), roll/pitch/yaw (°), simulation mobility and joint pose. Fields
 * check as the user types and apply on Enter or when focus leaves; a joint slider drag applies on release.
 */
public final class InspectorView extends VBox {
    public InspectorView(InspectorViewModel vm) {
        setId("inspector");
        setSpacing(4);
        setPadding(new Insets(4, 6, 6, 6));
        Label title = new Label("Inspector");
        title.getStyleClass().add("pane-title");
        Label none = new Label("Select one placement to edit it.");
        none.getStyleClass().add("card-meta");

        GridPane grid = new GridPane();
        // the labels keep their width; the fields share what is left
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        grid.setHgap(4);
        grid.setVgap(3);
        grid.add(new Label("Name"), 0, 0);
        TextField name = field("inspectorName", vm.nameProperty(), vm);
        grid.add(name, 1, 0, 3, 1);
        grid.add(new Label("XYZ m"), 0, 1);
        grid.add(field("inspectorX", vm.xProperty(), vm), 1, 1);
        grid.add(field("inspectorY", vm.yProperty(), vm), 2, 1);
        grid.add(field("inspectorZ", vm.zProperty(), vm), 3, 1);
        grid.add(new Label("RPY °"), 0, 2);
        grid.add(field("inspectorRoll", vm.rollProperty(), vm), 1, 2);
        grid.add(field("inspectorPitch", vm.pitchProperty(), vm), 2, 2);
        grid.add(field("inspectorYaw", vm.yawProperty(), vm), 3, 2);
        grid.add(new Label("Sim"), 0, 3);
        ChoiceBox<Mobility> mobility = new ChoiceBox<>();
        mobility.setId("inspectorMobility");
        mobility.getItems().setAll(Mobility.values());
        mobility.setConverter(new StringConverter<>() {
            @Override
            public String toString(Mobility m) {
                return m == null ? "" : m == Mobility.FIXED ? "Fixed to the world" : "Free body";
            }

            @Override
            public Mobility fromString(String s) {
                return null;
            }
        });
        mobility.valueProperty().bindBidirectional(vm.mobilityProperty());
        grid.add(mobility, 1, 3, 3, 1);

        Label error = new Label();
        error.setId("inspectorError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        JointSlidersView sliders = new JointSlidersView(vm.joints());
        sliders.setPrefViewportHeight(120);
        // one undo step per slider drag or key press, not per value the slider passes through
        sliders.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> vm.commitJoints());
        sliders.addEventFilter(KeyEvent.KEY_RELEASED, e -> vm.commitJoints());
        TitledPane joints = new TitledPane("Joint pose", sliders);
        joints.setId("inspectorJoints");
        joints.setAnimated(false);

        VBox editor = new VBox(4, grid, error, joints);
        editor.visibleProperty().bind(vm.activeProperty());
        editor.managedProperty().bind(vm.activeProperty());
        none.visibleProperty().bind(vm.activeProperty().not());
        none.managedProperty().bind(none.visibleProperty());
        getChildren().addAll(title, none, editor);
    }

    private static TextField field(String id, StringProperty text, InspectorViewModel vm) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(5);
        f.textProperty().bindBidirectional(text);
        f.setOnAction(e -> vm.commit());
        f.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                vm.commit();
            }
        });
        f.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.revert();
                e.consume();
            }
        });
        return f;
    }
}
