package io.gizmostudio.ui.shell;

import io.gizmostudio.ui.common.Command;
import io.gizmostudio.ui.common.MenuItems;
import io.gizmostudio.ui.library.AssetActionsViewModel;
import javafx.scene.control.Button;
import io.gizmostudio.ui.composer.SceneActions;
import io.gizmostudio.ui.composer.SceneMenus;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Menu bar and toolbar over the same {@link Command}s, with the shortcuts shown in the menus. */
final class MainMenus {
    static final KeyCombination GENERATE = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
    static final KeyCombination DELETE = new KeyCodeCombination(KeyCode.DELETE);
    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination EXPORT_SELECTED = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);

    private MainMenus() {
    }

    static final KeyCombination SHOW_LIBRARY = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination SHOW_PREVIEW = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination SHOW_SCENE_PANEL = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    static MenuBar menuBar(MainWindowViewModel vm, Command guardedDelete, Command openDescription, SceneActions scene,
                           List<MenuItem> sceneFileItems, MainWindowView window, AboutInfo about) {
        AssetActionsViewModel actions = vm.actions();
        Menu file = new Menu("_File");
        file.getItems().addAll(sceneFileItems);
        file.getItems().addAll(
                item("_Generate asset…", vm.generateCommand(), GENERATE),
                item("_Open robot description…", openDescription, OPEN),
                item("_Export selected…", actions.exportCommand(), EXPORT_SELECTED),
                new SeparatorMenuItem(),
                item("_Connections…", vm.settingsCommand(), null),
                new SeparatorMenuItem(),
                item("_Quit", vm.quitCommand(), QUIT));
        file.setId("fileMenu");
        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(SceneMenus.editItems(scene));
        edit.getItems().addAll(
                item("_Find", vm.focusSearchCommand(), SEARCH),
                item("Copy asset _id", actions.copyIdCommand(), null),
                item("_Regenerate with same prompt", actions.regenerateCommand(), null),
                new SeparatorMenuItem(),
                item("_Delete (placements in the scene, else the asset…)", guardedDelete, DELETE));
        Menu view = new Menu("_View", null, item("_Refresh", vm.refreshCommand(), REFRESH), new SeparatorMenuItem(),
                toggle("_Library", SHOW_LIBRARY, window::libraryShown, window::showLibrary),
                toggle("_Preview", SHOW_PREVIEW, window::previewShown, window::showPreview),
                toggle("_Scene panel (placements, inspector)", SHOW_SCENE_PANEL, window::scenePanelShown, window::showScenePanel));
        MenuBar bar = new MenuBar(file, edit, SceneMenus.sceneMenu(scene), view);
        bar.setId("menuBar");
        bar.getMenus().add(HelpMenu.build(about, bar, window::owner));
        return bar;
    }

    static ToolBar toolBar(MainWindowViewModel vm) {
        AssetActionsViewModel actions = vm.actions();
        Button generate = button("toolbarGenerate", "✚ Generate", "Generate an asset from a prompt (Ctrl+G)", vm.generateCommand());
        generate.getStyleClass().add("accent");
        return new ToolBar(generate,
                button("toolbarRefresh", "⟳ Refresh", "Reload the library (F5)", vm.refreshCommand()),
                button("toolbarExport", "⤓ Export", "Export the selected asset", actions.exportCommand()),
                button("toolbarDelete", "✖ Delete", "Delete the selected asset (Delete)", actions.deleteCommand()),
                button("toolbarSettings", "⚙ Connections", "Choose the server and API key", vm.settingsCommand()));
    }

    private static CheckMenuItem toggle(String text, KeyCombination shortcut, BooleanSupplier shown, Consumer<Boolean> show) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setAccelerator(shortcut);
        item.setSelected(shown.getAsBoolean());
        item.selectedProperty().addListener((obs, was, now) -> show.accept(now));
        // the layout may restore a hidden pane after the menus are built: read the state each time the menu opens
        item.parentMenuProperty().addListener((obs, was, menu) -> {
            if (menu != null) {
                menu.addEventHandler(Menu.ON_SHOWING, e -> item.setSelected(shown.getAsBoolean()));
            }
        });
        return item;
    }

    private static MenuItem item(String text, Command command, KeyCombination shortcut) {
        return MenuItems.item(text, command, shortcut);
    }

    private static Button button(String id, String text, String tip, Command command) {
        return MenuItems.button(id, text, tip, command);
    }
}
