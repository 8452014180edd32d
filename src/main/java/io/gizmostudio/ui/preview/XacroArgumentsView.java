package io.gizmostudio.ui.preview;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The xacro arguments dialog: a field per declared argument (its default as the hint), Expand disabled until valid. */
public final class XacroArgumentsView extends Dialog<ButtonType> {
    public static final ButtonType EXPAND = new ButtonType("Expand", ButtonBar.ButtonData.OK_DONE);

    public XacroArgumentsView(XacroArgumentsViewModel vm, Window owner) {
        initOwner(owner);
        setTitle("xacro arguments");
        setHeaderText("Arguments of " + vm.file().getFileName() + " (blank keeps the default)");
        setResizable(true);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int row = 0;
        for (XacroArgumentsViewModel.Row r : vm.rows()) {
            TextField field = new TextField();
            field.setId("xacroArg-" + r.name());
            field.setPromptText(r.required() ? "required: no default" : "default: " + r.defaultText());
            field.textProperty().bindBidirectional(r.valueProperty());
            GridPane.setHgrow(field, Priority.ALWAYS);
            form.addRow(row++, new Label(r.name() + (r.required() ? " *" : "")), field);
        }
        Label problem = new Label();
        problem.setId("xacroArgsProblem");
        problem.getStyleClass().add("validation-message");
        problem.textProperty().bind(vm.problemProperty());
        VBox content = new VBox(8, form, problem);
        content.setPadding(new Insets(12, 12, 4, 12));
        content.setPrefWidth(480);
        getDialogPane().setContent(content);
        getDialogPane().setId("xacroArgsDialog");
        getDialogPane().getButtonTypes().addAll(EXPAND, ButtonType.CANCEL);
        Button expand = (Button) getDialogPane().lookupButton(EXPAND);
        expand.setId("xacroExpandButton");
        expand.disableProperty().bind(vm.expandCommand().executableProperty().not());
        setResultConverter(button -> {
            if (button == EXPAND) {
                vm.expandCommand().execute();
            }
            return button;
        });
    }
}
