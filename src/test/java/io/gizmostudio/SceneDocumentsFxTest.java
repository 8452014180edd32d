package io.gizmostudio;

import static io.gizmostudio.testing.FxWaits.fx;
import static io.gizmostudio.testing.FxWaits.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.api.CreateAssetRequest;
import io.gizmostudio.api.Placement;
import io.gizmostudio.api.Scene;
import io.gizmostudio.client.AwaitListener;
import io.gizmostudio.client.CancellationToken;
import io.gizmostudio.client.GizmoClient;
import io.gizmostudio.client.GizmoClientOptions;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.core.scene.Ray;
import io.gizmostudio.core.scene.SceneDocument;
import io.gizmostudio.server.EmbeddedEngine;
import io.gizmostudio.server.ServerConfig;
import io.gizmostudio.ui.connection.BuiltInEngine;
import io.gizmostudio.ui.connection.ClientConnectionService;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
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
 * Scenes as documents in the real app on the real built-in engine: what the canvas shows is what the server holds
 * after Ctrl+S, field by field, and what a fresh app opens; and after a {@code kill -9} of the app with unsaved
 * edits, the next start offers the draft and restores the scene exactly as it was.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SceneDocumentsFxTest {
    @TempDir
    static Path home;
    private Path root;
    private StudioApp app;
    private BuiltInEngine engine;

    @BeforeAll
    static void needsRealGlass() {
        Assumptions.assumeFalse("Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))
                || Boolean.getBoolean("testfx.headless"), "the app's 3D canvas needs Xvfb (run with -Pxvfb)");
    }

    @Start
    void start(Stage stage) throws Exception {
        root = Files.createTempDirectory(home, "user");
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            WaitForAsyncUtils.asyncFx(app::close).get().get(30, TimeUnit.SECONDS);
        }
    }

    /** Starts the app (and its built-in engine) on this test's data and config folders, in a window of its own. */
    private StudioApp startApp() throws Exception {
        engine = new ServerBuiltInEngine(() -> EmbeddedEngine.start(ServerConfig.defaults(root.resolve("data")).withPort(0)));
        StudioApp a = new StudioApp(root.resolve("config"), Map.of(), new ClientConnectionService(engine), () -> { });
        a.usePreviewCache(new io.gizmostudio.ui.preview.ExportBundleCache(root.resolve("cache")));
        WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            a.show(s);
            s.setX(0);
            s.setY(0);
            s.setWidth(1280);
            s.setHeight(800);
        }).get(30, TimeUnit.SECONDS);
        return a;
    }

    @Test
    void whatTheCanvasShowsIsWhatTheServerHoldsAfterSaveAndWhatAFreshAppOpens(FxRobot robot) throws Exception {
        app = startApp();
        Asset table = generate("a wooden table");
        Asset box = generate("a small plastic box");
        dropAt(table.id(), 0, 0);
        dropAt(box.id(), 1.0, 0.5);
        dropAt(box.id(), -1.0, 0.5);
        String boxId = document().placements().get(1).id();
        robot.interact(() -> {
            app.composer().setMobility(boxId, Mobility.FIXED);
            app.composer().rename(boxId, "left crate");
        });
        assertThat(fx(() -> app.session().dirtyProperty().get())).isTrue();
        assertThat(fx(() -> app.session().titleProperty().get())).isEqualTo("*Untitled scene — Gizmo Studio");

        robot.interact(() -> app.composerCanvas().subScene().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !fx(() -> app.session().dirtyProperty().get()) && fx(() -> app.session().openSceneProperty().get().isOnServer()));
        SceneDocument shown = document();
        String sceneId = fx(() -> app.session().openSceneProperty().get().sceneId());

        Scene held;
        try (GizmoClient client = client()) {
            held = client.scenes().get(sceneId);
        }
        assertThat(held.name()).isEqualTo(shown.name());
        assertThat(held.assets()).hasSize(shown.placements().size());
        for (int i = 0; i < shown.placements().size(); i++) {
            io.gizmostudio.core.scene.Placement p = shown.placements().get(i);
            Placement q = held.assets().get(i);
            assertThat(q.placementId()).isEqualTo(p.id());
            assertThat(q.assetId()).isEqualTo(p.assetId());
            assertThat(q.name()).isEqualTo(p.name());
            assertThat(new double[] {q.position().x(), q.position().y(), q.position().z()})
                    .containsExactly(p.pose().position().x(), p.pose().position().y(), p.pose().position().z());
            assertThat(new double[] {q.rotation().x(), q.rotation().y(), q.rotation().z(), q.rotation().w()})
                    .containsExactly(p.pose().rotation().x(), p.pose().rotation().y(), p.pose().rotation().z(), p.pose().rotation().w());
            assertThat(q.mobility()).isEqualTo(p.mobility() == Mobility.FREE ? "free" : "fixed");
            assertThat(q.jointPositions()).isEqualTo(p.jointPositions());
        }
        assertThat(held.assets().get(1).mobility()).isEqualTo("fixed");
        assertThat(held.assets().get(2).mobility()).as("a box is free by default").isEqualTo("free");

        // quit, start a fresh app on the same folders, open the scene from the Open scene browser
        WaitForAsyncUtils.asyncFx(app::close).get().get(30, TimeUnit.SECONDS);
        app = startApp();
        waitUntil(() -> fx(() -> !app.library().assets().isEmpty()));
        robot.interact(() -> app.composerCanvas().subScene().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#sceneTable").tryQuery().isPresent());
        waitUntil(() -> fx(() -> robot.lookup("#sceneTable").queryAs(javafx.scene.control.TableView.class).getItems().size()) == 1);
        robot.interact(() -> {
            var t = robot.lookup("#sceneTable").queryAs(javafx.scene.control.TableView.class);
            t.getSelectionModel().select(0);
            t.requestFocus();
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> document().placements().size() == 3);
        assertThat(document()).isEqualTo(shown);
        assertThat(fx(() -> app.session().dirtyProperty().get())).isFalse();
    }

    @Test
    void afterAKillMidEditTheNextStartRestoresTheSceneExactly(FxRobot robot) throws Exception {
        // the app in a child JVM: a scene of a few placements, saved, then more edits, then SIGKILL
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), "-Dprism.forceGPU=true",
                AppEditingChild.class.getName(), root.toString())
                .redirectErrorStream(true).start();
        String lastDocument = null;
        List<String> log = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
            for (String line; System.nanoTime() < deadline && (line = out.readLine()) != null; ) {
                log.add(line);
                if (line.startsWith(AppEditingChild.DOCUMENT)) {
                    lastDocument = line.substring(AppEditingChild.DOCUMENT.length());
                }
                if (line.equals(AppEditingChild.DONE)) {
                    break;
                }
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no flush, no goodbye
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(lastDocument).as("the child's output:\n%s", String.join("\n", log)).isNotNull();

        app = startApp();
        waitUntil(() -> robot.lookup("#draftRestoreDialog").tryQuery().isPresent(), 60);
        robot.clickOn(robot.lookup("Restore").queryButton());
        String expected = lastDocument;
        waitUntil(() -> document().toString().equals(expected));
        assertThat(document().toString()).isEqualTo(expected);
        assertThat(fx(() -> app.session().dirtyProperty().get())).isTrue();
        assertThat(fx(() -> app.session().openSceneProperty().get().isOnServer())).isTrue();
    }

    // ---------------------------------------------------------------- helpers

    private GizmoClient client() {
        BuiltInEngine.EngineEndpoint ep = engine.start();
        return new GizmoClient(GizmoClientOptions.builder().baseUrl(ep.baseUrl()).apiKey(ep.apiKey()).build());
    }

    private Asset generate(String prompt) throws Exception {
        try (GizmoClient c = client()) {
            Asset a = c.assets().generate(CreateAssetRequest.of(prompt), Duration.ofSeconds(60), AwaitListener.NONE, new CancellationToken());
            assertThat(a.status()).isEqualTo(AssetStatus.READY);
            WaitForAsyncUtils.asyncFx(() -> app.library().refresh()).get();
            waitUntil(() -> fx(() -> app.library().assets().stream().anyMatch(x -> x.id().equals(a.id()) && x.status() == AssetStatus.READY)));
            return a;
        }
    }

    /** A drop straight down onto (x, y), through the composer (the platform drag and drop is tested elsewhere). */
    private void dropAt(String assetId, double x, double y) throws Exception {
        int before = document().placements().size();
        Ray down = new Ray(new Vec3(x, y, 10), new Vec3(0, 0, -1));
        WaitForAsyncUtils.asyncFx(() -> app.composer().drop(assetId, down, false)).get();
        waitUntil(() -> document().placements().size() == before + 1);
    }

    private SceneDocument document() throws Exception {
        return fx(() -> app.composer().documentProperty().get());
    }

}
