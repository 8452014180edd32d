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
import io.gizmostudio.server.jobs.JobQueue;
import io.gizmostudio.server.jobs.SharedGenerationQueue;
import io.gizmostudio.server.store.JobLeases;
import io.gizmostudio.server.store.JobNotifications;
import io.gizmostudio.server.store.PostgresDatabase;
import io.gizmostudio.server.store.RateBuckets;
import io.gizmostudio.server.auth.RateLimits;
import io.gizmostudio.server.auth.SharedRateLimiter;
import io.gizmostudio.api.Health;
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
 * The Gizmo engine: the v1 REST API (contract §1–8 and §10) on Javalin over a store and a generation queue. On the
 * desktop's SQLite file the queue is in this process and {@link #start} re-queues unfinished jobs; on a team server's
 * PostgreSQL ({@link ServerConfig#store()}) every instance takes jobs from one shared queue under leases, and rate
 * limits are shared too. {@link #close} stops taking requests, lets running jobs finish (bounded), hands the rest
 * back and closes the store.
 */
public final class GizmoServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GizmoServer.class);

    private final ServerConfig config;
    private final Database db;
    private final ApiKeys keys;
    private final JobQueue queue;
    private final JobNotifications notifications;
    private final String instance;
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
        this.instance = InstanceName.next();
        this.db = config.store() == null ? Database.open(config.dataDir(), 4)
                : PostgresDatabase.connect(config.store(), config.workers() + 12);
        JobNotifications listening = null;
        try {
            AssetStore assets = new AssetStore(db, json);
            SceneStore scenes = new SceneStore(db);
            this.keys = new ApiKeys(new KeyStore(db), clock, config.rateLimitPerMinute());
            this.environmentKeyId = config.environmentKey() != null ? keys.registerExternal(config.environmentKey()) : null;
            ArticulationCodec codec = new ArticulationCodec(json);
            GenerationJob job = new GenerationJob(assets, factory, codec, json, clock);
            RateLimits limits;
            if (db instanceof PostgresDatabase pg) {
                JobNotifications[] announcer = new JobNotifications[1];
                SharedGenerationQueue shared = new SharedGenerationQueue(job, new JobLeases(db), () -> announcer[0].announce(),
                        instance, config.workers(), config.queueCapacity(), config.jobLease(), clock);
                announcer[0] = listening = JobNotifications.start(pg, shared::wakeUp);
                this.queue = shared;
                limits = new SharedRateLimiter(new RateBuckets(db), clock);
            } else {
                GenerationQueue local = new GenerationQueue(job, config.workers(), config.queueCapacity());
                local.recover(assets.resetUnfinished(clock.instant()));
                this.queue = local;
                limits = new RateLimiter();
            }
            this.notifications = listening;
            IdempotencyGate idempotency = new IdempotencyGate(new IdempotencyStore(db), db, clock);
            idempotency.purgeExpired();

            Replies replies = new Replies(json);
            Ids ids = new Ids();
            Ownership ownership = new Ownership(assets, scenes);
            Protection guard = new Protection(keys, limits,
                    new FailedAuthThrottle(config.authFailuresPerMinute()), idempotency, json);
            AssetRoutes assetRoutes = new AssetRoutes(assets, queue, ownership, new AssetViews(json), replies, ids, clock, db);
            SceneRoutes sceneRoutes = new SceneRoutes(scenes, ownership, replies, ids, clock);
            PlaceableAssets placeable = new PlaceableAssets(assets, ownership, codec, json);
            PlacementRoutes placementRoutes = new PlacementRoutes(scenes, placeable, ownership, replies, ids, clock);
            ExportRoutes exportRoutes = new ExportRoutes(assets, ownership, codec, exporter);
            SystemRoutes system = new SystemRoutes(replies, this::health);
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
            if (listening != null) {
                listening.close();
            }
            db.close();
            throw e;
        }
        LOG.info("Gizmo engine {} listening on {} as {} (store {}, {} worker(s){})", config.version(), baseUrl(), instance,
                db.describe(), config.workers(), queue.state().shared() ? ", shared queue" : "");
    }

    /** Starts a server; the port in {@code config} may be 0 for any free port (see {@link #port()}). */
    public static GizmoServer start(ServerConfig config, AssetFactory factory, ExportService exporter) {
        return start(config, factory, exporter, Clock.systemUTC());
    }

    public static GizmoServer start(ServerConfig config, AssetFactory factory, ExportService exporter, Clock clock) {
        return new GizmoServer(config, factory, exporter, clock);
    }

    /** The health report: the store answered just now, the queue's state; 503 statuses while stopping or cut off. */
    private Health health() {
        boolean storeOk;
        Health.Queue q = null;
        try {
            storeOk = db.read(c -> {
                try (java.sql.Statement st = c.createStatement()) {
                    st.execute("SELECT 1");
                }
                return true;
            });
            JobQueue.QueueState s = queue.state();
            q = new Health.Queue(s.shared(), s.workers(), s.running(), s.outstanding(), s.orphaned());
        } catch (RuntimeException e) {
            storeOk = false;
        }
        String status = closed.get() ? "stopping" : storeOk ? "ok" : "unavailable";
        return new Health(status, config.version(), new Health.Store(db.dialect().name().toLowerCase(java.util.Locale.ROOT),
                storeOk), q, instance);
    }

    /** This process's name in the leases it holds and in the health report (host, process id, a random suffix). */
    public String instance() {
        return instance;
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
        if (notifications != null) {
            notifications.close();
        }
        db.close();
    }
}
