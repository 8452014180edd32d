package io.gizmostudio.server.support;

import io.gizmostudio.server.GizmoServer;
import io.gizmostudio.server.auth.IssuedKey;
import io.gizmostudio.server.export.BundleExportService;
import io.gizmostudio.server.jobs.GeneratedModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A server in its own JVM whose one worker takes {@code args[2]} ms per generation, so a test can kill it with
 * SIGKILL while jobs are queued and running. Writes "baseUrl key" to {@code args[1]} when it listens.
 */
public final class SlowEngineMain {
    private SlowEngineMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        long delay = Long.parseLong(args[2]);
        GizmoServer server = GizmoServer.start(TestServer.config(dataDir).withWorkers(1), (prompt, seed) -> {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return new GeneratedModel(TestModels.arm(seed), TestModels.params(seed));
        }, new BundleExportService());
        IssuedKey key = server.keys().create("crash-test");
        Path ready = Path.of(args[1]);
        Path tmp = ready.resolveSibling(ready.getFileName() + ".tmp");
        Files.writeString(tmp, server.baseUrl() + " " + key.secret(), StandardCharsets.UTF_8);
        Files.move(tmp, ready);
        Thread.sleep(Long.MAX_VALUE);
    }
}
