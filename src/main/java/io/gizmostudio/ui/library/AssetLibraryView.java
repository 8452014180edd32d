package io.gizmostudio.ui.library;

import io.gizmostudio.ui.common.AssetSort;
import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.ui.common.Command;
import java.time.ZoneId;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The library panel: search and filters over a virtualised list of asset cards; binds to its ViewModels only. */
public final class AssetLibraryView extends VBox {
    /** Start loading the next page when a cell this close to the end is shown. */
    private static final int PREFETCH_CELLS = 5;

    private final TextField search = new TextField();
    private final ListView<Asset> list = new ListView<>();

    public AssetLibraryView(AssetLibraryViewModel vm, AssetActionsViewModel actions, ZoneId zone) {
        this(vm, actions, zone, CardThumbnails.NONE);
    }

    /** Narrower, the status and order lists beside each other cut their labels ("Newest fi…"). */
    static final double MIN_WIDTH = 270;

    /** A library whose cards show thumbnails from {@code thumbnails}. */
    public AssetLibraryView(AssetLibraryViewModel vm, AssetActionsViewModel actions, ZoneId zone, CardThumbnails thumbnails) {
        getStyleClass().add("library-panel");
        setSpacing(6);
        setPadding(new Insets(8));
        setMinWidth(MIN_WIDTH);

        search.setId("searchField");
        search.setPromptText("Search name, prompt or tag  (Ctrl+F)");
        search.textProperty().bindBidirectional(vm.searchTextProperty());

        ComboBox<AssetStatus> status = new ComboBox<>(FXCollections.observableArrayList(
                null, AssetStatus.READY, AssetStatus.PENDING, AssetStatus.PROCESSING, AssetStatus.FAILED));
        status.setId("statusFilter");
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(AssetStatus s) {
                return s == null ? "Any status" : s.wireName();
            }

            @Override
            public AssetStatus fromString(String text) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(vm.statusFilterProperty());
        ComboBox<String> tag = new ComboBox<>(vm.knownTags());
        tag.setId("tagFilter");
        tag.setEditable(true);
        tag.setPromptText("Filter by tag");
        tag.valueProperty().addListener((obs, old, now) -> vm.tagFilterProperty().set(now == null ? "" : now));
        ComboBox<AssetSort> sort = new ComboBox<>(FXCollections.observableArrayList(AssetSort.values()));
        sort.setId("sortChoice");
        sort.valueProperty().bindBidirectional(vm.sortProperty());
        for (ComboBox<?> box : List.of(status, tag, sort)) {
            box.setMaxWidth(Double.MAX_VALUE);
            box.setMinWidth(60);
            HBox.setHgrow(box, Priority.ALWAYS);
        }
        // status and order side by side, the tag (typed or picked) below at full width: at the library's default
        // width three in a row cut every label to a few letters
        HBox filters = new HBox(6, status, sort);

        list.setId("assetList");
        list.setItems(vm.assets());
        list.setPlaceholder(placeholder(vm));
        ContextMenu menu = new ContextMenu(
                item("Export…", actions.exportCommand()),
                item("Copy id", actions.copyIdCommand()),
                item("Regenerate with same prompt", actions.regenerateCommand()),
                new SeparatorMenuItem(),
                item("Delete…", actions.deleteCommand()));
        list.setCellFactory(v -> new AssetCardCell(zone, menu, index -> {
            if (index >= list.getItems().size() - PREFETCH_CELLS) {
                vm.loadNextPage();
            }
        }, thumbnails));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null || !list.getItems().contains(vm.selectedProperty().get())) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        list.getItems().addListener((javafx.collections.ListChangeListener<Asset>) change -> {
            Asset wanted = vm.selectedProperty().get();
            if (wanted != null && list.getSelectionModel().getSelectedItem() != wanted && list.getItems().contains(wanted)) {
                list.getSelectionModel().select(wanted);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(vm.loadingProperty());
        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty().bind(vm.countTextProperty());
        Label message = new Label();
        message.setId("libraryMessage");
        message.setWrapText(true);
        message.getStyleClass().add("library-message");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty().and(vm.totalProperty().greaterThan(0)));
        message.managedProperty().bind(message.visibleProperty());

        getChildren().addAll(search, filters, tag, list, message, new HBox(6, busy, count));
    }

    /** Ctrl+F. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public ListView<Asset> list() {
        return list;
    }

    private static Label placeholder(AssetLibraryViewModel vm) {
        Label text = new Label();
        text.setId("libraryPlaceholder");
        text.setWrapText(true);
        text.getStyleClass().add("empty-state");
        text.textProperty().bind(vm.messageProperty());
        return text;
    }

    private static MenuItem item(String text, Command command) {
        MenuItem item = new MenuItem(text);
        item.disableProperty().bind(command.executableProperty().not());
        item.setOnAction(e -> command.execute());
        return item;
    }
}
