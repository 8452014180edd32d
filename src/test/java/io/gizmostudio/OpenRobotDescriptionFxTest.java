package io.gizmostudio;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.core.format.ExportedModel;
import io.gizmostudio.core.format.bundle.BundleEntry;
import io.gizmostudio.core.format.mjcf.MjcfWriter;
import io.gizmostudio.core.format.urdf.UrdfWriter;
import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.server.EmbeddedEngine;
import io.gizmostudio.server.ServerConfig;
import io.gizmostudio.ui.connection.ClientConnectionService;
import io.gizmostudio.ui.preview.ExportBundleCache;
import io.gizmostudio.ui.preview.PreviewViewModel;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Local robot descriptions reach the preview the two ways a desktop offers besides the menu: a path given when the
 * app starts ("open with" from a file manager) and a file dragged onto the preview. The drop is a real platform
 * drag and drop (a Dragboard carrying files, as a file manager's drag does), so it runs under Xvfb only.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OpenRobotDescriptionFxTest {
    private static final Articulation ARM = new AssetGenerator().generate("a 6-DOF robot arm with a parallel-jaw gripper", 3).articulation();
    private static final Articulation CABINET = new AssetGenerator().generate("a steel cabinet with 2 doors and 3 drawers", 3).articulation();
    @TempDir
    static Path home;
    private static Path urdf;
    private static Path mjcf;
    private static Path notes;
    private StudioApp app;

    @BeforeAll
    static void writeFiles() throws Exception {
        urdf = unpack(new UrdfWriter().writeAsset(ARM), home.resolve("arm"));
        mjcf = unpack(new MjcfWriter().writeAsset(CABINET), home.resolve("cabinet"));
        notes = Files.writeString(home.resolve("notes.txt"), "not a robot");
    }

    private static Path unpack(ExportedModel model, Path folder) throws Exception {
        for (BundleEntry e : model.files()) {
            Path p = folder.resolve(e.path());
            Files.createDirectories(p.getParent());
            Files.write(p, e.content());
        }
        return folder.resolve(model.entrypoint());
    }

    @Start
    void start(Stage stage) throws Exception {
        Path root = Files.createTempDirectory(home, "user");
        ServerBuiltInEngine engine = new ServerBuiltInEngine(() -> EmbeddedEngine.start(ServerConfig.defaults(root.resolve("data")).withPort(0)));
        app = new StudioApp(root.resolve("config"), Map.of(), new ClientConnectionService(engine), () -> { });
        app.usePreviewCache(new ExportBundleCache(root.resolve("cache")));
        assertThat(Main.isRobotDescription(urdf.toString())).as("Main routes this path to the app").isTrue();
        app.openAtStart(urdf);
        app.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(app::close).get().get(30, TimeUnit.SECONDS);
    }

    @Test
    void aDescriptionNamedAtStartIsShownInThePreview(FxRobot robot) throws Exception {
        waitUntil(() -> app.preview().stateProperty().get() == PreviewViewModel.State.SHOWING);

        Articulation shown = app.preview().viewport().articulationProperty().get();
        assertThat(shown.links()).hasSameSizeAs(ARM.links());
        assertThat(shown.movableJoints()).hasSameSizeAs(ARM.movableJoints());
        assertThat(robot.lookup("#previewTitle").queryLabeled().getText()).isEqualTo(urdf.getFileName().toString());
        assertThat(robot.lookup("#slider-elbow_joint").tryQuery()).isPresent();
    }

    @Test
    void anMjcfFileDroppedOnThePreviewIsShownAndOtherFilesAreRefused(FxRobot robot) throws Exception {
        Assumptions.assumeFalse("Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))
                || Boolean.getBoolean("testfx.headless"), "platform drag and drop needs real glass (Xvfb)");
        waitUntil(() -> app.preview().stateProperty().get() == PreviewViewModel.State.SHOWING);
        Stage desktop = WaitForAsyncUtils.asyncFx(() -> fileManager(Map.of("notesSource", notes.toFile(), "mjcfSource", mjcf.toFile()))).get();
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS); // let the window map and paint before the robot presses on it
        List<String> dragOvers = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.lookup("#previewPane").query().addEventFilter(javafx.scene.input.DragEvent.DRAG_OVER,
                e -> dragOvers.add(e.getDragboard().getFiles().toString()));

        robot.drag("#notesSource").dropTo("#previewPane");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertThat(dragOvers).as("the drag reached the preview").isNotEmpty().allMatch(f -> f.contains("notes.txt"));
        assertThat(robot.lookup("#previewTitle").queryLabeled().getText()).as("a text file changes nothing")
                .isEqualTo(urdf.getFileName().toString());
        assertThat(app.preview().stateProperty().get()).isEqualTo(PreviewViewModel.State.SHOWING);

        robot.drag("#mjcfSource").dropTo("#previewPane");
        waitUntil(() -> app.preview().stateProperty().get() == PreviewViewModel.State.SHOWING
                && robot.lookup("#previewTitle").queryLabeled().getText().equals(mjcf.getFileName().toString()));
        Articulation shown = app.preview().viewport().articulationProperty().get();
        assertThat(shown.movableJoints()).hasSameSizeAs(CABINET.movableJoints());
        assertThat(shown.links()).extracting(io.gizmostudio.core.model.Link::name)
                .containsExactlyInAnyOrderElementsOf(CABINET.links().stream().map(io.gizmostudio.core.model.Link::name).toList());
        WaitForAsyncUtils.asyncFx(desktop::close).get();
    }

    /** A little window standing in for a file manager: dragging a label carries its file, as a desktop drag does. */
    private static Stage fileManager(Map<String, File> files) {
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8);
        new java.util.TreeMap<>(files).forEach((id, file) -> {
            Label label = new Label(file.getName());
            label.setId(id);
            label.setStyle("-fx-padding: 12; -fx-background-color: #ddd;");
            label.setOnDragDetected(e -> {
                Dragboard board = label.startDragAndDrop(TransferMode.COPY);
                ClipboardContent content = new ClipboardContent();
                content.putFiles(List.of(file));
                board.setContent(content);
                e.consume();
            });
            box.getChildren().add(label);
        });
        Stage stage = new Stage();
        stage.setScene(new Scene(box, 180, 120));
        stage.setX(10);
        stage.setY(200);
        stage.show();
        return stage;
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    }
}
