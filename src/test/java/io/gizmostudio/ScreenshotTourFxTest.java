package io.gizmostudio;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.server.EmbeddedEngine;
import io.gizmostudio.server.ServerConfig;
import io.gizmostudio.ui.connection.ClientConnectionService;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Uses the app as a person would and saves screenshots: five generations, the dialog, a search, a delete, a
 * profile switch and back, then (with {@code -Dgizmo.tour.bulk=50}) many more generations and the heap after
 * them. Runs only when {@code -Dgizmo.tour.dir=DIR} is given (under Xvfb, for real rendering).
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTourFxTest {
    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotTourFxTest.class);
    private static final String DIR = System.getProperty("gizmo.tour.dir");
    @TempDir
    static Path home;
    private StudioApp app;
    private Stage stage;

    @BeforeAll
    static void onlyOnRequest() {
        Assumptions.assumeTrue(DIR != null, "set -Dgizmo.tour.dir to run the tour");
    }

    @Start
    void start(Stage stage) {
        Path configDir = home.resolve("config");
        Path dataDir = home.resolve("data");
        ServerBuiltInEngine engine = new ServerBuiltInEngine(() -> EmbeddedEngine.start(ServerConfig.defaults(dataDir).withPort(0)));
        this.stage = stage;
        app = new StudioApp(configDir, Map.of(), new ClientConnectionService(engine), () -> { });
        app.usePreviewCache(new io.gizmostudio.ui.preview.ExportBundleCache(home.resolve("cache")));
        app.show(stage);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1400);
        stage.setHeight(900);
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void tour(FxRobot robot) throws Exception {
        Path out = Files.createDirectories(Path.of(DIR));
        waitUntil(() -> text(robot, "#connectionDetail").equals("healthy"));
        generate(robot, "a 6-DOF robot arm with a parallel-jaw gripper", "UR-style arm", "arm, lab");
        generate(robot, "a three-finger gripper", "Hand", "gripper");
        generate(robot, "a SCARA robot with a 0.4 m reach", "", "arm");
        generate(robot, "a four-wheeled mobile base", "AGV base", "mobile");
        generate(robot, "a flux capacitor", "", "");
        waitUntil(() -> cards(robot).size() == 5 && cards(robot).stream().allMatch(a -> a.status().isTerminal()));
        String second = cards(robot).get(1).id();
        clickCard(robot, second);
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        snapshot(stage.getScene(), out.resolve("main-window.png"));

        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#promptArea").tryQuery().isPresent());
        robot.clickOn("#promptArea").write("a ceiling-mounted gantry with a 1 m x 0.8 m travel");
        robot.clickOn("#nameField").write("Pick gantry");
        robot.clickOn("#tagsField").write("gantry, lab");
        robot.clickOn("#seedField").write("4x");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        snapshot(dialogScene(), out.resolve("generate-dialog-invalid.png"));
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        snapshot(dialogScene(), out.resolve("generate-dialog.png"));
        robot.clickOn("#generateButton");
        waitUntil(() -> cards(robot).size() == 6 && cards(robot).stream().allMatch(a -> a.status().isTerminal()));

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("arm");
        waitUntil(() -> cards(robot).size() == 2);
        snapshot(stage.getScene(), out.resolve("search.png"));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        waitUntil(() -> cards(robot).size() == 6);

        Asset victim = cards(robot).stream().filter(a -> a.status() == AssetStatus.FAILED).findFirst().orElseThrow();
        clickCard(robot, victim.id());
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        waitUntil(() -> robot.lookup((Node n) -> n instanceof Button b && "Delete".equals(b.getText())).tryQuery().isPresent());
        snapshot(dialogScene(), out.resolve("delete-confirm.png"));
        robot.clickOn((Node n) -> n instanceof Button b && "Delete".equals(b.getText()));
        waitUntil(() -> cards(robot).size() == 5);

        switchProfile(robot, 2, "http://127.0.0.1:9/v1");
        waitUntil(() -> !text(robot, "#connectionDetail").equals("healthy") && text(robot, "#connectionServer").startsWith("Custom"));
        waitUntil(() -> text(robot, "#connectionDetail").contains("Cannot reach"));
        snapshot(stage.getScene(), out.resolve("unreachable.png"));
        switchProfile(robot, 0, null);
        waitUntil(() -> text(robot, "#connectionDetail").equals("healthy") && cards(robot).size() == 5);

        robot.interact(() -> {
            stage.setWidth(1600); // a workstation-sized window for the 3D shots
            stage.setHeight(1000);
        });
        previewCabinetWithDrawersOut(robot, out.resolve("preview-cabinet.png"));
        previewArmWithJointsMoved(robot, out.resolve("preview-arm.png"));

        int bulk = Integer.getInteger("gizmo.tour.bulk", 0);
        for (int i = 1; i <= bulk; i++) {
            generate(robot, String.format(Locale.ROOT, "a robot arm number %02d", i), "", "bulk");
        }
        if (bulk > 0) {
            waitUntil(() -> cards(robot).stream().filter(a -> a.tags().contains("bulk")).count() >= Math.min(bulk, 30)
                    && text(robot, "#jobsStatus").equals("No jobs running"));
            snapshot(stage.getScene(), out.resolve("after-bulk.png"));
            System.gc();
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS")).findFirst().orElse("");
            String figures = String.format(Locale.ROOT, "after %d more generations: heap used after GC %.1f MiB, %s%n",
                    bulk, heap / 1048576.0, rss.replaceAll("\\s+", " "));
            Files.writeString(out.resolve("memory.txt"), figures);
            LOG.info(figures);
        }
        WaitForAsyncUtils.asyncFx(app::close).get().get(60, TimeUnit.SECONDS);
    }

    /** A cabinet in the preview with its drawers pulled out and its doors opened, joint axes shown. */
    private void previewCabinetWithDrawersOut(FxRobot robot, Path file) throws Exception {
        int before = cards(robot).size();
        generate(robot, "a steel cabinet with 2 doors and 3 drawers", "Tool cabinet", "cabinet");
        waitUntil(() -> cards(robot).size() == before + 1 && cards(robot).stream().allMatch(a -> a.status().isTerminal()));
        String id = cards(robot).stream().filter(a -> "Tool cabinet".equals(a.name())).findFirst().orElseThrow().id();
        clickCard(robot, id);
        waitUntil(() -> app.preview().stateProperty().get() == io.gizmostudio.ui.preview.PreviewViewModel.State.SHOWING);
        io.gizmostudio.ui.viewport.ViewportViewModel viewport = app.preview().viewport();
        WaitForAsyncUtils.asyncFx(() -> {
            viewport.showJointAxesProperty().set(true);
            for (io.gizmostudio.core.model.Joint j : viewport.articulationProperty().get().movableJoints()) {
                if (j.mimic() == null && j.limits() != null && j.type().isLimited()) {
                    double open = j.type() == io.gizmostudio.core.model.JointType.PRISMATIC ? 0.85 : 0.6;
                    viewport.joints().setPosition(j.name(), j.limits().lower() + open * (j.limits().upper() - j.limits().lower()));
                }
            }
        }).get();
        WaitForAsyncUtils.sleep(1200, TimeUnit.MILLISECONDS);
        snapshot(stage.getScene(), file);
    }

    /** The 6-DOF arm with its shoulder and elbow moved, joint axes and limit arcs shown, the forearm selected. */
    private void previewArmWithJointsMoved(FxRobot robot, Path file) throws Exception {
        String id = cards(robot).stream().filter(a -> a.prompt().startsWith("a 6-DOF robot arm")).findFirst().orElseThrow().id();
        clickCard(robot, id);
        waitUntil(() -> app.preview().stateProperty().get() == io.gizmostudio.ui.preview.PreviewViewModel.State.SHOWING
                && app.preview().viewport().articulationProperty().get().link("forearm_link").isPresent());
        io.gizmostudio.ui.viewport.ViewportViewModel viewport = app.preview().viewport();
        WaitForAsyncUtils.asyncFx(() -> {
            viewport.showJointAxesProperty().set(true);
            viewport.joints().setPosition("shoulder_pan_joint", 0.5);
            viewport.joints().setPosition("shoulder_lift_joint", -0.7);
            viewport.joints().setPosition("elbow_joint", 1.2);
            viewport.joints().setPosition("wrist_1_joint", -0.6);
            viewport.linkPicked("forearm_link");
        }).get();
        robot.clickOn("#fitToView");
        WaitForAsyncUtils.sleep(1200, TimeUnit.MILLISECONDS);
        snapshot(stage.getScene(), file);
    }

    private void switchProfile(FxRobot robot, int index, String url) throws Exception {
        robot.clickOn("#toolbarSettings");
        waitUntil(() -> robot.lookup("#profileChoice").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Object> choice = robot.lookup("#profileChoice").queryAs(ComboBox.class);
        WaitForAsyncUtils.asyncFx(() -> choice.getSelectionModel().select(index)).get();
        if (url != null) {
            robot.doubleClickOn("#baseUrlField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(url);
            robot.clickOn("#apiKeyField").write("gzm_k1_examplekey0000");
            robot.clickOn("#testConnection");
            waitUntil(() -> text(robot, "#testResult").startsWith("✘"));
            snapshot(dialogScene(), Path.of(DIR).resolve("settings.png"));
        }
        robot.clickOn("#applyConnection");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void generate(FxRobot robot, String prompt, String name, String tags) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#promptArea").tryQuery().isPresent());
        robot.clickOn("#promptArea").write(prompt);
        if (!name.isEmpty()) {
            robot.clickOn("#nameField").write(name);
        }
        if (!tags.isEmpty()) {
            robot.clickOn("#tagsField").write(tags);
        }
        robot.clickOn("#generateButton");
        waitUntil(() -> robot.lookup("#promptArea").tryQuery().isEmpty());
    }

    private Scene dialogScene() {
        return Window.getWindows().stream().filter(w -> w != stage && w.getScene() != null
                        && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane)
                .map(Window::getScene).findFirst().orElseThrow();
    }

    private static void snapshot(Scene scene, Path file) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Asset> cards(FxRobot robot) {
        ListView<Asset> list = robot.lookup("#assetList").queryAs(ListView.class);
        try {
            return WaitForAsyncUtils.asyncFx(() -> List.copyOf(list.getItems())).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    /** Clicks the card of {@code assetId} the list shows (a cell it recycled may still carry the id, hidden). */
    private static void clickCard(FxRobot robot, String assetId) throws Exception {
        java.util.function.Supplier<java.util.Optional<Node>> shown = () -> robot.lookup("#card-" + assetId)
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery();
        waitUntil(() -> shown.get().isPresent());
        robot.clickOn(shown.get().orElseThrow());
    }
}
