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

    @Test @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theLimitArcStaysInTheJointFrameWhileTheChildTurns(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm.articulationProperty().set(ARM);
            vm.showJointAxesProperty().set(true);
        });
        Node forearm = view.viewport().linkNode("forearm_link").orElseThrow();
        Node range = WaitForAsyncUtils.asyncFx(() -> forearm.lookup("#range-elbow_joint")).get(10, TimeUnit.SECONDS);
        assertThat(range).as("elbow range glyph").isNotNull();
        assertThat(WaitForAsyncUtils.asyncFx(range::isVisible).get()).isTrue();
        Point3D probe = new Point3D(0.05, 0.02, 0.01);
        Point3D rangeBefore = WaitForAsyncUtils.asyncFx(() -> range.localToScene(probe)).get(10, TimeUnit.SECONDS);
        Point3D childBefore = WaitForAsyncUtils.asyncFx(() -> forearm.localToScene(probe)).get(10, TimeUnit.SECONDS);

        robot.interact(() -> vm.joints().setPosition("elbow_joint", 1.1));

        Point3D rangeAfter = WaitForAsyncUtils.asyncFx(() -> range.localToScene(probe)).get(10, TimeUnit.SECONDS);
        Point3D childAfter = WaitForAsyncUtils.asyncFx(() -> forearm.localToScene(probe)).get(10, TimeUnit.SECONDS);
        assertThat(childAfter.distance(childBefore)).as("the forearm turned").isGreaterThan(1e-3);
        assertThat(rangeAfter.distance(rangeBefore)).as("the range did not").isLessThan(1e-6);
    }

    @Test @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void pointingAtALinkHighlightsAndNamesItAndClickingSelectsItsSlider(FxRobot robot) throws Exception {
        Assumptions.assumeFalse("Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))
                || Boolean.getBoolean("testfx.headless"), "3D picking needs real glass (Xvfb)");
        Assumptions.assumeTrue(Platform.isSupported(ConditionalFeature.SCENE3D), "no SCENE3D on this pipeline");
        robot.interact(() -> vm.articulationProperty().set(ARM));
        WaitForAsyncUtils.waitForFxEvents();
        // the forearm's middle, projected onto the screen through the viewport's camera
        Node forearm = view.viewport().linkNode("forearm_link").orElseThrow();
        javafx.geometry.Point2D onScreen = WaitForAsyncUtils.asyncFx(() -> {
            javafx.geometry.Bounds b = forearm.getBoundsInLocal();
            return forearm.localToScreen(new Point3D((b.getMinX() + b.getMaxX()) / 2, (b.getMinY() + b.getMaxY()) / 2,
                    (b.getMinZ() + b.getMaxZ()) / 2));
        }).get(10, TimeUnit.SECONDS);
        assertThat(onScreen).isNotNull();

        robot.moveTo(onScreen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.hoveredLinkProperty().get()).isEqualTo("forearm_link");
        assertThat(view.viewport().highlightOf("forearm_link")).isEqualTo("hovered");
        assertThat(robot.lookup("#pickedLink").queryLabeled().getText()).startsWith("link forearm_link — joint elbow_joint");

        robot.clickOn(javafx.scene.input.MouseButton.PRIMARY);
        assertThat(vm.selectedLinkProperty().get()).isEqualTo("forearm_link");
        assertThat(view.viewport().highlightOf("forearm_link")).isEqualTo("selected");
        assertThat(robot.lookup("#jointLabel-elbow_joint").queryLabeled().getStyleClass()).contains(JointSlidersView.ACTIVE);
        assertThat(robot.lookup("#jointLabel-shoulder_lift_joint").queryLabeled().getStyleClass()).doesNotContain(JointSlidersView.ACTIVE);

        robot.moveTo("#fitToView");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.hoveredLinkProperty().get()).as("pointer left the viewport").isNull();
        assertThat(view.viewport().highlightOf("forearm_link")).isEqualTo("selected");
    }

    @Test @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theKeyboardTurnsTheViewResetsThePoseAndClearsTheSelection(FxRobot robot) {
        robot.interact(() -> vm.articulationProperty().set(ARM));
        assertThat(robot.lookup("#pickedLink").queryLabeled().getText()).isEqualTo(ViewportView.CONTROLS_HINT);
        robot.interact(() -> {
            vm.joints().setPosition("elbow_joint", 1.0);
            vm.linkPicked("forearm_link");
            view.viewport().subScene().requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.DIGIT7);
        assertThat(view.viewport().viewAngles()).containsExactly(StandardView.TOP.yaw(), StandardView.TOP.pitch());
        robot.type(javafx.scene.input.KeyCode.LEFT);
        assertThat(view.viewport().viewAngles()[0]).isLessThan(StandardView.TOP.yaw());
        robot.type(javafx.scene.input.KeyCode.DIGIT1);
        assertThat(view.viewport().viewAngles()).containsExactly(StandardView.FRONT.yaw(), StandardView.FRONT.pitch());

        robot.type(javafx.scene.input.KeyCode.R);
        assertThat(vm.joints().poseProperty().get().get("elbow_joint")).isEqualTo(0.0);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(vm.selectedLinkProperty().get()).isNull();
        assertThat(robot.lookup("#pickedLink").queryLabeled().getText()).isEqualTo(ViewportView.CONTROLS_HINT);
    }
}
