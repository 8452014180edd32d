package io.gizmostudio.ui.generate;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The prompt-to-generate dialog; Generate stays disabled (with the reason shown) until the form is valid. */
public final class GenerateDialogView extends Dialog<ButtonType> {
    public static final ButtonType GENERATE = new ButtonType("Generate", ButtonBar.ButtonData.OK_DONE);
    /** Submits the dialog: Ctrl+Enter, Cmd+Enter on macOS. */
    public static final javafx.scene.input.KeyCombination SUBMIT = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.ENTER, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    public GenerateDialogView(GenerateDialogViewModel vm, Window owner) {
        initOwner(owner);
        setTitle("Generate an asset");
        setHeaderText("Describe the articulated asset you need");
        setResizable(true);

        TextArea prompt = new TextArea();
        prompt.setId("promptArea");
        prompt.setPromptText("e.g. a 6-DOF robot arm with a parallel-jaw gripper");
        prompt.setWrapText(true);
        prompt.setPrefRowCount(4);
        prompt.textProperty().bindBidirectional(vm.promptProperty());
        Label length = new Label();
        length.getStyleClass().add("muted");
        length.textProperty().bind(vm.promptLengthProperty());

        ListView<String> examples = new ListView<>(vm.examplePrompts());
        examples.setId("exampleList");
        examples.setPrefHeight(130);
        examples.setOnMouseClicked(e -> vm.useExample(examples.getSelectionModel().getSelectedItem()));

        TextField name = field("nameField", "optional — defaults to the prompt", vm.nameProperty());
        TextField tags = field("tagsField", "optional, comma separated: gripper, v2", vm.tagsProperty());
        TextField seed = field("seedField", "optional whole number; same prompt + seed = same asset", vm.seedProperty());

        Label reading = wrapped("promptReading", "muted", 36);
        reading.textProperty().bind(vm.readingProperty());
        Label notHonoured = wrapped("notHonoured", "warning-message", 0);
        notHonoured.textProperty().bind(vm.notHonouredProperty());
        notHonoured.visibleProperty().bind(vm.notHonouredProperty().isNotEmpty());
        notHonoured.managedProperty().bind(notHonoured.visibleProperty());

        CheckBox weld = new CheckBox("Weld the base to the world");
        weld.setId("fixedBaseCheck");
        weld.selectedProperty().bindBidirectional(vm.fixedBaseProperty());
        Label baseHint = wrapped("baseHint", "muted", 0);
        baseHint.textProperty().bind(vm.baseHintProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Tags"), tags);
        form.addRow(2, new Label("Seed"), seed);
        form.addRow(3, new Label("Base"), new VBox(2, weld, baseHint));
        GridPane.setHgrow(name, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("validationMessage");
        problem.getStyleClass().add("validation-message");
        problem.setWrapText(true);
        // Two lines reserved: the dialog keeps its size while the message comes and goes.
        problem.setMinHeight(36);
        problem.textProperty().bind(vm.validationMessageProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox content = new VBox(6,
                new Label("Prompt"), prompt, new HBox(spacer, length), reading, notHonoured,
                new Label("Examples (click to use)"), examples,
                form, problem);
        content.setPadding(new Insets(12, 12, 4, 12));
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        getDialogPane().setId("generateDialog");
        getDialogPane().getButtonTypes().addAll(GENERATE, ButtonType.CANCEL);
        Button generate = (Button) getDialogPane().lookupButton(GENERATE);
        generate.setId("generateButton");
        generate.disableProperty().bind(vm.validProperty().not());
        setOnShown(e -> prompt.requestFocus());
        // Ctrl+Enter (Cmd+Enter) submits from anywhere in the dialog, the prompt's text area included (where Enter is a
        // new line); an invalid form stays open, as the disabled button would
        getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SUBMIT.match(e)) {
                e.consume();
                if (!generate.isDisabled()) {
                    generate.fire();
                }
            }
        });
        setResultConverter(button -> {
            if (button == GENERATE) {
                vm.submit();
            }
            return button;
        });
    }

    private static Label wrapped(String id, String style, double minHeight) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(minHeight > 0 ? minHeight : Region.USE_PREF_SIZE);
        return label;
    }

    private static TextField field(String id, String hint, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(hint);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
