package io.gizmostudio;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.api.CreateAssetRequest;
import io.gizmostudio.client.AwaitListener;
import io.gizmostudio.client.CancellationToken;
import io.gizmostudio.client.GizmoClient;
import io.gizmostudio.client.GizmoClientOptions;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.Ray;
import io.gizmostudio.server.EmbeddedEngine;
import io.gizmostudio.server.ServerConfig;
import io.gizmostudio.ui.connection.BuiltInEngine;
import io.gizmostudio.ui.connection.ClientConnectionService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The real app in a JVM of its own, for {@link SceneDocumentsFxTest}: builds a scene, saves it, edits on without
 * saving (a drop, a joint pose, a rename), prints the document after the last edit and waits to be killed.
 */
public final class AppEditingChild {
    static final String DOCUMENT = "DOCUMENT ";
    static final String DONE = "DONE";

    private AppEditingChild() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        BuiltInEngine engine = new ServerBuiltInEngine(() -> EmbeddedEngine.start(ServerConfig.defaults(root.resolve("data")).withPort(0)));
        StudioApp app = new StudioApp(root.resolve("config"), Map.of(), new ClientConnectionService(engine), () -> { });
        app.usePreviewCache(new io.gizmostudio.ui.preview.ExportBundleCache(root.resolve("cache")));
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            app.show(new Stage());
            shown.complete(null);
        });
        shown.get(60, TimeUnit.SECONDS);
        BuiltInEngine.EngineEndpoint ep = engine.start();
        Asset table;
        Asset box;
        try (GizmoClient client = new GizmoClient(GizmoClientOptions.builder().baseUrl(ep.baseUrl()).apiKey(ep.apiKey()).build())) {
            table = client.assets().generate(CreateAssetRequest.of("a wooden table"), Duration.ofSeconds(60), AwaitListener.NONE, new CancellationToken());
            box = client.assets().generate(CreateAssetRequest.of("a small plastic box"), Duration.ofSeconds(60), AwaitListener.NONE, new CancellationToken());
        }
        fx(() -> {
            app.library().refresh();
            return null;
        });
        waitFor(() -> app.library().assets().stream().filter(a -> a.status() == AssetStatus.READY).count() == 2);
        drop(app, table.id(), 0, 0, 1);
        drop(app, box.id(), 1, 0, 2);
        fx(() -> {
            app.session().save();
            return null;
        });
        waitFor(() -> !app.session().dirtyProperty().get() && app.session().openSceneProperty().get().isOnServer());
        System.out.println("SAVED " + app.session().openSceneProperty().get().sceneId());
        // unsaved edits from here on
        drop(app, box.id(), -1, 0.5, 3);
        String boxId = fx(() -> app.composer().documentProperty().get().placements().get(1).id());
        fx(() -> {
            app.composer().rename(boxId, "crate on the floor");
            app.composer().nudge(0.123456789, -1e-9, 0);
            return null;
        });
        Thread.sleep(1500); // the journal writes within milliseconds; the kill comes after this
        System.out.println(DOCUMENT + fx(() -> app.composer().documentProperty().get().toString()));
        System.out.println(DONE);
        System.out.flush();
        Thread.sleep(TimeUnit.MINUTES.toMillis(5));
    }

    private static void drop(StudioApp app, String assetId, double x, double y, int expected) throws Exception {
        Ray down = new Ray(new Vec3(x, y, 10), new Vec3(0, 0, -1));
        fx(() -> app.composer().drop(assetId, down, false));
        waitFor(() -> app.composer().documentProperty().get().placements().size() == expected);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }

    private static void waitFor(Callable<Boolean> check) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            if (fx(check)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("timed out");
    }
}
