package io.gizmostudio.ui.composer;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The array tool: rows, columns and spacing for copies of the selected placement; binds {@link ArrayToolViewModel}. */
final class ArrayDialog extends Dialog<Boolean> {
    ArrayDialog(ArrayToolViewModel vm, Window owner) {
        setTitle("Array");
        setHeaderText("Copies of the selected placement on a grid");
        initOwner(owner);
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.addRow(0, new Label("Rows (along Y)"), field("arrayRows", vm.rowsProperty()));
        grid.addRow(1, new Label("Columns (along X)"), field("arrayColumns", vm.columnsProperty()));
        grid.addRow(2, new Label("Spacing X (m)"), field("arraySpacingX", vm.spacingXProperty()));
        grid.addRow(3, new Label("Spacing Y (m)"), field("arraySpacingY", vm.spacingYProperty()));
        Label error = new Label();
        error.setId("arrayError");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(vm.errorProperty());
        grid.add(error, 0, 4, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(vm.validProperty().not());
        setResultConverter(b -> b == ButtonType.OK && vm.apply());
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(6);
        f.textProperty().bindBidirectional(p);
        return f;
    }
}
