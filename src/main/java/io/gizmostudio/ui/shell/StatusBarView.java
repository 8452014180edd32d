package io.gizmostudio.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

/** Bottom line: connection light, server, its state or what to do, and the running jobs. */
final class StatusBarView extends HBox {
    StatusBarView(MainWindowViewModel vm) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        setPadding(new Insets(3, 10, 3, 10));
        ConnectionStatusViewModel connection = vm.connection();
        Circle light = new Circle(5);
        light.getStyleClass().add("connection-light");
        connection.stateProperty().addListener((obs, old, now) -> style(light, now));
        style(light, connection.stateProperty().get());
        Label server = new Label();
        server.setId("connectionServer");
        server.textProperty().bind(connection.serverProperty());
        Label detail = new Label();
        detail.setId("connectionDetail");
        detail.getStyleClass().add("muted");
        detail.textProperty().bind(connection.detailProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label jobs = new Label();
        jobs.setId("jobsStatus");
        jobs.textProperty().bind(vm.jobsTextProperty());
        getChildren().addAll(light, server, detail, spacer, jobs);
    }

    private static void style(Circle light, ConnectionState state) {
        light.getStyleClass().removeAll("state-connecting", "state-healthy", "state-unhealthy");
        light.getStyleClass().add("state-" + state.name().toLowerCase(java.util.Locale.ROOT));
    }
}
