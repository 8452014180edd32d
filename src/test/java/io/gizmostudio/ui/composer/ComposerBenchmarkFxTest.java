package io.gizmostudio.ui.composer;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.Asset;
import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.Ray;
import io.gizmostudio.core.scene.SceneDocument;
import io.gizmostudio.ui.common.ManualUiExecutor;
import io.gizmostudio.ui.common.TestAssets;
import io.gizmostudio.ui.preview.ExportBundleCache;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Benchmark, run on request ({@code -Dgizmo.bench.composer=true}, under Xvfb): a scene of 200 placements (five
 * generated assets × 40) — time to open it and draw the next frame, the orbit frame rate, the time from a drop of an
 * already loaded asset to its next frame, and the cost of one pointer-move step of a drag at 200 placements.
 */
@ExtendWith(ApplicationExtension.class)
class ComposerBenchmarkFxTest {
    private static final Logger LOG = LoggerFactory.getLogger(ComposerBenchmarkFxTest.class);
    private static final String[] PROMPTS = {"a wooden table", "a steel cabinet with 3 drawers and 2 doors",
        "a red plastic bin", "a 6-DOF robot arm with a parallel-jaw gripper", "a belt conveyor 2 m long"};
    private SceneComposerViewModel vm;
    private SceneCanvas canvas;
    private AssetModels models;
    private final Map<String, Asset> assets = new HashMap<>();

    @BeforeAll
    static void onRequestOnly() {
        Assumptions.assumeTrue(Boolean.getBoolean("gizmo.bench.composer"), "set -Dgizmo.bench.composer=true to measure");
    }

    @Start
    void start(Stage stage) throws Exception {
        models = new AssetModels(new ModelServingLibrary(), new ManualUiExecutor(),
                new ExportBundleCache(Files.createTempDirectory("bench")));
        AssetGenerator generator = new AssetGenerator();
        for (int i = 0; i < PROMPTS.length; i++) {
            String id = "ast_bench" + i;
            Articulation a = generator.generate(PROMPTS[i], 1).articulation();
            models.put(id, a);
            assets.put(id, TestAssets.ready(id, PROMPTS[i]));
        }
        vm = new SceneComposerViewModel(models, id -> Optional.ofNullable(assets.get(id)), new PlacementClipboard());
        canvas = new SceneCanvas(vm, models);
        stage.setScene(new Scene(canvas, 1024, 768, true));
        stage.show();
    }

    @Test
    void twoHundredPlacements(FxRobot robot) throws Exception {
        List<Placement> ps = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int asset = i % PROMPTS.length;
            ps.add(new Placement("p" + i, "ast_bench" + asset, "p" + i,
                    new Pose(new Vec3((i % 20) * 2.5 - 25, (i / 20) * 2.5 - 12, 0), Quat.IDENTITY), Map.of(), Mobility.FIXED));
        }
        SceneDocument doc = new SceneDocument("bench", ps);
        double[] open = new double[5];
        for (int r = 0; r < open.length; r++) {
            robot.interact(() -> vm.open(SceneDocument.empty("reset")));
            long start = System.nanoTime();
            robot.interact(() -> vm.open(doc));
            long end = nextPulse();
            open[r] = (end - start) / 1e6;
        }
        robot.interact(canvas::fitToScene);
        double fps = orbitFps();
        double[] drop = new double[7];
        for (int r = 0; r < drop.length; r++) {
            long[] t = new long[1];
            Ray ray = new Ray(new Vec3(30 + r, 0, 5), new Vec3(0, 0, -1));
            robot.interact(() -> {
                t[0] = System.nanoTime();
                vm.drop("ast_bench2", ray, false);
            });
            drop[r] = (nextPulse() - t[0]) / 1e6;
        }
        String first = "p0";
        double[] move = new double[30];
        robot.interact(() -> vm.beginMove(first, new Ray(new Vec3(-25, -12, 5), new Vec3(0, 0, -1))));
        for (int r = 0; r < move.length; r++) {
            int k = r;
            long[] t = new long[1];
            robot.interact(() -> {
                t[0] = System.nanoTime();
                vm.moveTo(new Ray(new Vec3(-25 + k * 0.1, -12, 5), new Vec3(0, 0, -1)), false);
            });
            move[r] = (nextPulse() - t[0]) / 1e6;
        }
        robot.interact(vm::endMove);
        long[] drawn = new long[2];
        robot.interact(() -> System.arraycopy(canvas.drawnTrianglesAndViews(), 0, drawn, 0, 2));
        LOG.info("composer benchmark, 200 placements (5 assets × 40), {} triangles in {} mesh views ({} triangles in the shared posed meshes):"
                        + " open + next frame {}; orbit {} fps; drop → next frame {}; drag step → next frame {}",
                drawn[0], drawn[1], canvas.sharedGeometry().posedTriangles(),
                stats(open), String.format(Locale.ROOT, "%.1f", fps), stats(drop), stats(move));
        assertThat(vm.documentProperty().get().placements()).hasSize(200 + drop.length);
        assertThat(fps).isPositive();
    }

    private static String stats(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "median %.1f ms (min %.1f, max %.1f, n=%d)", s[s.length / 2], s[0], s[s.length - 1], s.length);
    }

    /** The time of the next pulse after now (rendering follows each pulse). */
    private static long nextPulse() throws Exception {
        CountDownLatch seen = new CountDownLatch(2);
        long[] at = new long[1];
        WaitForAsyncUtils.asyncFx(() -> new AnimationTimer() {
            @Override public void handle(long now) {
                if (seen.getCount() == 1) {
                    at[0] = System.nanoTime();
                    stop();
                }
                seen.countDown();
            }
        }.start()).get();
        assertThat(seen.await(30, TimeUnit.SECONDS)).isTrue();
        return at[0];
    }

    private double orbitFps() throws Exception {
        AtomicInteger frames = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        long[] span = new long[2];
        WaitForAsyncUtils.asyncFx(() -> new AnimationTimer() {
            @Override public void handle(long now) {
                if (span[0] == 0) {
                    span[0] = now;
                }
                canvas.camera().orbit(2, 0.2);
                if (frames.incrementAndGet() == 200 || now - span[0] > 10_000_000_000L) {
                    span[1] = now;
                    stop();
                    done.countDown();
                }
            }
        }.start()).get();
        assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
        return (frames.get() - 1) / ((span[1] - span[0]) / 1e9);
    }
}
