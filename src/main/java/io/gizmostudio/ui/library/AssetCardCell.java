package io.gizmostudio.ui.library;

import io.gizmostudio.api.Asset;
import java.time.ZoneId;
import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One asset card in the virtualised list: thumbnail slot, name and status badge, prompt, tags and time, a
 * progress bar while generating, the reason when failed. The card is a drag source carrying the asset id.
 * Cells are reused by the ListView, so {@link #updateItem} rewrites every field.
 */
final class AssetCardCell extends ListCell<Asset> {
    private final ZoneId zone;
    private final IntConsumer onShown;
    private final Label name = new Label();
    private final Label badge = new Label();
    private final Label prompt = new Label();
    private final Label meta = new Label();
    private final Label failure = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final VBox card;
    private final CardThumbnails thumbnails;
    private final Label thumbnailIcon = new Label("⚙");
    private final javafx.scene.image.ImageView thumbnailImage = new javafx.scene.image.ImageView();

    AssetCardCell(ZoneId zone, ContextMenu menu, IntConsumer onShown, CardThumbnails thumbnails) {
        this.zone = zone;
        this.onShown = onShown;
        this.thumbnails = thumbnails;
        thumbnailImage.setFitWidth(48);
        thumbnailImage.setFitHeight(48);
        thumbnailImage.setPreserveRatio(true);
        StackPane thumbnail = new StackPane(thumbnailIcon, thumbnailImage);
        thumbnail.getStyleClass().add("thumbnail-slot");
        thumbnail.setMinSize(48, 48);
        thumbnail.setMaxSize(48, 48);
        name.getStyleClass().add("card-name");
        badge.getStyleClass().add("status-badge");
        prompt.getStyleClass().add("card-prompt");
        prompt.setWrapText(true);
        prompt.setMaxHeight(34);
        meta.getStyleClass().add("card-meta");
        failure.getStyleClass().add("card-failure");
        failure.setWrapText(true);
        failure.setMaxHeight(50);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setPrefHeight(8);
        // The cell takes the list's width (no horizontal scrolling): long names shrink with an ellipsis, the badge never.
        setPrefWidth(0);
        name.setMinWidth(0);
        prompt.setMinWidth(0);
        meta.setMinWidth(0);
        failure.setMinWidth(0);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox title = new HBox(6, name, spacer, badge);
        title.setAlignment(Pos.CENTER_LEFT);
        VBox text = new VBox(2, title, prompt, meta, progress, failure);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        card = new VBox(new HBox(8, thumbnail, text));
        card.getStyleClass().add("asset-card");
        card.setPadding(new Insets(6, 8, 6, 8));
        setContextMenu(menu);
        setOnDragDetected(event -> {
            if (getItem() != null) {
                startDragAndDrop(TransferMode.COPY).setContent(AssetDragFormat.contentFor(getItem().id()));
                event.consume();
            }
        });
    }

    @Override
    protected void updateItem(Asset asset, boolean empty) {
        super.updateItem(asset, empty);
        if (empty || asset == null) {
            setGraphic(null);
            setId(null);
            return;
        }
        AssetCard c = AssetCard.of(asset, zone);
        setId("card-" + c.id());
        name.setText(c.name());
        badge.setText(c.badge());
        badge.getStyleClass().removeIf(s -> s.startsWith("status-") && !s.equals("status-badge"));
        badge.getStyleClass().add("status-" + c.badge());
        prompt.setText(c.prompt());
        meta.setText(c.tags().isEmpty() ? c.created() : c.created() + "   " + c.tags());
        progress.setVisible(c.showsProgress());
        progress.setManaged(c.showsProgress());
        progress.setProgress(c.showsProgress() ? (c.progress() < 0 ? ProgressBar.INDETERMINATE_PROGRESS : c.progress()) : 0);
        failure.setText(c.failure());
        // The card shows three lines of the reason; the tooltip (and the details pane) the whole of it.
        failure.setTooltip(c.failure().isEmpty() ? null : new Tooltip(c.failure()));
        failure.setVisible(!c.failure().isEmpty());
        failure.setManaged(!c.failure().isEmpty());
        showThumbnail(null);
        thumbnails.request(asset, image -> {
            if (getItem() != null && getItem().id().equals(asset.id())) {
                showThumbnail(image);
            }
        });
        setGraphic(card);
        onShown.accept(getIndex());
    }

    private void showThumbnail(javafx.scene.image.Image image) {
        thumbnailImage.setImage(image);
        thumbnailIcon.setVisible(image == null);
    }
}
