package io.gizmostudio.ui.scenes;

import io.gizmostudio.ui.common.Command;
import io.gizmostudio.ui.common.MenuItems;
import io.gizmostudio.ui.common.UiExecutor;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * The scene documents' entries at the top of the File menu: New, Open…, Open recent, Save, Rename…, Open scene
 * file… / Save scene to file… ({@link SceneFile}), Export…, and the autosave switch, with their shortcuts.
 */
public final class SceneFileMenu {
    public static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    private final SceneSessionViewModel session;
    private final SceneFileActions files;
    private final ScenesDialog browser;
    private final UiExecutor ui;
    private final Supplier<Window> owner;
    private final Command export;

    /** {@code export} opens the scene export dialog (the composition root saves first where needed). */
    public SceneFileMenu(SceneSessionViewModel session, SceneFileActions files, ScenesDialog browser, UiExecutor ui,
                         Supplier<Window> owner, Command export) {
        this.session = session;
        this.files = files;
        this.browser = browser;
        this.ui = ui;
        this.owner = owner;
        this.export = export;
    }

    public List<MenuItem> items() {
        Menu recent = new Menu("Open _recent");
        recent.setId("recentScenesMenu");
        recent.getItems().add(new MenuItem("(none)"));
        recent.setOnShowing(e -> ui.submit(session::recentScenes, list -> {
            recent.getItems().clear();
            for (RecentScene r : list) {
                MenuItem item = new MenuItem(r.name());
                item.setMnemonicParsing(false);
                item.setOnAction(a -> session.openRecent(r));
                recent.getItems().add(item);
            }
            if (list.isEmpty()) {
                MenuItem none = new MenuItem("(none yet)");
                none.setDisable(true);
                recent.getItems().add(none);
            }
        }, failure -> { }));
        CheckMenuItem autosave = new CheckMenuItem("Save _automatically");
        autosave.setId("autosaveItem");
        autosave.selectedProperty().bindBidirectional(session.autosaveProperty());
        MenuItem save = MenuItems.item("_Save scene", session.saveCommand(), SAVE);
        save.setId("saveSceneItem");
        return List.of(
                MenuItems.item("_New scene", Command.of(session::newScene), NEW),
                MenuItems.item("_Open scene…", Command.of(this::openScene), OPEN),
                recent,
                save,
                MenuItems.item("Rena_me scene…", Command.of(this::renameScene), null),
                MenuItems.item("Open scene _file…", Command.of(this::openSceneFile), null),
                MenuItems.item("Save scene to f_ile…", Command.of(this::saveSceneFile), null),
                MenuItems.item("E_xport scene…", export, EXPORT),
                autosave,
                new SeparatorMenuItem());
    }

    private void openScene() {
        session.whenSettled("opening another scene", () -> browser.show(owner.get(), session::open, session::deleted,
                renamed -> session.renamed(renamed.id(), renamed.name())));
    }

    private void openSceneFile() {
        javafx.stage.FileChooser chooser = chooser("Open scene file");
        java.io.File picked = chooser.showOpenDialog(owner.get());
        if (picked != null) {
            files.openFile(picked.toPath());
        }
    }

    private void saveSceneFile() {
        javafx.stage.FileChooser chooser = chooser("Save scene to file");
        chooser.setInitialFileName(SceneFile.fileName(session.sceneName()));
        java.io.File picked = chooser.showSaveDialog(owner.get());
        if (picked != null) {
            java.nio.file.Path file = picked.toPath();
            files.saveToFile(SceneFile.isSceneFile(file) ? file : file.resolveSibling(file.getFileName() + SceneFile.EXTENSION));
        }
    }

    private static javafx.stage.FileChooser chooser(String title) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Gizmo Studio scenes", "*" + SceneFile.EXTENSION));
        return chooser;
    }

    private void renameScene() {
        new SceneNameDialog(owner.get(), "Rename scene", session.sceneName(), session::nameProblem)
                .showAndWait().ifPresent(session::renameScene);
    }
}
