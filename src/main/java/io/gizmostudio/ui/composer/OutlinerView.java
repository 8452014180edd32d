package io.gizmostudio.ui.composer;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/**
 * The scene's placements in order: name, asset, and what is wrong with it. Its selection and the canvas's are one
 * (the ViewModel's); F2 or a double click renames; Delete removes the selected placements.
 */
public final class OutlinerView extends VBox {
    private final ListView<OutlinerRow> list;
    private boolean syncing;

    public OutlinerView(OutlinerViewModel vm, SceneComposerViewModel composer) {
        setId("outliner");
        Label title = new Label("Placements");
        title.getStyleClass().add("pane-title");
        title.setPadding(new Insets(4, 6, 2, 6));
        // The list gets its own copy of the rows: replacing a ListView's items while it has a multiple selection trips
        // a JavaFX bug (UnsupportedOperationException from its selected-items list), so the selection is cleared first.
        list = new ListView<>(FXCollections.observableArrayList(vm.rows()));
        list.setId("outlinerList");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Label empty = new Label("Drag assets from the library onto the canvas.");
        empty.setWrapText(true);
        empty.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        empty.setPadding(new javafx.geometry.Insets(8));
        list.setPlaceholder(empty);
        list.setCellFactory(l -> new RowCell());
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(title, list);

        list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<OutlinerRow>) c -> {
            if (!syncing) {
                List<String> ids = list.getSelectionModel().getSelectedItems().stream()
                        .filter(java.util.Objects::nonNull).map(OutlinerRow::placementId).toList();
                composer.selectAll(ids, SelectMode.REPLACE);
            }
        });
        composer.selection().addListener((ListChangeListener<String>) c -> showSelection(composer));
        vm.rows().addListener((ListChangeListener<OutlinerRow>) c -> {
            syncing = true;
            try {
                list.getSelectionModel().clearSelection();
                list.getItems().setAll(vm.rows());
            } finally {
                syncing = false;
            }
            showSelection(composer);
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F2) {
                rename(composer);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                composer.deleteCommand().execute();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                rename(composer);
            }
        });
    }

    public ListView<OutlinerRow> list() {
        return list;
    }

    private void showSelection(SceneComposerViewModel composer) {
        syncing = true;
        try {
            list.getSelectionModel().clearSelection();
            for (int i = 0; i < list.getItems().size(); i++) {
                if (composer.selection().contains(list.getItems().get(i).placementId())) {
                    list.getSelectionModel().select(i);
                }
            }
            if (!composer.selection().isEmpty()) {
                int first = list.getItems().stream().map(OutlinerRow::placementId).toList().indexOf(composer.selection().get(0));
                if (first >= 0) {
                    list.scrollTo(first);
                }
            }
        } finally {
            syncing = false;
        }
    }

    private void rename(SceneComposerViewModel composer) {
        OutlinerRow row = list.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(row.name());
        dialog.setTitle("Rename placement");
        dialog.setHeaderText("New name for " + row.name());
        dialog.initOwner(getScene().getWindow());
        Optional<String> name = dialog.showAndWait();
        name.ifPresent(n -> composer.rename(row.placementId(), n));
    }

    private static final class RowCell extends ListCell<OutlinerRow> {
        private final Label name = new Label();
        private final Label asset = new Label();
        private final Label warnings = new Label();
        private final VBox box = new VBox(1, name, asset, warnings);

        RowCell() {
            name.getStyleClass().add("card-name");
            asset.getStyleClass().add("card-meta");
            warnings.getStyleClass().add("placement-warning");
            warnings.setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(OutlinerRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setId(null);
                setTooltip(null);
                return;
            }
            setId("outliner-" + row.placementId());
            name.setText(row.warnings().isEmpty() ? row.name() : "⚠ " + row.name());
            asset.setText(row.assetName());
            warnings.setText(row.warnings());
            warnings.setVisible(!row.warnings().isEmpty());
            warnings.setManaged(!row.warnings().isEmpty());
            setTooltip(row.warnings().isEmpty() ? null : new Tooltip(row.warnings()));
            setGraphic(box);
        }
    }
}
