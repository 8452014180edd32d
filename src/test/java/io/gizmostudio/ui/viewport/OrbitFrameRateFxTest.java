package io.gizmostudio.ui.viewport;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Inertial;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Material;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.model.Visual;
import java.util.List;
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

/**
 * Benchmark, run on request ({@code -Dgizmo.bench.orbit=true}, under Xvfb): frames per second while the camera
 * orbits a model of about 100k triangles every frame.
 */
@ExtendWith(ApplicationExtension.class)
class OrbitFrameRateFxTest {
    private static final Logger LOG = LoggerFactory.getLogger(OrbitFrameRateFxTest.class);
    private ArticulationViewport viewport;

    @BeforeAll
    static void onRequestOnly() {
        Assumptions.assumeTrue(Boolean.getBoolean("gizmo.bench.orbit"), "set -Dgizmo.bench.orbit=true to measure");
    }

    @Start
    void start(Stage stage) {
        viewport = new ArticulationViewport();
        stage.setScene(new Scene(viewport, 1024, 768));
        stage.show();
    }

    @Test
    void orbitingA100kTriangleModel(FxRobot robot) throws Exception {
        TriangleMesh mesh = grid(224); // 224 x 224 cells x 2 = 100,352 triangles
        Link link = new Link("terrain", List.of(new Visual("terrain", mesh, Pose.IDENTITY, new Material("m", Rgba.rgb(0.7, 0.6, 0.4)))),
                List.of(), Inertial.NONE);
        robot.interact(() -> viewport.show(new Articulation("big", List.of(link), List.of())));
        AtomicInteger frames = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        long[] start = new long[1];
        long[] end = new long[1];
        robot.interact(() -> new AnimationTimer() {
            @Override public void handle(long now) {
                if (start[0] == 0) {
                    start[0] = now;
                }
                viewport.orbit(2, 0.3);
                if (frames.incrementAndGet() == 300 || now - start[0] > 10_000_000_000L) {
                    end[0] = now;
                    stop();
                    done.countDown();
                }
            }
        }.start());
        assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
        double fps = (frames.get() - 1) / ((end[0] - start[0]) / 1e9);
        LOG.info("orbit frame rate with {} triangles: {} fps over {} frames", mesh.triangleCount(), String.format(java.util.Locale.ROOT, "%.1f", fps), frames.get());
        assertThat(fps).isPositive();
    }

    /** A wavy square surface of n x n cells, one metre across. */
    private static TriangleMesh grid(int n) {
        double[] v = new double[(n + 1) * (n + 1) * 3];
        int k = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                double x = (double) i / n - 0.5;
                double y = (double) j / n - 0.5;
                v[k++] = x;
                v[k++] = y;
                v[k++] = 0.05 * Math.sin(12 * x) * Math.cos(12 * y) + 0.1;
            }
        }
        int[] t = new int[n * n * 6];
        k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int a = i * (n + 1) + j;
                int b = a + 1;
                int c = a + n + 1;
                int d = c + 1;
                t[k++] = a; t[k++] = c; t[k++] = b;
                t[k++] = b; t[k++] = c; t[k++] = d;
            }
        }
        return new TriangleMesh("terrain", v, t);
    }
}
