package io.gizmostudio.ui.shell;

import io.gizmostudio.ui.common.Command;
import io.gizmostudio.ui.library.AssetActionsViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Menu bar and toolbar over the same {@link Command}s, with the shortcuts shown in the menus. */
final class MainMenus {
    static final KeyCombination GENERATE = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
    static final KeyCombination DELETE = new KeyCodeCombination(KeyCode.DELETE);
    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);

    private MainMenus() {
    }

    static MenuBar menuBar(MainWindowViewModel vm, Command guardedDelete, Command openDescription) {
        AssetActionsViewModel actions = vm.actions();
        Menu file = new Menu("_File", null,
                item("_Generate asset…", vm.generateCommand(), GENERATE),
                item("_Open robot description…", openDescription, OPEN),
                item("_Export selected…", actions.exportCommand(), null),
                new SeparatorMenuItem(),
                item("_Connections…", vm.settingsCommand(), null),
                new SeparatorMenuItem(),
                item("_Quit", vm.quitCommand(), QUIT));
        Menu edit = new Menu("_Edit", null,
                item("_Find", vm.focusSearchCommand(), SEARCH),
                item("Copy asset _id", actions.copyIdCommand(), null),
                item("_Regenerate with same prompt", actions.regenerateCommand(), null),
                new SeparatorMenuItem(),
                item("_Delete asset…", guardedDelete, DELETE));
        Menu view = new Menu("_View", null, item("_Refresh", vm.refreshCommand(), REFRESH));
        MenuBar bar = new MenuBar(file, edit, view);
        bar.setId("menuBar");
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

    private static MenuItem item(String text, Command command, KeyCombination shortcut) {
        MenuItem item = new MenuItem(text);
        item.disableProperty().bind(command.executableProperty().not());
        item.setOnAction(e -> command.execute());
        if (shortcut != null) {
            item.setAccelerator(shortcut);
        }
        return item;
    }

    private static Button button(String id, String text, String tip, Command command) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.disableProperty().bind(command.executableProperty().not());
        b.setOnAction(e -> command.execute());
        return b;
    }
}
