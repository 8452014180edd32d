package io.gizmostudio.cli;

import io.gizmostudio.server.DataDirectory;
import io.gizmostudio.server.GizmoServer;
import io.gizmostudio.server.ServerConfig;
import io.gizmostudio.server.auth.IssuedKey;
import io.gizmostudio.server.export.BundleExportService;
import io.gizmostudio.server.jobs.CoreAssetFactory;
import io.gizmostudio.server.store.KeySource;
import io.gizmostudio.server.store.StoreException;
import io.gizmostudio.server.store.StoreLocation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: runs the local engine headless until SIGTERM or Ctrl-C, then shuts down cleanly (no new
 * requests, running generations finish or stay queued for the next start, store closed).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the local Gizmo engine (the v1 REST API) until interrupted.",
        footer = {"", "Environment:",
                "  GIZMO_API_KEY  a secret this server also accepts while it runs with it.",
                "    It is never stored as a permanent key: restarted without the variable,",
                "    or with another value, the server refuses the old secret (401). The",
                "    same secret maps to the same key id, so its assets and scenes are its",
                "    own again when it comes back. 'keys revoke' retires it for good;",
                "    'keys list' shows each key's source (issued or environment).",
                "  GIZMO_STORE_USER, GIZMO_STORE_PASSWORD or GIZMO_STORE_PASSWORD_FILE",
                "    the PostgreSQL credentials for --store (never on the command line).",
                "Without an active issued key (and no GIZMO_API_KEY), serve creates one",
                "and prints it once.",
                "",
                "A team server: several 'serve --store jdbc:postgresql://...' instances on one",
                "database share the library, the scenes, the keys, the rate limits and one",
                "generation queue; put any HTTP load balancer in front of them."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}).", defaultValue = ServerConfig.LOOPBACK)
    String host;

    @Option(names = "--port", description = "Port; 0 picks any free port (default: ${DEFAULT-VALUE}).", defaultValue = "8787")
    int port;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: the user data directory).")
    Path data;

    @Option(names = "--workers", paramLabel = "N", description = "Generation workers (default: cores, at most 4).")
    Integer workers;

    @Option(names = "--rate-limit", paramLabel = "PER_MINUTE", description = "Requests per minute per key (default: ${DEFAULT-VALUE}).",
            defaultValue = "600")
    int rateLimit;

    @Option(names = "--store", paramLabel = "JDBC_URL", description = "A team server's PostgreSQL, e.g."
            + " jdbc:postgresql://db:5432/gizmo (default: the SQLite file in the data directory).")
    String store;

    @Option(names = "--job-lease", paramLabel = "SECONDS", description = "With --store: how long a claimed generation is"
            + " held without a heartbeat before another instance takes it (default: ${DEFAULT-VALUE}).", defaultValue = "15")
    int jobLeaseSeconds;

    @Option(names = "--allow-remote", description = "Allow listening on an address other machines can reach.")
    boolean allowRemote;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Runnable stopper = stopped::countDown;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dataDir = data != null ? data : DataDirectory.defaultPath();
        ServerConfig config = ServerConfig.defaults(dataDir).withHost(host).withPort(port).withRateLimitPerMinute(rateLimit)
                .withAllowRemote(allowRemote).withEnvironmentKey(System.getenv("GIZMO_API_KEY"));
        if (workers != null) {
            config = config.withWorkers(workers);
        }
        GizmoServer server;
        try {
            if (store != null) {
                config = config.withStore(StoreLocation.parse(store, System.getenv()))
                        .withJobLease(java.time.Duration.ofSeconds(jobLeaseSeconds));
            }
            server = GizmoServer.start(config, new CoreAssetFactory(), new BundleExportService());
        } catch (IllegalArgumentException e) {
            err.println("serve: " + e.getMessage());
            return 2;
        } catch (StoreException e) {
            err.println("serve: " + e.getMessage());
            return 1;
        }
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "gizmo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        stopper = () -> {
            server.close();
            stopped.countDown();
        };
        out.println("Gizmo engine listening on " + server.baseUrl() + "/v1 (" + (store == null ? "data: " + dataDir
                : "store: " + config.store().describe() + ", instance " + server.instance()) + ")");
        if (config.environmentKey() == null
                && server.keys().list().stream().allMatch(k -> k.isRevoked() || k.source() == KeySource.ENVIRONMENT)) {
            IssuedKey key = server.keys().create("default");
            out.println("Created API key " + key.keyId() + " (shown only once): " + key.secret());
        }
        out.flush();
        stopped.await();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already exiting through the hook; nothing to undo.
        }
        return 0;
    }

    /** Stops a running {@code serve} as SIGTERM would (for embedding and tests). */
    public void stop() {
        stopper.run();
    }
}
