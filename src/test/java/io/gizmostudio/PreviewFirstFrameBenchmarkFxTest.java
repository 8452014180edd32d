package io.gizmostudio;

import static io.gizmostudio.testing.FxWaits.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.api.CreateAssetRequest;
import io.gizmostudio.client.AwaitListener;
import io.gizmostudio.client.CancellationToken;
import io.gizmostudio.client.GizmoClient;
import io.gizmostudio.client.GizmoClientOptions;
import io.gizmostudio.server.EmbeddedEngine;
import io.gizmostudio.server.ServerConfig;
import io.gizmostudio.ui.connection.BuiltInEngine;
import io.gizmostudio.ui.connection.ClientConnectionService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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
 * Benchmark, run on request ({@code -Dgizmo.bench.preview=true}, under Xvfb): in the real app on the real built-in
 * engine, the time from selecting a ready asset in the library to the preview's next frame with the asset in it —
 * for assets not seen before (export bundle downloaded, unzipped, read, meshes built) and for assets seen before
 * (the parsed-model cache). Reports median and spread; asserts only that every preview showed.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PreviewFirstFrameBenchmarkFxTest {
    private static final Logger LOG = LoggerFactory.getLogger(PreviewFirstFrameBenchmarkFxTest.class);
    private static final String[] PROMPTS = {"a 6-DOF robot arm with a parallel-jaw gripper", "a steel cabinet with 3 drawers and 2 doors",
        "a wooden table", "a belt conveyor 2 m long", "a differential drive robot base", "an oven with two racks",
        "a three-finger gripper", "a fridge", "a SCARA robot", "a blue toolbox with a lid", "a desk lamp", "a roller conveyor with 12 rollers"};
    @TempDir
    static Path home;
    private StudioApp app;
    private BuiltInEngine engine;
    private final List<javafx.beans.InvalidationListener> listeners = new ArrayList<>();

    @BeforeAll
    static void onRequestOnly() {
        Assumptions.assumeTrue(Boolean.getBoolean("gizmo.bench.preview"), "set -Dgizmo.bench.preview=true to measure");
        Assumptions.assumeFalse("Monocle".equalsIgnoreCase(System.getProperty("glass.platform")), "3D needs Xvfb (-Pxvfb)");
    }

    @Start
    void start(Stage stage) throws Exception {
        Path root = Files.createTempDirectory(home, "user");
        engine = new ServerBuiltInEngine(() -> EmbeddedEngine.start(ServerConfig.defaults(root.resolve("data")).withPort(0)));
        app = new StudioApp(root.resolve("config"), Map.of(), new ClientConnectionService(engine), () -> { });
        app.usePreviewCache(new io.gizmostudio.ui.preview.ExportBundleCache(root.resolve("cache")));
        app.show(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(app::close).get().get(30, TimeUnit.SECONDS);
    }

    @Test
    void selectingAReadyAssetShowsItInThePreview(FxRobot robot) throws Exception {
        List<Asset> assets = new ArrayList<>();
        BuiltInEngine.EngineEndpoint ep = engine.start();
        try (GizmoClient client = new GizmoClient(GizmoClientOptions.builder().baseUrl(ep.baseUrl()).apiKey(ep.apiKey()).build())) {
            for (String p : PROMPTS) {
                assets.add(client.assets().generate(CreateAssetRequest.of(p), Duration.ofSeconds(60), AwaitListener.NONE, new CancellationToken()));
            }
        }
        WaitForAsyncUtils.asyncFx(() -> app.library().refresh()).get();
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> app.library().assets().size()).get() == PROMPTS.length);
        // warm the code paths once (class loading, JIT) on an asset left out of the figures
        show(robot, assets.get(0));
        double[] unseen = new double[assets.size() - 1];
        for (int i = 1; i < assets.size(); i++) {
            unseen[i - 1] = show(robot, assets.get(i));
        }
        double[] seen = new double[2 * (assets.size() - 1)];
        for (int r = 0; r < seen.length; r++) {
            seen[r] = show(robot, assets.get(1 + r % (assets.size() - 1)));
        }
        // going back and forth between three assets, as when comparing them
        double[] back = new double[21];
        for (int r = 0; r < back.length; r++) {
            back[r] = show(robot, assets.get(1 + r % 3));
        }
        LOG.info("preview first frame, {} assets of {} families: not seen before {}; seen before, cycling through all {}; "
                + "seen before, back and forth between three {}", unseen.length, PROMPTS.length, stats(unseen), stats(seen), stats(back));
        assertThat(assets).allMatch(a -> a.status() == AssetStatus.READY);
    }

    /** Selects {@code asset} and answers the milliseconds until the frame after the preview shows it. */
    private double show(FxRobot robot, Asset asset) throws Exception {
        long[] at = new long[2];
        CountDownLatch drawn = new CountDownLatch(1);
        robot.interact(() -> {
            io.gizmostudio.ui.preview.PreviewViewModel preview = app.preview();
            Runnable whenShowing = new Runnable() {
                private boolean started;

                @Override public void run() {
                    if (started || !asset.id().equals(preview.shownAssetIdProperty().get())
                            || preview.stateProperty().get() != io.gizmostudio.ui.preview.PreviewViewModel.State.SHOWING) {
                        return;
                    }
                    started = true;
                    new AnimationTimer() { // the pulse after the one that lays out and renders the shown model
                        private int pulses;

                        @Override public void handle(long now) {
                            if (++pulses == 2) {
                                at[1] = System.nanoTime();
                                stop();
                                drawn.countDown();
                            }
                        }
                    }.start();
                }
            };
            javafx.beans.InvalidationListener watch = obs -> whenShowing.run();
            preview.stateProperty().addListener(watch);
            preview.shownAssetIdProperty().addListener(watch);
            listeners.add(watch);
            at[0] = System.nanoTime();
            app.library().selectedProperty().set(asset);
            whenShowing.run(); // a model seen before shows within the selection
        });
        assertThat(drawn.await(60, TimeUnit.SECONDS)).as("the preview shows " + asset.name()).isTrue();
        robot.interact(() -> listeners.forEach(l -> {
            app.preview().stateProperty().removeListener(l);
            app.preview().shownAssetIdProperty().removeListener(l);
        }));
        listeners.clear();
        return (at[1] - at[0]) / 1e6;
    }

    private static String stats(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        double median = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        return String.format(Locale.ROOT, "median %.0f ms (min %.0f, max %.0f, n=%d)", median, s[0], s[s.length - 1], s.length);
    }
}
