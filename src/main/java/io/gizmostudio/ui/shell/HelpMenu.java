package io.gizmostudio.ui.shell;

import io.gizmostudio.ui.viewport.ViewportView;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Window;

/**
 * Help: About (versions, folders, engine, licences), the keyboard shortcuts — read from the menu bar itself, so
 * the list is never out of date — and the user guide (the README the app was built with).
 */
final class HelpMenu {
    static final String README = "/io/gizmostudio/README.md";

    private HelpMenu() {
    }

    static Menu build(AboutInfo about, MenuBar bar, java.util.function.Supplier<Window> owner) {
        MenuItem guide = new MenuItem("_User guide (README)");
        guide.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        guide.setOnAction(e -> show(owner.get(), "User guide", text(readme())));
        MenuItem keys = new MenuItem("_Keyboard shortcuts");
        keys.setOnAction(e -> show(owner.get(), "Keyboard shortcuts", text(String.join("\n", shortcuts(bar)))));
        MenuItem aboutItem = new MenuItem("_About Gizmo Studio");
        aboutItem.setOnAction(e -> show(owner.get(), "About Gizmo Studio", text(String.join("\n", about.lines()))));
        Menu help = new Menu("_Help", null, guide, keys, new SeparatorMenuItem(), aboutItem);
        help.setId("helpMenu");
        return help;
    }

    /** "Ctrl+G    File › Generate asset…" for every menu item with a shortcut, then the 3D view's keys. */
    static List<String> shortcuts(MenuBar bar) {
        List<String> lines = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, plain(menu.getText()), lines);
        }
        lines.add("");
        lines.add("3D views (preview and composer)");
        lines.add(ViewportView.controlsHelp());
        return lines;
    }

    private static void collect(Menu menu, String path, List<String> lines) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " › " + plain(sub.getText()), lines);
            } else if (item.getAccelerator() != null) {
                lines.add(String.format("%-18s %s › %s", item.getAccelerator().getDisplayText(), path, plain(item.getText())));
            }
        }
    }

    private static String plain(String text) {
        return text == null ? "" : text.replace("_", "");
    }

    static String readme() {
        try (InputStream in = HelpMenu.class.getResourceAsStream(README)) {
            return in == null ? "The user guide is not in this build." : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "Could not read the user guide: " + e.getMessage();
        }
    }

    private static TextArea text(String content) {
        TextArea area = new TextArea(content);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefColumnCount(90);
        area.setPrefRowCount(24);
        area.setStyle("-fx-font-family: monospace;");
        return area;
    }

    private static void show(Window owner, String title, TextArea content) {
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setContent(content);
        alert.setResizable(true);
        alert.getDialogPane().setId("helpDialog");
        alert.show();
    }
}
