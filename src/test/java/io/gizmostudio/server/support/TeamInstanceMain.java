package io.gizmostudio.server.support;

import io.gizmostudio.server.GizmoServer;
import io.gizmostudio.server.export.BundleExportService;
import io.gizmostudio.server.jobs.GeneratedModel;
import io.gizmostudio.server.store.StoreLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One team-server instance in its own JVM, so a test can kill it with SIGKILL: args are the store URL (credentials
 * from the environment), the file to write its base URL to once it listens, the milliseconds per generation, the
 * workers, the job lease in seconds, and its data folder.
 */
public final class TeamInstanceMain {
    private TeamInstanceMain() {
    }

    public static void main(String[] args) throws Exception {
        StoreLocation store = StoreLocation.parse(args[0], System.getenv());
        Path ready = Path.of(args[1]);
        long delay = Long.parseLong(args[2]);
        GizmoServer server = GizmoServer.start(TestServer.config(Path.of(args[5])).withStore(store)
                .withWorkers(Integer.parseInt(args[3])).withJobLease(Duration.ofSeconds(Long.parseLong(args[4]))),
                (prompt, seed) -> {
                    try {
                        Thread.sleep(delay);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    return new GeneratedModel(TestModels.arm(seed), TestModels.params(seed));
                }, new BundleExportService());
        Path tmp = ready.resolveSibling(ready.getFileName() + ".tmp");
        Files.writeString(tmp, server.baseUrl() + " " + server.instance(), StandardCharsets.UTF_8);
        Files.move(tmp, ready);
        Thread.sleep(Long.MAX_VALUE);
    }
}
