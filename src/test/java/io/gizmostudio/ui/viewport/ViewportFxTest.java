package io.gizmostudio.ui.viewport;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.model.Articulation;
import java.util.concurrent.TimeUnit;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Point3D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The viewport shows a generated arm; moving the elbow slider moves the forearm's child links (checked by
 * node transforms, which needs no 3D pipeline), and under real glass the view renders model pixels.
 */
@ExtendWith(ApplicationExtension.class)
class ViewportFxTest {
    private static final Articulation ARM = new AssetGenerator().generate("a 6-DOF robot arm with a parallel-jaw gripper", 1).articulation();
    private ViewportViewModel vm;
    private ViewportView view;

    @Start
    void start(Stage stage) {
        vm = new ViewportViewModel();
        view = new ViewportView(vm);
        stage.setScene(new Scene(view, 800, 600));
        stage.show();
    }

    private Point3D wristOrigin() throws Exception {
        Node wrist = view.viewport().linkNode("wrist_1_link").orElseThrow();
        return WaitForAsyncUtils.asyncFx(() -> wrist.localToScene(Point3D.ZERO)).get(10, TimeUnit.SECONDS);
    }

    @Test @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void movingTheElbowSliderMovesTheWrist(FxRobot robot) throws Exception {
        robot.interact(() -> vm.articulationProperty().set(ARM));
        assertThat(robot.lookup("#slider-elbow_joint").tryQuery()).isPresent();
        Point3D before = wristOrigin();

        robot.interact(() -> robot.lookup("#slider-elbow_joint").queryAs(Slider.class).setValue(1.2));

        Point3D after = wristOrigin();
        assertThat(after.distance(before)).as("wrist moved from %s to %s", before, after).isGreaterThan(1e-3);
        robot.interact(() -> vm.joints().resetPose());
        assertThat(wristOrigin().distance(before)).isLessThan(1e-9);
    }

    @Test @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void overlayTogglesReachTheSceneGraph(FxRobot robot) {
        robot.interact(() -> vm.articulationProperty().set(ARM));
        robot.clickOn("#toggleJointAxes");
        assertThat(vm.showJointAxesProperty().get()).isTrue();
        robot.clickOn("#toggleVisual");
        assertThat(vm.showVisualProperty().get()).isFalse();
    }

    @Test @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void rendersTheModelUnderRealGlass(FxRobot robot) throws Exception {
        Assumptions.assumeFalse("Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))
                || Boolean.getBoolean("testfx.headless"), "3D pixels need real glass (Xvfb)");
        Assumptions.assumeTrue(Platform.isSupported(ConditionalFeature.SCENE3D), "no SCENE3D on this pipeline");
        robot.interact(() -> vm.articulationProperty().set(ARM));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage img = WaitForAsyncUtils.asyncFx(() -> view.viewport().snapshot(null, null)).get(20, TimeUnit.SECONDS);
        // kept for a human look at what the test saw
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png",
                java.nio.file.Path.of("target", "viewport-arm.png").toFile());
        PixelReader px = img.getPixelReader();
        int differing = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                Color c = px.getColor(x, y);
                Color bg = ArticulationViewport.BACKGROUND;
                if (Math.abs(c.getRed() - bg.getRed()) + Math.abs(c.getGreen() - bg.getGreen()) + Math.abs(c.getBlue() - bg.getBlue()) > 0.1) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("pixels unlike the background").isGreaterThan(500);
    }
}
