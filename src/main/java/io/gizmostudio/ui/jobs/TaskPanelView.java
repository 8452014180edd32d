package io.gizmostudio.ui.jobs;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The running jobs, each with its progress and a button to stop waiting for it. */
public final class TaskPanelView extends VBox {

    public TaskPanelView(JobTracker jobs) {
        getStyleClass().add("task-panel");
        Label header = new Label("Running jobs");
        header.getStyleClass().add("panel-header");
        ListView<TrackedJob> list = new ListView<>(jobs.runningJobs());
        list.setId("taskList");
        list.setPlaceholder(new Label("No jobs running. Generations show up here; exports show their progress in the export dialog."));
        list.setCellFactory(v -> new JobCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        setPadding(new Insets(4, 8, 8, 8));
        setSpacing(4);
        getChildren().addAll(header, list);
    }

    /** A job row; binds to the job's properties and unbinds when the cell is reused. */
    private static final class JobCell extends ListCell<TrackedJob> {
        private final Label title = new Label();
        private final Label detail = new Label();
        private final ProgressBar progress = new ProgressBar();
        private final Button cancel = new Button("Cancel");
        private final HBox row;

        JobCell() {
            detail.getStyleClass().add("muted");
            progress.setPrefWidth(140);
            cancel.getStyleClass().add("small-button");
            VBox text = new VBox(1, title, detail);
            HBox.setHgrow(text, Priority.ALWAYS);
            row = new HBox(8, text, progress, cancel);
            row.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(TrackedJob job, boolean empty) {
            super.updateItem(job, empty);
            title.textProperty().unbind();
            detail.textProperty().unbind();
            progress.progressProperty().unbind();
            if (empty || job == null) {
                setGraphic(null);
                return;
            }
            title.textProperty().bind(job.titleProperty());
            detail.textProperty().bind(job.detailProperty());
            progress.progressProperty().bind(job.progressProperty());
            cancel.setOnAction(e -> job.cancel());
            setGraphic(row);
        }
    }
}
