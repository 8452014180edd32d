package io.gizmostudio.ui.viewport;

import javafx.scene.paint.Color;

/** Test access to the viewport's background colour, for pixel checks in other packages. */
public final class ThumbnailRendererProbe {
    private ThumbnailRendererProbe() {
    }

    public static Color background() {
        return ArticulationViewport.BACKGROUND;
    }
}
