package io.gizmostudio.ui.preview;

import io.gizmostudio.core.format.RobotDescriptionReader;
import io.gizmostudio.ui.viewport.ViewportView;
import java.io.File;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The right-hand preview: an empty state when nothing is selected, a message while loading or when the
 * description cannot be read, otherwise the viewport with its sliders and a details list. Accepts a
 * dropped .urdf or MJCF .xml file anywhere on it.
 */
public final class PreviewView extends StackPane {
    private static final String HINT = "Select a ready asset, or open or drop a .urdf / .xacro / MJCF .xml file, to see it"
            + " in 3D with joint sliders.";
    private final ViewportView viewportView;

    public PreviewView(PreviewViewModel vm, LibraryImportViewModel importer) {
        setId("previewPane");
        viewportView = new ViewportView(vm.viewport());
        Label title = new Label();
        title.setId("previewTitle");
        title.getStyleClass().add("empty-title");
        title.setPadding(new Insets(4, 8, 4, 8));
        title.textProperty().bind(javafx.beans.binding.Bindings.when(vm.shownAssetIdProperty().isNull())
                .then(vm.titleProperty()).otherwise(vm.titleProperty().concat("   ⠿ drag into the scene")));
        title.setTooltip(new javafx.scene.control.Tooltip("Drag this title onto the scene canvas to place the asset"));
        title.setOnDragDetected(e -> {
            String id = vm.shownAssetIdProperty().get();
            if (id != null) {
                title.startDragAndDrop(TransferMode.COPY).setContent(io.gizmostudio.ui.library.AssetDragFormat.contentFor(id));
                e.consume();
            }
        });
        ListView<String> details = new ListView<>(vm.details());
        details.setId("previewDetails");
        SplitPane split = new SplitPane(viewportView, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.9);
        BorderPane content = new BorderPane(split);
        content.setTop(header(title, vm, importer));

        Label icon = new Label("◎");
        icon.getStyleClass().add("empty-icon");
        Label heading = new Label("Preview");
        heading.getStyleClass().add("empty-title");
        Label message = new Label();
        message.setId("previewMessage");
        message.getStyleClass().add("empty-state");
        message.setWrapText(true);
        message.setMaxWidth(360);
        message.textProperty().bind(Bindings.when(vm.messageProperty().isEmpty()).then(HINT).otherwise(vm.messageProperty()));
        VBox empty = new VBox(8, icon, heading, message, xacroArgumentsButton(vm, "previewPlaceholderXacroArgs"));
        empty.setId("previewPlaceholder");
        empty.getStyleClass().add("empty-pane");
        empty.setAlignment(Pos.CENTER);

        getChildren().addAll(content, empty);
        vm.stateProperty().addListener((obs, old, now) -> showState(vm, content, empty, heading));
        showState(vm, content, empty, heading);

        vm.xacro().requestProperty().addListener((obs, old, request) -> {
            if (request != null) {
                XacroArgumentsView dialog = new XacroArgumentsView(request, getScene() == null ? null : getScene().getWindow());
                dialog.setOnHidden(e -> vm.xacro().requestHandled());
                dialog.show();
            }
        });
        addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (droppedDescription(e).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Optional<File> file = droppedDescription(e);
            file.ifPresent(f -> vm.openFile(f.toPath()));
            e.setDropCompleted(file.isPresent());
            e.consume();
        });
    }

    /** The title, and for a local file "Add to library" with what the last import did. */
    private static javafx.scene.Node header(Label title, PreviewViewModel vm, LibraryImportViewModel importer) {
        javafx.scene.control.Button add = new javafx.scene.control.Button("Add to library");
        add.setId("previewAddToLibrary");
        add.setTooltip(new javafx.scene.control.Tooltip("Convert this file into a library asset you can place in scenes and export"));
        add.disableProperty().bind(importer.canAddProperty().not());
        add.visibleProperty().bind(vm.shownFileProperty().isNotNull());
        add.managedProperty().bind(add.visibleProperty());
        add.setOnAction(e -> importer.addCommand().execute());
        Label status = new Label();
        status.setId("previewImportStatus");
        status.getStyleClass().add("empty-state");
        status.textProperty().bind(importer.statusProperty());
        status.setWrapText(true);
        status.setMinWidth(0);
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(8, title, xacroArgumentsButton(vm, "previewXacroArgs"), add, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 8, 0, 0));
        javafx.scene.layout.HBox.setHgrow(status, javafx.scene.layout.Priority.ALWAYS);
        return bar;
    }

    /** "Arguments…": expands the xacro file last opened again with other arguments; shown only for a xacro file. */
    private static javafx.scene.control.Button xacroArgumentsButton(PreviewViewModel vm, String id) {
        javafx.scene.control.Button b = new javafx.scene.control.Button("Arguments…");
        b.setId(id);
        b.setTooltip(new javafx.scene.control.Tooltip("Expand this xacro file again with other arguments"));
        b.visibleProperty().bind(vm.xacro().openedProperty().isNotNull());
        b.managedProperty().bind(b.visibleProperty());
        b.setOnAction(e -> vm.xacro().argumentsCommand().execute());
        return b;
    }

    public ViewportView viewportView() {
        return viewportView;
    }

    private static void showState(PreviewViewModel vm, BorderPane content, VBox empty, Label heading) {
        boolean showing = vm.stateProperty().get() == PreviewViewModel.State.SHOWING;
        content.setVisible(showing);
        empty.setVisible(!showing);
        switch (vm.stateProperty().get()) {
            case LOADING:
                heading.setText("Loading preview…");
                break;
            case FAILED:
                heading.setText("Cannot show this model");
                break;
            default:
                heading.setText(vm.titleProperty().get().isEmpty() ? "Preview" : vm.titleProperty().get());
        }
    }

    private static Optional<File> droppedDescription(DragEvent e) {
        if (!e.getDragboard().hasFiles()) {
            return Optional.empty();
        }
        return e.getDragboard().getFiles().stream().filter(f -> RobotDescriptionReader.isCandidate(f.toPath())).findFirst();
    }
}
