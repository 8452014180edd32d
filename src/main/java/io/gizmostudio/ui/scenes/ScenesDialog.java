package io.gizmostudio.ui.scenes;

import io.gizmostudio.api.Scene;
import io.gizmostudio.ui.common.FxDialogService;
import io.gizmostudio.ui.common.SceneService;
import io.gizmostudio.ui.common.UiExecutor;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Shows the scene browser ({@link ScenesView} over a {@link ScenesViewModel}) as a modal window owned by the main
 * window. Opening a scene (or making one) closes it and hands the full scene to the caller.
 */
public final class ScenesDialog {
    private final SceneService scenes;
    private final RecentScenes recent;
    private final UiExecutor executor;
    private final ZoneId zone;

    public ScenesDialog(SceneService scenes, RecentScenes recent, UiExecutor executor, ZoneId zone) {
        this.scenes = scenes;
        this.recent = recent;
        this.executor = executor;
        this.zone = zone;
    }

    /**
     * Opens the browser over {@code owner} and returns at once (the window is modal to its owner only).
     *
     * @param onOpen    on the FX thread, after the window closed: the scene to show in the composer
     * @param onDeleted on the FX thread: a scene deleted here, for the app to close if it is the open one
     * @param onRenamed on the FX thread: a scene renamed here, for the app to retitle if it is the open one
     * @return the dialog's window (tests look into it)
     */
    public Stage show(Window owner, Consumer<Scene> onOpen, Consumer<String> onDeleted, Consumer<Scene> onRenamed) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Scenes");
        ScenesViewModel vm = new ScenesViewModel(scenes, recent, new FxDialogService(() -> stage), executor, zone,
                scene -> {
                    stage.close();
                    onOpen.accept(scene);
                }, onDeleted);
        vm.setOnRenamed(onRenamed);
        ScenesView view = new ScenesView(vm, stage::close);
        javafx.scene.Scene content = new javafx.scene.Scene(view, 760, 480);
        if (owner != null && owner.getScene() != null) {
            content.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        content.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(content);
        stage.setOnShown(e -> view.focusSearch());
        vm.refresh();
        stage.show();
        return stage;
    }
}
