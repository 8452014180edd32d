package io.gizmostudio.ui.scenes;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for a scene name; OK stays disabled, with the reason shown, until the ViewModel accepts the text. */
final class SceneNameDialog extends Dialog<String> {
    SceneNameDialog(Window owner, String title, String initial, Function<String, Optional<String>> problem) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(null);
        ButtonType ok = new ButtonType("OK", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        getDialogPane().setId("sceneNameDialog");

        TextField name = new TextField(initial);
        name.setId("sceneNameField");
        name.setPrefColumnCount(32);
        Label why = new Label();
        why.setId("sceneNameProblem");
        why.getStyleClass().add("validation-message");
        why.setMinHeight(18);
        StringBinding text = Bindings.createStringBinding(() -> problem.apply(name.getText()).orElse(""), name.textProperty());
        // Nothing typed yet is not an error worth shouting about; OK being disabled says enough.
        why.textProperty().bind(Bindings.when(name.textProperty().isEmpty()).then("").otherwise(text));
        Node okButton = getDialogPane().lookupButton(ok);
        okButton.setId("sceneNameOk");
        okButton.disableProperty().bind(text.isNotEmpty());

        VBox content = new VBox(6, new Label("Name"), name, why);
        content.setPadding(new Insets(12, 12, 4, 12));
        getDialogPane().setContent(content);
        setOnShown(e -> {
            name.requestFocus();
            name.selectAll();
        });
        setResultConverter(button -> button == ok ? name.getText() : null);
    }
}
