package io.gizmostudio.server.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.api.ApiJson;
import io.gizmostudio.server.GizmoServer;
import io.gizmostudio.server.ServerConfig;
import io.gizmostudio.server.export.BundleExportService;
import io.gizmostudio.server.jobs.CoreAssetFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

/**
 * A loopback load run against the real server: requests/s and p50/p99 latency for {@code GET /v1/assets/{id}}
 * and for a page of {@code GET /v1/assets} with 10,000 assets stored (inserted straight through the store), and
 * the time for 200 generations submitted at once to all reach ready with the real generator. Bounded: fixed
 * durations and counts. Arguments (all optional): clients, seconds per GET run, workers. With {@code serve SECONDS
 * IDS_FILE} it only seeds the store and serves for that long, printing the base URL and key, so an external load
 * generator such as {@code wrk} can drive it (see {@code wrk-get-asset.lua}).
 */
public final class LoadBenchmark {
    private static final int GENERATIONS = 200;

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("serve")) {
            serveOnly(Integer.parseInt(args[1]), Path.of(args[2]));
            return;
        }
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Path dir = Files.createTempDirectory("gizmo-bench");
        ObjectMapper json = ApiJson.newMapper();

        StoredAssets.Seeded seeded = StoredAssets.seedSqlite(dir, json);
        List<String> ids = seeded.ids();
        String secret = seeded.secret();
        ServerConfig config = ServerConfig.defaults(dir).withPort(0).withWorkers(workers).withRateLimitPerMinute(Integer.MAX_VALUE)
                .withQueueCapacity(10_000);
        try (GizmoServer server = GizmoServer.start(config, new CoreAssetFactory(), new BundleExportService())) {
            String base = server.baseUrl();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            System.out.printf(Locale.ROOT, "machine: %d cores, %s; %d client threads, %d s per run, %d workers%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"), clients, seconds, workers);

            IntFunction<HttpRequest> getOne = i -> get(base + "/v1/assets/" + ids.get(ThreadLocalRandom.current().nextInt(ids.size())), secret);
            IntFunction<HttpRequest> getPage = i -> get(base + "/v1/assets?limit=20&offset="
                    + ThreadLocalRandom.current().nextInt(StoredAssets.COUNT / 20) * 20, secret);
            run("warm-up", http, getOne, clients, 3);
            run("warm-up", http, getPage, clients, 3);
            run("GET /v1/assets/{id}", http, getOne, clients, seconds);
            run("GET /v1/assets?limit=20&offset=N (10,000 stored)", http, getPage, clients, seconds);
            generations(http, base, secret, json);
        }
    }

    private static void serveOnly(int seconds, Path idsFile) throws Exception {
        Path dir = Files.createTempDirectory("gizmo-bench");
        StoredAssets.Seeded seeded = StoredAssets.seedSqlite(dir, ApiJson.newMapper());
        List<String> ids = seeded.ids();
        Files.write(idsFile, ids);
        ServerConfig config = ServerConfig.defaults(dir).withPort(0).withRateLimitPerMinute(Integer.MAX_VALUE);
        try (GizmoServer server = GizmoServer.start(config, new CoreAssetFactory(), new BundleExportService())) {
            System.out.println("SERVING " + server.baseUrl() + " " + seeded.secret());
            System.out.flush();
            Thread.sleep(seconds * 1000L);
        }
    }

    private static HttpRequest get(String url, String secret) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + secret).GET().build();
    }

    private static void run(String label, HttpClient http, IntFunction<HttpRequest> requests, int clients, int seconds)
            throws InterruptedException {
        GetLoad.Result result = GetLoad.run(http, requests, clients, seconds);
        if (!label.equals("warm-up")) {
            System.out.println(result.line(label));
        }
    }

    /** Submits 200 generations at once (real generator, robot families) and waits until every one is ready. */
    private static void generations(HttpClient http, String base, String secret, ObjectMapper json) throws Exception {
        GenerationBurst.Result r = new GenerationBurst(http, json, secret).run(List.of(base), GENERATIONS, "gen");
        System.out.printf(Locale.ROOT, "%d generations submitted at once: all accepted in %.0f ms, all terminal after %.2f s"
                + " (%d ready, %d failed)%n", GENERATIONS, r.acceptedS() * 1000, r.terminalS(), GENERATIONS - r.failed(), r.failed());
        r.failures().forEach(f -> System.out.println("  failed: " + f));
    }
}
