package io.gizmostudio.ui.settings;

import io.gizmostudio.ui.connection.ProfileKind;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Settings → Connections: profile, base URL, masked API key with a reveal toggle, package folders, test, apply. */
public final class SettingsView extends Dialog<ButtonType> {
    public static final ButtonType APPLY = new ButtonType("Apply and connect", ButtonBar.ButtonData.OK_DONE);

    public SettingsView(SettingsViewModel vm, Window owner) {
        initOwner(owner);
        setTitle("Connections");
        setHeaderText("Which Gizmo server should the app use?");

        ComboBox<ProfileKind> kind = new ComboBox<>(FXCollections.observableArrayList(ProfileKind.values()));
        kind.setId("profileChoice");
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ProfileKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public ProfileKind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(vm.kindProperty());

        TextField url = new TextField();
        url.setId("baseUrlField");
        url.textProperty().bindBidirectional(vm.baseUrlProperty());
        url.disableProperty().bind(vm.remoteProperty().not());

        // Two fields over one property: the PasswordField masks, the TextField shows; the toggle picks one.
        PasswordField hidden = new PasswordField();
        hidden.setId("apiKeyField");
        hidden.textProperty().bindBidirectional(vm.apiKeyProperty());
        TextField shown = new TextField();
        shown.setId("apiKeyPlainField");
        shown.textProperty().bindBidirectional(vm.apiKeyProperty());
        shown.visibleProperty().bind(vm.keyRevealedProperty());
        hidden.visibleProperty().bind(vm.keyRevealedProperty().not());
        ToggleButton reveal = new ToggleButton("Show");
        reveal.setId("revealKey");
        reveal.selectedProperty().bindBidirectional(vm.keyRevealedProperty());
        StackPane keyFields = new StackPane(hidden, shown);
        HBox.setHgrow(keyFields, Priority.ALWAYS);
        HBox key = new HBox(6, keyFields, reveal);
        key.disableProperty().bind(vm.remoteProperty().not());

        Label hint = new Label();
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMaxWidth(440);
        // Room for two lines up front: a dialog window does not grow, so growing text would push the buttons out.
        hint.setMinHeight(34);
        hint.textProperty().bind(vm.keyHintProperty());

        Button test = new Button("Test connection");
        test.setId("testConnection");
        test.disableProperty().bind(vm.busyProperty().or(vm.validationMessageProperty().isNotEmpty()));
        test.setOnAction(e -> vm.testConnection());
        Label result = new Label();
        result.setId("testResult");
        result.setWrapText(true);
        result.setMaxWidth(Double.MAX_VALUE);
        result.setMinHeight(38);
        result.textProperty().bind(vm.testResultProperty());
        Label problem = new Label();
        problem.getStyleClass().add("validation-message");
        problem.textProperty().bind(vm.validationMessageProperty());

        javafx.scene.control.TextArea folders = new javafx.scene.control.TextArea();
        folders.setId("packageFoldersField");
        folders.setPrefRowCount(3);
        folders.setPromptText("One folder per line, e.g. /home/me/ros_ws/src");
        folders.textProperty().bindBidirectional(vm.packageFoldersProperty());
        Label foldersHint = new Label("Folders robot descriptions may take package:// meshes from, besides ROS_PACKAGE_PATH"
                + " and the model's own folder.");
        foldersHint.getStyleClass().add("muted");
        foldersHint.setWrapText(true);
        foldersHint.setMaxWidth(440);
        foldersHint.setMinHeight(34);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Profile"), kind);
        grid.addRow(1, new Label("Base URL"), url);
        grid.addRow(2, new Label("API key"), key);
        grid.add(hint, 1, 3);
        grid.addRow(4, new Label("Package folders"), folders);
        grid.add(foldersHint, 1, 5);
        GridPane.setHgrow(url, Priority.ALWAYS);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        VBox content = new VBox(10, grid, problem, new HBox(8, test), result);
        content.setPadding(new Insets(12, 12, 4, 12));
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        getDialogPane().setId("settingsDialog");
        getDialogPane().getButtonTypes().addAll(APPLY, ButtonType.CANCEL);
        Button apply = (Button) getDialogPane().lookupButton(APPLY);
        apply.setId("applyConnection");
        apply.disableProperty().bind(vm.validationMessageProperty().isNotEmpty());
        apply.addEventFilter(ActionEvent.ACTION, e -> vm.apply());
    }
}
