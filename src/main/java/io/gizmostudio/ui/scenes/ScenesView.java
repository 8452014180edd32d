package io.gizmostudio.ui.scenes;

import io.gizmostudio.ui.common.Command;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The scene browser's content: search, the scene table, recent scenes and the actions. Binds to its ViewModel only. */
public final class ScenesView extends BorderPane {
    private final TableView<SceneRow> table = new TableView<>();

    public ScenesView(ScenesViewModel vm, Runnable close) {
        setPadding(new Insets(10));
        TextField search = new TextField();
        search.setId("sceneSearch");
        search.setPromptText("Search scene names");
        search.textProperty().bindBidirectional(vm.searchTextProperty());

        table.setId("sceneTable");
        table.setItems(vm.rows());
        table.getColumns().add(column("Name", "sceneNameColumn", SceneRow::name, 320));
        table.getColumns().add(column("Placements", "scenePlacementsColumn", SceneRow::placementsText, 90));
        table.getColumns().add(column("Updated", "sceneUpdatedColumn", SceneRow::updated, 140));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(""));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.openCommand().execute();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.openCommand().execute();
                e.consume();
            }
        });

        ListView<RecentScene> recent = new ListView<>(vm.recentScenes());
        recent.setId("recentScenes");
        recent.setPrefWidth(180);
        recent.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RecentScene item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        recent.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && recent.getSelectionModel().getSelectedItem() != null) {
                vm.openRecent(recent.getSelectionModel().getSelectedItem());
            }
        });

        Label message = new Label();
        message.setId("sceneMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        Button create = button("New…", "newSceneButton", () -> askName(vm, "New scene", "").ifPresent(vm::create));
        create.disableProperty().bind(vm.busyProperty());
        Button open = button("Open", "openSceneButton", vm.openCommand());
        open.setDefaultButton(true);
        Button rename = button("Rename…", "renameSceneButton", () -> askName(vm, "Rename scene",
                vm.selectedProperty().get().name()).ifPresent(vm::rename));
        rename.disableProperty().bind(vm.canActOnSelectionProperty().not());
        Button more = button("Load more", "loadMoreScenesButton", vm::loadMore);
        more.visibleProperty().bind(vm.hasMoreProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(6, create, open, rename, button("Duplicate", "duplicateSceneButton", vm.duplicateCommand()),
                button("Delete…", "deleteSceneButton", vm.deleteCommand()), spacer, more,
                button("Close", "closeScenesButton", close));

        VBox centre = new VBox(6, search, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox side = new VBox(6, new Label("Recent"), recent);
        VBox.setVgrow(recent, Priority.ALWAYS);
        side.setPadding(new Insets(0, 10, 0, 0));
        setLeft(side);
        setCenter(centre);
        setBottom(new VBox(6, message, buttons));
        BorderPane.setMargin(getBottom(), new Insets(8, 0, 0, 0));
    }

    /** Puts the caret in the search field, where the user starts. */
    public void focusSearch() {
        lookup("#sceneSearch").requestFocus();
    }

    private java.util.Optional<String> askName(ScenesViewModel vm, String title, String initial) {
        return new SceneNameDialog(getScene().getWindow(), title, initial, vm::nameProblem).showAndWait();
    }

    private static TableColumn<SceneRow, String> column(String title, String id, java.util.function.Function<SceneRow, String> value,
                                                        double width) {
        TableColumn<SceneRow, String> c = new TableColumn<>(title);
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    private static Button button(String text, String id, Command command) {
        Button b = button(text, id, command::execute);
        b.disableProperty().bind(command.executableProperty().not());
        return b;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
