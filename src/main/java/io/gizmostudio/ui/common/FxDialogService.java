package io.gizmostudio.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** The JavaFX {@link DialogService}: modal alerts and choosers owned by the main window, ControlsFX notifications. */
public final class FxDialogService implements DialogService {
    private static final int NOTIFICATION_COLUMNS = 60;
    private static final int NOTIFICATION_LINES = 8;
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.initOwner(owner.get());
        // Cancel is the default: an accidental Enter must not delete anything.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<String> ask(String title, String message, List<String> answers) {
        List<ButtonType> buttons = new java.util.ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            buttons.add(new ButtonType(answers.get(i), i == 0 ? ButtonBar.ButtonData.YES : ButtonBar.ButtonData.NO));
        }
        buttons.add(ButtonType.CANCEL);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, buttons.toArray(ButtonType[]::new));
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.initOwner(owner.get());
        alert.getDialogPane().setId("askDialog");
        for (ButtonType b : buttons) {
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(b)).setDefaultButton(b == ButtonType.CANCEL);
        }
        return alert.showAndWait().filter(b -> b != ButtonType.CANCEL).map(ButtonType::getText);
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner.get());
        alert.getDialogPane().setId("errorDialog");
        alert.showAndWait();
    }

    @Override
    public void notifyInfo(String title, String message) {
        notification(title, message).showInformation();
    }

    @Override
    public void notifyError(String title, String message) {
        notification(title, message).hideAfter(Duration.seconds(12)).showError();
    }

    @Override
    public Optional<String> chooseOne(String title, String prompt, List<String> options, String preselected) {
        ChoiceDialog<String> dialog = new ChoiceDialog<>(preselected, options);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(prompt);
        dialog.initOwner(owner.get());
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedFileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedFileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ZIP archive", "*.zip"));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String kind, List<String> patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, patterns));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(java.io.File::toPath);
    }

    @Override
    public void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private Notifications notification(String title, String message) {
        // bounded to the window: a 60-column, 8-line toast is under 500 px wide at the default font
        return Notifications.create().title(title).text(NotificationText.wrap(message, NOTIFICATION_COLUMNS, NOTIFICATION_LINES))
                .owner(owner.get())
                .position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(6));
    }
}
