package io.gizmostudio.ui.viewport;

import io.gizmostudio.core.model.Articulation;
import javafx.scene.Scene;
import javafx.scene.SceneAntialiasing;
import javafx.scene.image.WritableImage;

/**
 * Renders an articulation off-screen into a small image, with the same viewport the preview uses, so a
 * thumbnail looks like the preview. Call on the UI thread; the snapshot itself is fast, the reading and
 * disk work around it belong on a worker.
 */
public final class ThumbnailRenderer {
    private ThumbnailRenderer() {
    }

    public static WritableImage render(Articulation articulation, int width, int height) {
        ArticulationViewport viewport = new ArticulationViewport();
        // an off-screen scene of its own gives the sub-scene a size and a render target to draw into
        Scene scene = new Scene(viewport, width, height, true, SceneAntialiasing.BALANCED);
        viewport.show(articulation);
        viewport.layout();
        return scene.snapshot(new WritableImage(width, height));
    }
}
