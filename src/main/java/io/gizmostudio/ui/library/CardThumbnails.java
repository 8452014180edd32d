package io.gizmostudio.ui.library;

import io.gizmostudio.api.Asset;
import java.util.function.Consumer;
import javafx.scene.image.Image;

/**
 * Where library cards get their thumbnails. {@code request} returns at once; the image arrives later on the UI
 * thread (or never, for assets that have none), so scrolling never waits for rendering.
 */
@FunctionalInterface
public interface CardThumbnails {
    CardThumbnails NONE = (asset, onImage) -> { };

    void request(Asset asset, Consumer<Image> onImage);
}
