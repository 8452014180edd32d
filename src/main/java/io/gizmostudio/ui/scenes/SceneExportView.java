package io.gizmostudio.ui.scenes;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The export dialog's content: formats, destination folder with Browse…, zip or unpacked, the pre-check's
 * problems, progress and result. Binds to the ViewModel only; {@code browse} opens the folder chooser (the dialog's).
 */
public final class SceneExportView extends VBox {

    public SceneExportView(SceneExportViewModel vm, Runnable browse, Consumer<Path> showFolder) {
        super(8);
        setId("sceneExportView");
        setPadding(new Insets(12, 12, 4, 12));
        setPrefWidth(640);

        HBox formats = new HBox(12);
        for (SceneExportFormat f : vm.formats()) {
            CheckBox box = new CheckBox(f.label());
            box.setId("format-" + f.wireName());
            box.selectedProperty().bindBidirectional(vm.selectedProperty(f));
            formats.getChildren().add(box);
        }

        TextField folder = new TextField();
        folder.setId("exportFolderField");
        folder.setPromptText("the folder to export into; created when missing");
        folder.textProperty().bindBidirectional(vm.destinationProperty());
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button browseButton = new Button("Browse\u2026");
        browseButton.setId("browseFolderButton");
        browseButton.setOnAction(e -> browse.run());

        ToggleGroup packing = new ToggleGroup();
        RadioButton zip = new RadioButton("Zip files");
        zip.setId("zipToggle");
        RadioButton unpacked = new RadioButton("Unpacked folders (<" + vm.subject().kind().word() + ">_<format>/)");
        unpacked.setId("unpackedToggle");
        unpacked.setMnemonicParsing(false); // the underscores are the folder name's
        zip.setToggleGroup(packing);
        unpacked.setToggleGroup(packing);
        packing.selectToggle(vm.unpackedProperty().get() ? unpacked : zip);
        packing.selectedToggleProperty().addListener((obs, old, now) -> vm.unpackedProperty().set(now == unpacked));
        vm.unpackedProperty().addListener((obs, old, now) -> packing.selectToggle(now ? unpacked : zip));

        Label validation = new Label();
        validation.setId("exportValidation");
        validation.getStyleClass().add("validation-message");
        validation.setWrapText(true);
        validation.textProperty().bind(vm.validationMessageProperty());

        ScrollPane problems = new ScrollPane(new ExportProblemsView(vm));
        problems.setFitToWidth(true);
        problems.setPrefViewportHeight(110);

        VBox form = new VBox(8,
                new Label("Formats"), formats,
                new Label("Destination folder"), new HBox(6, folder, browseButton),
                new HBox(12, zip, unpacked),
                validation);
        form.disableProperty().bind(vm.runningProperty());
        getChildren().add(form);
        if (vm.subject().kind() == ExportSubject.Kind.SCENE) { // an asset has no scene pre-check
            getChildren().addAll(new Label("Before exporting (warnings do not stop the export)"), problems);
        }
        getChildren().add(new ExportProgressView(vm, showFolder));
    }
}
