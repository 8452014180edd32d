package io.gizmostudio;

import io.gizmostudio.server.DataDirectory;
import io.gizmostudio.server.EmbeddedEngine;
import io.gizmostudio.ui.connection.ClientConnectionService;
import io.gizmostudio.ui.settings.ConfigDirectory;
import io.gizmostudio.ui.viewport.Graphics3D;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the desktop app: reads the settings while the toolkit starts, then shows the main window. Uses
 * {@link Platform#startup} rather than an {@code Application} subclass, so the classpath main class needs no
 * JavaFX launcher tricks and the composition is passed in plainly.
 */
public final class StudioLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(StudioLauncher.class);

    private StudioLauncher() {
    }

    /**
     * Runs the app over {@code dataDir} (null: the default data folder) until its window is closed, showing
     * {@code openAtStart} (may be null) — unless an instance already runs over that folder: then it is asked to
     * show the file and come to the front, and this launch ends. Returns the process exit code.
     */
    public static int launchOnce(Path dataDir, Path openAtStart) {
        return launchOnce(dataDir, openAtStart, java.util.Map.of());
    }

    /**
     * As {@link #launchOnce(Path, Path)}, a xacro file expanded with {@code xacroArgs} (given on the command line).
     * Handed over to an instance already running, the arguments go with the file.
     */
    public static int launchOnce(Path dataDir, Path openAtStart, java.util.Map<String, String> xacroArgs) {
        // The engine's store lives where `serve` keeps it too, so the app and a headless engine share one library.
        Path data = dataDir != null ? dataDir : DataDirectory.defaultPath();
        CompletableFuture<StudioApp> running = new CompletableFuture<>();
        Optional<InstanceLock> lock;
        try {
            lock = InstanceLock.acquire(data, request -> running.thenAccept(app -> app.bringToFrontLater(request.file(), request.xacroArgs())));
        } catch (IOException e) {
            System.err.println("gizmo-studio: cannot use the data folder " + data + ": " + e.getMessage());
            return 1;
        }
        if (lock.isEmpty()) {
            if (InstanceLock.handOver(data, openAtStart, xacroArgs, Duration.ofSeconds(20))) {
                System.out.println("Gizmo Studio is already running for " + data + "; "
                        + (openAtStart != null ? "opened " + openAtStart.getFileName() + " there." : "brought it to the front."));
                return 0;
            }
            System.err.println("gizmo-studio: another Gizmo Studio holds " + data + " but does not answer. Close it, or"
                    + " start one with a library of its own: gizmo-studio " + Main.NEW_INSTANCE + " DIR");
            return 1;
        }
        try (InstanceLock held = lock.get()) {
            launch(data, openAtStart, xacroArgs, running);
        }
        return 0;
    }

    /**
     * Packaging only ({@code -Dgizmo.startup.training=true}): the run that records which classes a start loads, for
     * the launcher's class-data sharing archive. It lets the window connect to the built-in engine and draw, then
     * closes it as a user would, so the archive holds the start, the engine and the first frames.
     */
    static final String TRAINING_RUN = "gizmo.startup.training";
    private static final long TRAINING_MILLIS = 6000;

    /** On the FX thread: a timeline closes the window after the training start (no thread is crossed). */
    private static void closeAfterTraining(StudioApp app) {
        javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.millis(TRAINING_MILLIS));
        wait.setOnFinished(e -> {
            LOG.info("Start-up training run done: closing");
            app.close();
        });
        wait.play();
    }

    /** Milliseconds since the JVM started (what a user waits from the launch). */
    private static long sinceLaunch() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Runs the app until its window is closed, showing {@code openAtStart} (may be null) in the preview. */
    private static void launch(Path dataDir, Path openAtStart, java.util.Map<String, String> xacroArgs,
                               CompletableFuture<StudioApp> running) {
        long started = System.nanoTime();
        Path configDir = ConfigDirectory.forCurrentUser();
        ServerBuiltInEngine engine = new ServerBuiltInEngine(() -> EmbeddedEngine.start(dataDir));
        ClientConnectionService connections = new ClientConnectionService(engine);
        CountDownLatch exited = new CountDownLatch(1);
        StudioApp app = new StudioApp(configDir, System.getenv(), connections, () -> {
            Platform.exit();
            exited.countDown();
        });
        app.dataFolder(dataDir);
        if (app.connectsToBuiltInEngine()) {
            engine.startAhead(); // in parallel with the toolkit and the window: the first connection finds it up
        }
        app.onFirstConnection(() -> LOG.info("Connected {} ms after launch", sinceLaunch()));
        if (openAtStart != null) {
            app.openAtStart(openAtStart, xacroArgs);
        }
        // Quitting through the window is the normal path; this covers SIGTERM and the like.
        Runtime.getRuntime().addShutdownHook(new Thread(engine::stop, "gizmo-engine-stop"));
        Platform.setImplicitExit(false);
        Graphics3D.preferGpuPipeline(); // `java -jar` gets the 3D that javafx:run and the installed launcher get
        Platform.startup(() -> {
            if (!Graphics3D.available()) {
                LOG.warn("JavaFX reports no 3D support (SCENE3D); the viewports say how to fix it");
            }
            app.show(new Stage());
            running.complete(app);
            LOG.info("Main window shown {} ms after launch ({} ms in the launcher)", sinceLaunch(),
                    (System.nanoTime() - started) / 1_000_000);
            if (Boolean.getBoolean(TRAINING_RUN)) {
                closeAfterTraining(app);
            }
        });
        try {
            exited.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
