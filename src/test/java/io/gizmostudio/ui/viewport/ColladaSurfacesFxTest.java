package io.gizmostudio.ui.viewport;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.core.format.mesh.TexturedFixtures;
import io.gizmostudio.core.format.urdf.UrdfReader;
import io.gizmostudio.core.model.Articulation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A URDF whose visuals are COLLADA files opened in the viewport: a board of three panels coloured by their
 * materials (red, green, blue) and a square showing a four-colour image texture. The snapshot is sampled
 * where each panel and each quarter of the image project on screen, so the colours, the texture and its
 * orientation (COLLADA's t runs up, JavaFX's v down) are all checked, not only that something is drawn.
 */
@ExtendWith(ApplicationExtension.class)
class ColladaSurfacesFxTest {
    @TempDir Path dir;
    private ViewportViewModel vm;
    private ViewportView view;

    @Start
    void start(Stage stage) {
        vm = new ViewportViewModel();
        view = new ViewportView(vm);
        stage.setScene(new Scene(view, 800, 600));
        stage.show();
    }

    private static final Predicate<Color> RED = c -> c.getRed() > c.getGreen() + 0.2 && c.getRed() > c.getBlue() + 0.2;
    private static final Predicate<Color> GREEN = c -> c.getGreen() > c.getRed() + 0.2 && c.getGreen() > c.getBlue() + 0.2;
    private static final Predicate<Color> BLUE = c -> c.getBlue() > c.getRed() + 0.1 && c.getBlue() > c.getGreen() + 0.1;
    private static final Predicate<Color> YELLOW = c -> c.getRed() > c.getBlue() + 0.2 && c.getGreen() > c.getBlue() + 0.2;

    @Test @Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void materialColoursAndTheImageTextureShowWhereTheyBelong(FxRobot robot) throws Exception {
        Assumptions.assumeFalse("Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))
                || Boolean.getBoolean("testfx.headless"), "3D pixels need real glass (Xvfb)");
        Assumptions.assumeTrue(Platform.isSupported(ConditionalFeature.SCENE3D), "no SCENE3D on this pipeline");
        Articulation showroom = UrdfReader.read(TexturedFixtures.copyTo(dir).resolve("showroom.urdf"));
        robot.interact(() -> vm.articulationProperty().set(showroom));
        robot.interact(() -> view.viewport().showView(StandardView.TOP));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage img = WaitForAsyncUtils.asyncFx(() -> view.viewport().snapshot(null, null)).get(20, TimeUnit.SECONDS);
        Files.createDirectories(Path.of("target"));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png",
                Path.of("target", "viewport-collada.png").toFile());

        assertThat(sample(img, "board", -0.1, 0)).as("left panel").matches(RED);
        assertThat(sample(img, "board", 0.025, 0.025)).as("middle panel").matches(GREEN);
        assertThat(sample(img, "board", 0.1, 0)).as("right panel (half transparent)").matches(BLUE);
        assertThat(sample(img, "tile", -0.05, -0.05)).as("texture bottom left").matches(RED);
        assertThat(sample(img, "tile", 0.05, -0.05)).as("texture bottom right").matches(GREEN);
        assertThat(sample(img, "tile", -0.05, 0.05)).as("texture top left").matches(BLUE);
        assertThat(sample(img, "tile", 0.05, 0.05)).as("texture top right").matches(YELLOW);
    }

    /** The snapshot's colour where the point (x, y, 0.05) of the link's frame (the fixtures' height) projects. */
    private Color sample(WritableImage img, String link, double x, double y) throws Exception {
        Node node = view.viewport().linkNode(link).orElseThrow();
        Point2D local = WaitForAsyncUtils.asyncFx(() -> {
            Point2D screen = node.localToScreen(new Point3D(x, y, 0.05));
            return view.viewport().screenToLocal(screen);
        }).get(10, TimeUnit.SECONDS);
        int px = (int) Math.round(local.getX()), py = (int) Math.round(local.getY());
        assertThat(px).as("%s (%s, %s) on screen", link, x, y).isBetween(0, (int) img.getWidth() - 1);
        assertThat(py).as("%s (%s, %s) on screen", link, x, y).isBetween(0, (int) img.getHeight() - 1);
        return img.getPixelReader().getColor(px, py);
    }
}
