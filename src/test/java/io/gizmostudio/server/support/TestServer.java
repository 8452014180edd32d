package io.gizmostudio.server.support;

import io.gizmostudio.server.GizmoServer;
import io.gizmostudio.server.ServerConfig;
import io.gizmostudio.server.auth.IssuedKey;
import io.gizmostudio.server.export.BundleExportService;
import io.gizmostudio.server.jobs.AssetFactory;
import java.nio.file.Path;
import java.time.Duration;

/** A real server on a free loopback port over a temporary data directory, with one key, for HTTP tests. */
public final class TestServer implements AutoCloseable {
    private final GizmoServer server;
    private final IssuedKey key;
    private final Http http;

    private TestServer(GizmoServer server) {
        this.server = server;
        this.key = server.keys().create("test");
        this.http = new Http(server.baseUrl(), key.secret());
    }

    /**
     * With {@code -Dgizmo.test.store=postgres} (the build's postgres-contract run) every test server keeps its state in
     * a fresh schema of the test PostgreSQL instead of SQLite: the same contract suite, the other store.
     */
    public static ServerConfig config(Path dataDir) {
        ServerConfig config = ServerConfig.defaults(dataDir).withPort(0).withWorkers(2).withRateLimitPerMinute(1_000_000)
                .withAuthFailuresPerMinute(1_000_000)
                .withShutdownGrace(Duration.ofSeconds(5));
        return "postgres".equals(System.getProperty("gizmo.test.store"))
                ? config.withStore(TestPostgres.location(SCHEMAS.computeIfAbsent(dataDir.toAbsolutePath(), d -> TestPostgres.freshSchemaUrl())))
                : config;
    }

    /** One schema per data directory, so a test that restarts a server on its folder finds its state again. */
    private static final java.util.Map<Path, String> SCHEMAS = new java.util.concurrent.ConcurrentHashMap<>();

    public static TestServer start(Path dataDir) {
        return start(config(dataDir), TestModels.factory());
    }

    public static TestServer start(ServerConfig config, AssetFactory factory) {
        return new TestServer(GizmoServer.start(config, factory, new BundleExportService()));
    }

    public GizmoServer server() {
        return server;
    }

    public IssuedKey key() {
        return key;
    }

    /** An HTTP client authenticated with this server's test key. */
    public Http http() {
        return http;
    }

    /** A client for another, newly created key. */
    public Http newKeyClient(String name) {
        return new Http(server.baseUrl(), server.keys().create(name).secret());
    }

    @Override
    public void close() {
        server.close();
    }
}
