package io.gizmostudio.ui.viewport;

import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.model.Articulation;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Run in a JVM of its own with {@code -Dprism.order=sw} (JavaFX's software pipeline, which has no 3D): prints
 * what a user would see — whether JavaFX reports 3D, whether the viewport shows the no-3D message, and whether a
 * thumbnail rendered then is blank — as {@code RESULT key=value} lines.
 */
public final class No3dChild {
    private No3dChild() {
    }

    public static void main(String[] args) throws Exception {
        Articulation arm = new AssetGenerator().generate("a 4-DOF robot arm", 1).articulation();
        CompletableFuture<String> out = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                ViewportView view = new ViewportView(new ViewportViewModel());
                new Scene(view, 400, 300);
                WritableImage thumb = ThumbnailRenderer.render(arm, 64, 64);
                int[] px = new int[64 * 64];
                thumb.getPixelReader().getPixels(0, 0, 64, 64, PixelFormat.getIntArgbInstance(), px, 0, 64);
                out.complete("RESULT scene3d=" + Graphics3D.available() + "\nRESULT message="
                        + (view.lookup("#no3dMessage") != null) + "\nRESULT blankThumbnail=" + BlankImages.isBlank(px, 2));
            } catch (RuntimeException e) {
                out.completeExceptionally(e);
            }
        });
        System.out.println(out.get(60, TimeUnit.SECONDS));
        Platform.exit();
        System.exit(0);
    }
}
