package io.gizmostudio.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.api.ApiJson;
import io.gizmostudio.server.auth.ApiKeys;
import io.gizmostudio.server.auth.FailedAuthThrottle;
import io.gizmostudio.server.auth.RateLimiter;
import io.gizmostudio.server.codec.ArticulationCodec;
import io.gizmostudio.server.export.ExportService;
import io.gizmostudio.server.http.AssetRoutes;
import io.gizmostudio.server.http.AssetViews;
import io.gizmostudio.server.http.ErrorMapper;
import io.gizmostudio.server.http.ExportRoutes;
import io.gizmostudio.server.http.IdempotencyGate;
import io.gizmostudio.server.http.ImportRoutes;
import io.gizmostudio.server.imports.DescriptionImporter;
import io.gizmostudio.server.http.Ownership;
import io.gizmostudio.server.http.PathEscapes;
import io.gizmostudio.server.http.PlaceableAssets;
import io.gizmostudio.server.http.PlacementRoutes;
import io.gizmostudio.server.http.Protection;
import io.gizmostudio.server.http.ProtocolErrorHandler;
import io.gizmostudio.server.http.Replies;
import io.gizmostudio.server.http.RequestLog;
import io.gizmostudio.server.http.RequestReadDeadline;
import io.gizmostudio.server.http.SceneRoutes;
import io.gizmostudio.server.http.SystemRoutes;
import io.gizmostudio.server.jobs.AssetFactory;
import io.gizmostudio.server.jobs.GenerationJob;
import io.gizmostudio.server.jobs.GenerationQueue;
import io.gizmostudio.server.store.AssetStore;
import io.gizmostudio.server.store.Database;
import io.gizmostudio.server.store.IdempotencyStore;
import io.gizmostudio.server.store.Ids;
import io.gizmostudio.server.store.KeyStore;
import io.gizmostudio.server.store.SceneStore;
import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local Gizmo engine: the v1 REST API (contract §1–8 and §10) on Javalin over the SQLite store and the
 * generation queue. {@link #start} opens the store, re-queues unfinished jobs and starts listening;
 * {@link #close} stops taking requests, lets running jobs finish (bounded) and closes the store.
 */
public final class GizmoServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GizmoServer.class);

    private final ServerConfig config;
    private final Database db;
    private final ApiKeys keys;
    private final GenerationQueue queue;
    private final Javalin app;
    private final RequestReadDeadline readDeadline;
    private final String environmentKeyId;
    private final AtomicBoolean closed = new AtomicBoolean();

    private GizmoServer(ServerConfig config, AssetFactory factory, ExportService exporter, Clock systemClock) {
        config.checkBindAddress();
        // The store keeps milliseconds: tick in milliseconds so a freshly created resource reads back identical.
        Clock clock = Clock.tick(systemClock, Duration.ofMillis(1));
        this.config = config;
        ObjectMapper json = ApiJson.newMapper();
        this.db = Database.open(config.dataDir(), 4);
        try {
            AssetStore assets = new AssetStore(db, json);
            SceneStore scenes = new SceneStore(db);
            this.keys = new ApiKeys(new KeyStore(db), clock, config.rateLimitPerMinute());
            this.environmentKeyId = config.environmentKey() != null ? keys.registerExternal(config.environmentKey()) : null;
            ArticulationCodec codec = new ArticulationCodec(json);
            this.queue = new GenerationQueue(new GenerationJob(assets, factory, codec, json, clock), config.workers(),
                    config.queueCapacity());
            queue.recover(assets.resetUnfinished(clock.instant()));
            IdempotencyGate idempotency = new IdempotencyGate(new IdempotencyStore(db), db, clock);
            idempotency.purgeExpired();

            Replies replies = new Replies(json);
            Ids ids = new Ids();
            Ownership ownership = new Ownership(assets, scenes);
            Protection guard = new Protection(keys, new RateLimiter(),
                    new FailedAuthThrottle(config.authFailuresPerMinute()), idempotency, json);
            AssetRoutes assetRoutes = new AssetRoutes(assets, queue, ownership, new AssetViews(json), replies, ids, clock, db);
            SceneRoutes sceneRoutes = new SceneRoutes(scenes, ownership, replies, ids, clock);
            PlaceableAssets placeable = new PlaceableAssets(assets, ownership, codec, json);
            PlacementRoutes placementRoutes = new PlacementRoutes(scenes, placeable, ownership, replies, ids, clock);
            ExportRoutes exportRoutes = new ExportRoutes(assets, ownership, codec, exporter);
            SystemRoutes system = new SystemRoutes(replies, config.version());
            ImportRoutes importRoutes = new ImportRoutes(assets, new DescriptionImporter(codec, json,
                    config.dataDir().resolve("imports")), new AssetViews(json), replies, ids, clock);

            this.app = Javalin.create(cfg -> {
                cfg.showJavalinBanner = false;
                cfg.startupWatcherEnabled = false;
                cfg.http.prefer405over404 = true;
                cfg.http.defaultContentType = "application/json";
                cfg.router.ignoreTrailingSlashes = true;
                cfg.requestLogger.http(RequestLog::log);
                cfg.jetty.modifyServer(server -> server.setErrorHandler(new ProtocolErrorHandler(json)));
                cfg.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new ProtocolErrorHandler(json)));
                cfg.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            });
            new ErrorMapper(json).register(app);
            app.before(PathEscapes::check);
            app.get("/v1/health", system::health);
            app.get("/v1/whoami", guard.protect(system::whoAmI));
            app.post("/v1/assets", guard.protect(assetRoutes::create));
            app.post("/v1/assets/import", guard.protectUpload(importRoutes::importBundle, ImportRoutes.MAX_UPLOAD_BYTES,
                    ImportRoutes.MEDIA_TYPE));
            app.get("/v1/assets", guard.protect(assetRoutes::list));
            app.get("/v1/assets/{id}", guard.protect(assetRoutes::get));
            app.delete("/v1/assets/{id}", guard.protect(assetRoutes::delete));
            app.post("/v1/assets/{id}/export", guard.protect(exportRoutes::asset));
            app.post("/v1/scenes", guard.protect(sceneRoutes::create));
            app.get("/v1/scenes", guard.protect(sceneRoutes::list));
            app.get("/v1/scenes/{id}", guard.protect(sceneRoutes::get));
            app.patch("/v1/scenes/{id}", guard.protect(sceneRoutes::update));
            app.delete("/v1/scenes/{id}", guard.protect(sceneRoutes::delete));
            app.post("/v1/scenes/{id}/export", guard.protect(exportRoutes::scene));
            app.post("/v1/scenes/{id}/assets", guard.protect(placementRoutes::add));
            app.put("/v1/scenes/{id}/assets", guard.protect(placementRoutes::replace));
            app.patch("/v1/scenes/{id}/assets/{placement_id}", guard.protect(placementRoutes::move));
            app.delete("/v1/scenes/{id}/assets/{placement_id}", guard.protect(placementRoutes::remove));
            app.start(config.host(), config.port());
            this.readDeadline = new RequestReadDeadline(config.requestReadTimeout(), json);
            readDeadline.start(List.of(app.jettyServer().server().getConnectors()));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        LOG.info("Gizmo engine {} listening on {} (data in {}, {} worker(s))", config.version(), baseUrl(),
                config.dataDir(), config.workers());
    }

    /** Starts a server; the port in {@code config} may be 0 for any free port (see {@link #port()}). */
    public static GizmoServer start(ServerConfig config, AssetFactory factory, ExportService exporter) {
        return start(config, factory, exporter, Clock.systemUTC());
    }

    public static GizmoServer start(ServerConfig config, AssetFactory factory, ExportService exporter, Clock clock) {
        return new GizmoServer(config, factory, exporter, clock);
    }

    public int port() {
        return app.port();
    }

    /** {@code http://host:port} (without {@code /v1}). */
    public String baseUrl() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port();
    }

    public ApiKeys keys() {
        return keys;
    }

    /** The key id {@code GIZMO_API_KEY} was registered under, or null when none was given. */
    public String environmentKeyId() {
        return environmentKeyId;
    }

    public ServerConfig config() {
        return config;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LOG.info("Shutting down: no new requests, waiting up to {} s for running generations",
                config.shutdownGrace().toSeconds());
        readDeadline.close();
        app.stop();
        queue.close(config.shutdownGrace());
        db.close();
    }
}
