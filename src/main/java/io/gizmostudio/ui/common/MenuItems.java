package io.gizmostudio.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/** Menu items and toolbar buttons over a {@link Command}: disabled while it cannot run, the shortcut shown. */
public final class MenuItems {
    private MenuItems() {
    }

    public static MenuItem item(String text, Command command, KeyCombination shortcut) {
        MenuItem item = new MenuItem(text);
        item.disableProperty().bind(command.executableProperty().not());
        item.setOnAction(e -> command.execute());
        if (shortcut != null) {
            item.setAccelerator(shortcut);
        }
        return item;
    }

    /** An item whose text follows {@code text} ("Undo Move table"). */
    public static MenuItem item(ObservableStringValue text, Command command, KeyCombination shortcut) {
        MenuItem item = item("", command, shortcut);
        item.textProperty().bind(text);
        return item;
    }

    public static Button button(String id, String text, String tip, Command command) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.disableProperty().bind(command.executableProperty().not());
        b.setOnAction(e -> command.execute());
        return b;
    }

    /** A toolbar button showing {@code icon}; {@code tip} is its tooltip and what a screen reader says. */
    public static Button button(String id, ToolIcon icon, String tip, Command command) {
        Button b = button(id, "", tip, command);
        b.setGraphic(icon.node());
        b.setAccessibleText(tip);
        return b;
    }
}
