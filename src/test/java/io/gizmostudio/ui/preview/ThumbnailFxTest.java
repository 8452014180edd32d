package io.gizmostudio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.ui.common.ManualUiExecutor;
import io.gizmostudio.ui.common.TestAssets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Thumbnails are rendered off-screen, stored on disk once, and read back instead of rendered again. */
@ExtendWith(ApplicationExtension.class)
class ThumbnailFxTest {
    @TempDir Path cacheDir;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 100, 100));
        stage.show();
    }

    @Test @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void thumbnailIsRenderedStoredAndReusedAcrossSessions(FxRobot robot) throws Exception {
        BundleServingLibrary library = new BundleServingLibrary().with("arm1", "a 6-DOF robot arm with a parallel-jaw gripper");
        ExportBundleCache cache = new ExportBundleCache(cacheDir);
        List<Image> received = new ArrayList<>();
        // the inline executor runs the worker part on the FX thread here, which only a test may do
        robot.interact(() -> new ThumbnailLoader(library, new ManualUiExecutor(), cache, cache.thumbnails())
                .request(TestAssets.ready("arm1", "Arm"), received::add));

        assertThat(received).singleElement().satisfies(img -> assertThat(img.getWidth()).isEqualTo(ThumbnailLoader.SIZE));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(received.get(0), null), "png",
                Files.createDirectories(Path.of("target")).resolve("thumbnail-arm.png").toFile());
        boolean drawn = pixelsUnlikeBackground(received.get(0)) > 50;
        if (Platform.isSupported(ConditionalFeature.SCENE3D) && !Boolean.getBoolean("testfx.headless")) {
            assertThat(drawn).as("thumbnail shows the model").isTrue();
        }
        List<Image> again = new ArrayList<>();
        robot.interact(() -> new ThumbnailLoader(library, new ManualUiExecutor(), cache, cache.thumbnails())
                .request(TestAssets.ready("arm1", "Arm"), again::add));
        assertThat(again).hasSize(1);
        if (drawn) {
            assertThat(Files.size(cache.thumbnails().file("arm1"))).isGreaterThan(100);
            assertThat(library.downloads.get()).as("the stored thumbnail is read back").isEqualTo(1);
        } else {
            // nothing drawn (no 3D pipeline, e.g. Monocle's software one): never stored, so rendered again next time
            assertThat(cache.thumbnails().file("arm1")).doesNotExist();
            assertThat(library.downloads.get()).isEqualTo(1); // the bundle itself is cached
        }
    }

    private static int pixelsUnlikeBackground(Image img) {
        PixelReader px = img.getPixelReader();
        Color bg = io.gizmostudio.ui.viewport.ThumbnailRendererProbe.background();
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color c = px.getColor(x, y);
                if (Math.abs(c.getRed() - bg.getRed()) + Math.abs(c.getGreen() - bg.getGreen()) + Math.abs(c.getBlue() - bg.getBlue()) > 0.1) {
                    n++;
                }
            }
        }
        return n;
    }
}
