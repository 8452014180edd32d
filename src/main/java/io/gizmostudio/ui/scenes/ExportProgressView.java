package io.gizmostudio.ui.scenes;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The export's progress (overall and per format), then its result: files written, report lines, Show folder. */
final class ExportProgressView extends VBox {
    private final GridPane rows = new GridPane();

    ExportProgressView(SceneExportViewModel vm, Consumer<Path> showFolder) {
        super(6);
        ProgressBar overall = new ProgressBar();
        overall.setId("exportProgress");
        overall.setMaxWidth(Double.MAX_VALUE);
        overall.progressProperty().bind(vm.progressProperty());
        overall.visibleProperty().bind(Bindings.isNotEmpty(vm.formatProgress()));
        Label status = new Label();
        status.setId("exportStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        rows.setId("formatProgressRows");
        rows.setHgap(8);
        rows.setVgap(2);
        vm.formatProgress().addListener((ListChangeListener<FormatProgress>) c -> rebuild(vm));

        ListView<Path> files = new ListView<>(vm.writtenFiles());
        files.setId("writtenFilesList");
        files.setPrefHeight(110);
        files.setMinHeight(80);
        ListView<String> report = new ListView<>(vm.reportLines());
        report.setId("reportList");
        report.setPrefHeight(110);
        report.setMinHeight(80);
        Button show = new Button("Show folder");
        show.setId("showFolderButton");
        show.setVisible(showFolder != null);
        show.managedProperty().bind(show.visibleProperty());
        show.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.exportedFolder().isEmpty(), vm.resultProperty()));
        show.setOnAction(e -> vm.exportedFolder().ifPresent(showFolder));
        VBox result = new VBox(4, new Label("Files written"), files, new Label("What each format kept, converted or dropped"),
                report, show);
        result.setId("exportResult");
        // Hidden until there is a result, but its room is kept: a dialog does not grow when its content does.
        result.visibleProperty().bind(vm.resultProperty().isNotNull());
        getChildren().addAll(overall, rows, status, result);
    }

    private void rebuild(SceneExportViewModel vm) {
        rows.getChildren().clear();
        for (int i = 0; i < vm.formatProgress().size(); i++) {
            FormatProgress row = vm.formatProgress().get(i);
            ProgressBar bar = new ProgressBar();
            bar.setId("progress-" + row.format().wireName());
            bar.progressProperty().bind(row.progressProperty());
            bar.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(bar, Priority.ALWAYS);
            Label state = new Label();
            state.setId("state-" + row.format().wireName());
            state.textProperty().bind(row.stateProperty());
            rows.addRow(i, new Label(row.format().label()), bar, state);
        }
    }
}
