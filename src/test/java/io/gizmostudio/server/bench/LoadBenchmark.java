package io.gizmostudio.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.api.ApiJson;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.api.ExportFormats;
import io.gizmostudio.server.GizmoServer;
import io.gizmostudio.server.ServerConfig;
import io.gizmostudio.server.auth.IssuedKey;
import io.gizmostudio.server.auth.LocalKeys;
import io.gizmostudio.server.export.BundleExportService;
import io.gizmostudio.server.jobs.AssetStatsCalculator;
import io.gizmostudio.server.jobs.CoreAssetFactory;
import io.gizmostudio.server.store.AssetStore;
import io.gizmostudio.server.store.Database;
import io.gizmostudio.server.store.StoredAsset;
import io.gizmostudio.server.support.TestModels;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
    private static final int STORED_ASSETS = 10_000;
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

        IssuedKey key;
        try (LocalKeys keys = LocalKeys.open(dir)) {
            key = keys.create("bench");
        }
        List<String> ids = seed(dir, key.keyId(), json);
        ServerConfig config = ServerConfig.defaults(dir).withPort(0).withWorkers(workers).withRateLimitPerMinute(Integer.MAX_VALUE)
                .withQueueCapacity(10_000);
        try (GizmoServer server = GizmoServer.start(config, new CoreAssetFactory(), new BundleExportService())) {
            String base = server.baseUrl();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            System.out.printf(Locale.ROOT, "machine: %d cores, %s; %d client threads, %d s per run, %d workers%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"), clients, seconds, workers);

            IntFunction<HttpRequest> getOne = i -> get(base + "/v1/assets/" + ids.get(ThreadLocalRandom.current().nextInt(ids.size())), key);
            IntFunction<HttpRequest> getPage = i -> get(base + "/v1/assets?limit=20&offset="
                    + ThreadLocalRandom.current().nextInt(STORED_ASSETS / 20) * 20, key);
            run("warm-up", http, getOne, clients, 3);
            run("warm-up", http, getPage, clients, 3);
            run("GET /v1/assets/{id}", http, getOne, clients, seconds);
            run("GET /v1/assets?limit=20&offset=N (10,000 stored)", http, getPage, clients, seconds);
            generations(http, base, key, json);
        }
    }

    private static void serveOnly(int seconds, Path idsFile) throws Exception {
        Path dir = Files.createTempDirectory("gizmo-bench");
        IssuedKey key;
        try (LocalKeys keys = LocalKeys.open(dir)) {
            key = keys.create("bench");
        }
        List<String> ids = seed(dir, key.keyId(), ApiJson.newMapper());
        Files.write(idsFile, ids);
        ServerConfig config = ServerConfig.defaults(dir).withPort(0).withRateLimitPerMinute(Integer.MAX_VALUE);
        try (GizmoServer server = GizmoServer.start(config, new CoreAssetFactory(), new BundleExportService())) {
            System.out.println("SERVING " + server.baseUrl() + " " + key.secret());
            System.out.flush();
            Thread.sleep(seconds * 1000L);
        }
    }

    private static List<String> seed(Path dir, String owner, ObjectMapper json) throws Exception {
        long start = System.nanoTime();
        List<StoredAsset> rows = new ArrayList<>(STORED_ASSETS);
        List<String> ids = new ArrayList<>(STORED_ASSETS);
        String stats = json.writeValueAsString(AssetStatsCalculator.of(TestModels.arm(1)));
        String params = json.writeValueAsString(TestModels.params(1));
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < STORED_ASSETS; i++) {
            String id = String.format(Locale.ROOT, "ast_bench%09d", i);
            Instant at = t0.plusSeconds(i);
            rows.add(new StoredAsset(id, owner, AssetStatus.READY, "Arm " + i, "a two joint arm number " + i, List.of("bench"),
                    i, 100, at, at, null, null, stats, params, ExportFormats.ALL));
            ids.add(id);
        }
        try (Database db = Database.open(dir, 1)) {
            new AssetStore(db, json).insertAll(rows);
        }
        System.out.printf(Locale.ROOT, "stored %,d assets through the store in %d ms%n", STORED_ASSETS,
                (System.nanoTime() - start) / 1_000_000);
        return ids;
    }

    private static HttpRequest get(String url, IssuedKey key) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key.secret()).GET().build();
    }

    /** {@code clients} threads send back-to-back requests for {@code seconds}; prints rate and latency percentiles. */
    private static void run(String label, HttpClient http, IntFunction<HttpRequest> requests, int clients, int seconds)
            throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        int[] errors = new int[clients];
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            int me = c;
            latencies[c] = new long[2_000_000];
            threads[c] = new Thread(() -> {
                while (System.nanoTime() < end && counts[me] < latencies[me].length) {
                    HttpRequest r = requests.apply(counts[me]);
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> resp = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
                        if (resp.statusCode() != 200) {
                            errors[me]++;
                        }
                    } catch (Exception e) {
                        errors[me]++;
                    }
                    latencies[me][counts[me]++] = System.nanoTime() - t;
                }
            });
            threads[c].start();
        }
        long started = System.nanoTime();
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        if (label.equals("warm-up")) {
            return;
        }
        System.out.printf(Locale.ROOT, "%-50s %,9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  (%,d requests, %d errors)%n",
                label, total / elapsed, pct(all, 0.50), pct(all, 0.99), all[all.length - 1] / 1e6, total, Arrays.stream(errors).sum());
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** Submits 200 generations at once (real generator, robot families) and waits until every one is ready. */
    private static void generations(HttpClient http, String base, IssuedKey key, ObjectMapper json) throws Exception {
        String[] prompts = {"a 6-DOF robot arm", "a SCARA robot", "a parallel jaw gripper", "a three finger gripper",
                "a suction gripper", "a differential drive mobile base", "a pan-tilt camera mount", "a 3-axis gantry",
                "a 4-DOF arm with a gripper", "a small 5 dof robot arm"};
        long start = System.nanoTime();
        List<java.util.concurrent.CompletableFuture<HttpResponse<byte[]>>> posts = new ArrayList<>();
        for (int i = 0; i < GENERATIONS; i++) {
            String body = "{\"prompt\":\"" + prompts[i % prompts.length] + "\",\"seed\":" + i + ",\"tags\":[\"gen\"]}";
            posts.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/v1/assets"))
                    .header("Authorization", "Bearer " + key.secret()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray()));
        }
        List<String> ids = new ArrayList<>();
        for (var f : posts) {
            HttpResponse<byte[]> r = f.get();
            if (r.statusCode() != 202) {
                throw new IllegalStateException("submit answered " + r.statusCode());
            }
            ids.add(json.readTree(r.body()).get("id").asText());
        }
        long accepted = System.nanoTime();
        int failed = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            HttpResponse<byte[]> page = http.send(get(base + "/v1/assets?tag=gen&status=pending&limit=1", key),
                    HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> running = http.send(get(base + "/v1/assets?tag=gen&status=processing&limit=1", key),
                    HttpResponse.BodyHandlers.ofByteArray());
            long open = json.readTree(page.body()).get("total").asLong() + json.readTree(running.body()).get("total").asLong();
            if (open == 0) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(open + " generations still open after 5 minutes");
            }
            Thread.sleep(10);
        }
        long done = System.nanoTime();
        JsonNode failures = json.readTree(http.send(get(base + "/v1/assets?tag=gen&status=failed&limit=100", key),
                HttpResponse.BodyHandlers.ofByteArray()).body());
        failed = failures.get("total").asInt();
        System.out.printf(Locale.ROOT, "%d generations submitted at once: all accepted in %d ms, all terminal after %.2f s"
                        + " (%d ready, %d failed)%n", GENERATIONS, (accepted - start) / 1_000_000, (done - start) / 1e9,
                GENERATIONS - failed, failed);
        if (failed > 0) {
            failures.get("assets").forEach(a -> System.out.println("  failed: " + a.get("prompt").asText() + " -> " + a.get("error")));
        }
    }
}
