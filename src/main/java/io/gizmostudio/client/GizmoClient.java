package io.gizmostudio.client;

import io.gizmostudio.api.ApiJson;
import io.gizmostudio.api.Health;
import io.gizmostudio.api.WhoAmI;

/**
 * The one place that speaks HTTP to a Gizmo server — the local engine, a team server or the Gizmo cloud — per
 * {@code shared/api/CONTRACT.md}, tolerant of the newer API variant. Every call is blocking (run it off the UI
 * thread), typed, retried where safe ({@link RetryPolicy}) and fails with a {@link GizmoException}. Safe to
 * share between threads; close it when done.
 *
 * <pre>{@code
 * try (GizmoClient gizmo = GizmoClient.fromEnvironment()) {
 *     Asset arm = gizmo.assets().generate(CreateAssetRequest.of("a 6-DOF arm"), Duration.ofMinutes(2),
 *             p -> log.info("{} {}%", p.status(), p.percent()), new CancellationToken());
 *     gizmo.assets().export(arm.id(), "mjcf", Path.of("out"), ProgressListener.NONE);
 * }
 * }</pre>
 */
public final class GizmoClient implements AutoCloseable {
    private final GizmoClientOptions options;
    private final HttpTransport transport;
    private final ApiCaller caller;
    private final AssetsResource assets;
    private final ScenesResource scenes;

    public GizmoClient(GizmoClientOptions options) {
        this.options = options;
        this.transport = new RetryingTransport(new OkHttpTransport(options), options.retryPolicy(),
                options.sleeper(), options.clock(), options.jitter());
        var json = ApiJson.newMapper();
        this.caller = new ApiCaller(options.baseUrl(), transport, json,
                new ErrorMapper(json, options.apiKey().orElse(null), options.clock()));
        Exports exports = new Exports(caller);
        AssetWaiter waiter = new AssetWaiter(this::fetchAsset, this::fetchJob, options.pollSchedule(),
                options.sleeper(), options.clock());
        this.assets = new AssetsResource(caller, waiter, exports);
        this.scenes = new ScenesResource(caller, exports);
    }

    /** A client for {@code GIZMO_BASE_URL} (default the local engine, {@value GizmoClientOptions#DEFAULT_BASE_URL}) and {@code GIZMO_API_KEY}. */
    public static GizmoClient fromEnvironment() {
        return new GizmoClient(GizmoClientOptions.fromEnvironment(System.getenv()).build());
    }

    public GizmoClientOptions options() {
        return options;
    }

    public AssetsResource assets() {
        return assets;
    }

    public ScenesResource scenes() {
        return scenes;
    }

    /** {@code GET /v1/health} (local-engine extension; needs no key). */
    public Health health() {
        return caller.read(caller.get(caller.url("health").build()), Health.class);
    }

    /** {@code GET /v1/whoami}: verifies the key. */
    public WhoAmI whoami() {
        return caller.read(caller.get(caller.url("whoami").build()), WhoAmI.class);
    }

    private io.gizmostudio.api.Asset fetchAsset(String id) {
        return assets.get(id);
    }

    private com.fasterxml.jackson.databind.JsonNode fetchJob(String jobId) {
        return caller.tree(caller.get(caller.url("jobs", jobId).addQueryParameter("include_result", "true").build()));
    }

    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "GizmoClient[" + options.baseUrl() + ", key " + options.apiKey().map(ApiKey::masked).orElse("none") + "]";
    }
}
