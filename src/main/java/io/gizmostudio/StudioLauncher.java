package io.gizmostudio;

import io.gizmostudio.server.DataDirectory;
import io.gizmostudio.server.EmbeddedEngine;
import io.gizmostudio.ui.connection.BuiltInEngine;
import io.gizmostudio.ui.connection.ClientConnectionService;
import io.gizmostudio.ui.settings.ConfigDirectory;
import io.gizmostudio.ui.viewport.Graphics3D;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
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

    /** Runs the app until its window is closed. */
    public static void launch(String[] args) {
        launch(args, null);
    }

    /** Runs the app until its window is closed, showing {@code openAtStart} (may be null) in the preview. */
    public static void launch(String[] args, Path openAtStart) {
        long started = System.nanoTime();
        Path configDir = ConfigDirectory.forCurrentUser();
        // The engine's store lives where `serve` keeps it too, so the app and a headless engine share one library.
        Path dataDir = DataDirectory.defaultPath();
        BuiltInEngine engine = new ServerBuiltInEngine(() -> EmbeddedEngine.start(dataDir));
        ClientConnectionService connections = new ClientConnectionService(engine);
        CountDownLatch exited = new CountDownLatch(1);
        StudioApp app = new StudioApp(configDir, System.getenv(), connections, () -> {
            Platform.exit();
            exited.countDown();
        });
        if (openAtStart != null) {
            app.openAtStart(openAtStart);
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
            LOG.info("Main window shown {} ms after launch ({} ms in the launcher)",
                    System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime(),
                    (System.nanoTime() - started) / 1_000_000);
        });
        try {
            exited.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
