package io.gizmostudio.ui.scenes;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.AddPlacementRequest;
import io.gizmostudio.api.Asset;
import io.gizmostudio.api.CreateAssetRequest;
import io.gizmostudio.api.CreateSceneRequest;
import io.gizmostudio.api.PlacementMobility;
import io.gizmostudio.api.Position;
import io.gizmostudio.api.Rotation;
import io.gizmostudio.api.Scene;
import io.gizmostudio.client.AwaitListener;
import io.gizmostudio.client.CancellationToken;
import io.gizmostudio.client.GizmoClient;
import io.gizmostudio.client.GizmoClientOptions;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.PlacementIssue;
import io.gizmostudio.core.scene.SceneDocument;
import io.gizmostudio.server.support.TestServer;
import io.gizmostudio.ui.common.FxUiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dialog as a user drives it: choose formats and a folder, press a Fix, export, read the result. */
@ExtendWith(ApplicationExtension.class)
class SceneExportDialogFxTest {
    @TempDir
    Path dir;
    private TestServer engine;
    private GizmoClient client;
    private FxUiExecutor executor;
    private final List<String> fixes = new CopyOnWriteArrayList<>();
    private String floatingId;

    @Start
    void start(Stage stage) {
        engine = TestServer.start(dir.resolve("data"));
        client = new GizmoClient(GizmoClientOptions.builder().baseUrl(engine.server().baseUrl())
                .apiKey(engine.key().secret()).build());
        Asset arm = client.assets().generate(CreateAssetRequest.of("an arm"), Duration.ofSeconds(30), AwaitListener.NONE,
                new CancellationToken());
        Scene scene = client.scenes().create(new CreateSceneRequest("Cell", null));
        scene = client.scenes().addPlacement(scene.id(), new AddPlacementRequest(arm.id(), new Position(0, 0, 0.5),
                Rotation.IDENTITY, "crate arm", PlacementMobility.FREE, Map.of()));
        floatingId = scene.assets().get(0).placementId();
        SceneDocument doc = new SceneDocument("Cell", List.of(new Placement(floatingId, arm.id(), "crate arm",
                Pose.of(0, 0, 0.5), Map.of(), Mobility.FREE)));
        ObservableMap<String, List<PlacementIssue>> issues = FXCollections.observableHashMap();
        issues.put(floatingId, List.of(new PlacementIssue(floatingId, PlacementIssue.Kind.FLOATING, null, 0.5, "floats")));
        executor = new FxUiExecutor();
        SceneExportViewModel vm = new SceneExportViewModel(scene.id(), new SimpleObjectProperty<>(doc), issues,
                new ClientSceneExporter(client), new ExportFixes() {
                    @Override public void select(String id) {
                        fixes.add("select " + id);
                    }

                    @Override public void dropToSurface(String id) {
                        fixes.add("drop " + id);
                    }

                    @Override public void rename(String id, String name) {
                        fixes.add("rename " + id);
                    }
                }, new ExportFolderFile(dir.resolve("config"), null), executor);
        stage.setScene(new javafx.scene.Scene(new StackPane(new Label("composer")), 300, 200));
        stage.show();
        new SceneExportDialog(stage, vm, path -> fixes.add("show " + path)).show();
    }

    @AfterEach
    void stop() {
        executor.close();
        client.close();
        engine.close();
    }

    @Test
    @Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aUserFixesAProblemAndExportsTwoFormats(FxRobot robot) throws Exception {
        Path out = dir.resolve("exports");
        assertThat(robot.lookup("#problem-0").queryAs(Label.class).getText()).contains("free object resting on nothing");

        robot.clickOn("#fix-0");
        robot.clickOn("#format-isaac_sim_urdf");
        robot.clickOn("#exportFolderField").write(out.toString());
        robot.clickOn("#unpackedToggle");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#exportButton").queryButton().isDisabled());
        robot.clickOn("#exportButton");

        @SuppressWarnings("unchecked")
        ListView<Path> files = robot.lookup("#writtenFilesList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#state-isaac_sim_urdf").queryAs(Label.class)
                .getText().equals("Done"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixes).containsExactly("drop " + floatingId);
        assertThat(files.getItems()).contains(out.resolve("Cell_mujoco_mjcf/scene.xml"), out.resolve("Cell_isaac_sim_urdf/scene.urdf"));
        assertThat(Files.isRegularFile(out.resolve("Cell_isaac_sim_urdf/scene.urdf"))).isTrue();
        assertThat(robot.lookup("#reportList").queryAs(ListView.class).getItems())
                .contains("URDF: 1 free object welded to the world \u2014 URDF has no free bodies");
        assertThat(robot.lookup("#exportStatus").queryAs(Label.class).getText()).startsWith("Exported 2 of 2 formats");
        javafx.scene.image.Image shot = robot.capture(robot.lookup("#sceneExportDialog").queryAs(javafx.scene.Node.class)).getImage();
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot, null), "png",
                Files.createDirectories(Path.of("target")).resolve("scene-export-dialog.png").toFile());
        robot.clickOn("#showFolderButton");
        assertThat(fixes).endsWith("show " + out);
    }
}
