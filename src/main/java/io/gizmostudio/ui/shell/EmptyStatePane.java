package io.gizmostudio.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A reserved area that says what will live there. */
final class EmptyStatePane extends VBox {
    EmptyStatePane(String id, String symbol, String title, String text) {
        setId(id);
        getStyleClass().add("empty-pane");
        setAlignment(Pos.CENTER);
        setSpacing(8);
        Label icon = new Label(symbol);
        icon.getStyleClass().add("empty-icon");
        Label heading = new Label(title);
        heading.getStyleClass().add("empty-title");
        Label body = new Label(text);
        body.getStyleClass().add("empty-state");
        body.setWrapText(true);
        body.setMaxWidth(360);
        getChildren().addAll(icon, heading, body);
    }
}
