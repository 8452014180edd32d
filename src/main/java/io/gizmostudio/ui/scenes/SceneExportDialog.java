package io.gizmostudio.ui.scenes;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The scene export dialog, non-modal to its owner so the user can apply a fix and watch it in the composer.
 * Export runs without closing the dialog; Cancel stops a running export, otherwise closes. Closing disposes the
 * ViewModel (which cancels a running export). {@code showFolder} opens a folder in the desktop's file manager;
 * null hides "Show folder".
 */
public final class SceneExportDialog extends Dialog<Void> {
    public static final ButtonType EXPORT = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType CLOSE = new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE);

    public SceneExportDialog(Window owner, SceneExportViewModel vm, Consumer<Path> showFolder) {
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle("Export " + vm.subject().kind().word());
        setHeaderText(vm.headline());
        setResizable(true);
        getDialogPane().setId("sceneExportDialog");
        getDialogPane().setContent(new SceneExportView(vm, () -> browse(vm), showFolder));
        getDialogPane().getButtonTypes().addAll(EXPORT, CLOSE);

        Button export = (Button) getDialogPane().lookupButton(EXPORT);
        export.setId("exportButton");
        export.disableProperty().bind(vm.canExportProperty().not());
        export.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // keep the dialog open: progress and result show in it
            vm.export();
        });
        Button close = (Button) getDialogPane().lookupButton(CLOSE);
        close.setId("cancelExportButton");
        vm.runningProperty().addListener((obs, was, running) -> close.setText(running ? "Cancel export" : "Close"));
        close.addEventFilter(ActionEvent.ACTION, e -> {
            if (vm.runningProperty().get()) {
                e.consume();
                vm.cancel();
            }
        });
        setResultConverter(button -> null);
        setOnHidden(e -> vm.dispose());
    }

    private void browse(SceneExportViewModel vm) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export into folder");
        Path current = ExportDestination.parse(vm.destinationProperty().get()).folder();
        // Only a folder that exists can be the chooser's start (a slow stat on the FX thread is what the chooser does anyway).
        if (current != null && Files.isDirectory(current)) {
            chooser.setInitialDirectory(current.toFile());
        }
        File picked = chooser.showDialog(getDialogPane().getScene().getWindow());
        if (picked != null) {
            vm.destinationProperty().set(picked.toPath().toString());
        }
    }
}
