package io.gizmostudio.ui.library;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The details pane of the selected asset: sections of label/value rows. */
public final class AssetDetailsView extends ScrollPane {
    private final GridPane grid = new GridPane();

    public AssetDetailsView(AssetDetailsViewModel vm) {
        setId("assetDetails");
        setFitToWidth(true);
        Label title = new Label();
        title.getStyleClass().add("details-title");
        title.textProperty().bind(vm.titleProperty());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("empty-state");
        placeholder.textProperty().bind(vm.placeholderProperty());
        placeholder.managedProperty().bind(vm.placeholderProperty().isNotEmpty());
        grid.setHgap(10);
        grid.setVgap(3);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(70);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        vm.rows().addListener((ListChangeListener<AssetDetailsViewModel.DetailRow>) change -> rebuild(vm));
        rebuild(vm);
        VBox content = new VBox(6, title, placeholder, grid);
        content.setPadding(new Insets(8));
        setContent(content);
    }

    private void rebuild(AssetDetailsViewModel vm) {
        grid.getChildren().clear();
        int row = 0;
        String section = null;
        for (AssetDetailsViewModel.DetailRow r : vm.rows()) {
            if (!r.section().equals(section)) {
                section = r.section();
                Label header = new Label(section);
                header.getStyleClass().add("details-section");
                grid.add(header, 0, row++, 2, 1);
            }
            Label label = new Label(r.label());
            label.getStyleClass().add("muted");
            Label value = new Label(r.value());
            value.setWrapText(true);
            grid.add(label, 0, row);
            grid.add(value, 1, row++);
        }
    }
}
