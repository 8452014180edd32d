package io.gizmostudio.ui.scenes;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The pre-check's problems, one line each with its Fix button; says so when the scene is clean. */
final class ExportProblemsView extends VBox {
    private final SceneExportViewModel vm;

    ExportProblemsView(SceneExportViewModel vm) {
        super(4);
        this.vm = vm;
        setId("exportProblems");
        vm.problems().addListener((ListChangeListener<ExportProblem>) change -> rebuild(vm.problems()));
        rebuild(vm.problems());
    }

    private void rebuild(List<? extends ExportProblem> problems) {
        getChildren().clear();
        if (problems.isEmpty()) {
            Label clean = new Label("No problems found: the scene should simulate as it looks.");
            clean.setId("noExportProblems");
            getChildren().add(clean);
            return;
        }
        for (int i = 0; i < problems.size(); i++) {
            getChildren().add(row(problems.get(i), i));
        }
    }

    private HBox row(ExportProblem problem, int index) {
        Label mark = new Label(problem.severity() == ExportProblem.Severity.WARNING ? "\u26a0" : "\u2139");
        mark.getStyleClass().add(problem.severity() == ExportProblem.Severity.WARNING ? "warning-mark" : "note-mark");
        Label message = new Label(problem.message());
        message.setId("problem-" + index);
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox row = new HBox(6, mark, message);
        row.setAlignment(Pos.CENTER_LEFT);
        problem.optionalFix().ifPresent(fix -> {
            Button button = new Button(fix.label());
            button.setId("fix-" + index);
            button.setMinWidth(Button.USE_PREF_SIZE);
            button.disableProperty().bind(vm.runningProperty());
            button.setOnAction(e -> vm.fix(problem));
            row.getChildren().add(button);
        });
        return row;
    }
}
