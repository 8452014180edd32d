package io.gizmostudio.server.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.api.ApiJson;
import io.gizmostudio.server.GizmoServer;
import io.gizmostudio.server.ServerConfig;
import io.gizmostudio.server.export.BundleExportService;
import io.gizmostudio.server.jobs.CoreAssetFactory;
import io.gizmostudio.server.store.StoreLocation;
import io.gizmostudio.server.support.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The team server's figures on this machine, each over several repetitions (median and range): generations per
 * second with the real generator for one instance on SQLite, one on PostgreSQL and two sharing one PostgreSQL;
 * {@code GET /v1/assets/{id}} requests/s and p99 with 10,000 assets stored, one instance and two (requests
 * alternated between them, as a round-robin load balancer would); and how long the job of a {@code kill -9}'d
 * instance waits before another takes it ({@link LeaseTakeover}). Needs the PostgreSQL of
 * {@code eval "$(bash .ci/postgres.sh start)"}. Arguments (all optional): repetitions (3), generations per burst
 * (1000), seconds per GET run (10), client threads (8).
 */
public final class TeamServerBenchmark {
    private final ObjectMapper json = ApiJson.newMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<GizmoServer> running = new ArrayList<>();

    private TeamServerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (!TestPostgres.available()) {
            System.err.println("TeamServerBenchmark needs PostgreSQL: eval \"$(bash .ci/postgres.sh start)\" first");
            System.exit(2);
        }
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int generations = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s; %d repetitions, %d generations per burst, %d s per GET run,"
                        + " %d client threads, %d workers per instance%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), reps, generations, seconds, clients,
                Runtime.getRuntime().availableProcessors());
        TeamServerBenchmark bench = new TeamServerBenchmark();
        bench.generations(reps, generations);
        bench.gets(reps, seconds, clients);
        new LeaseTakeover(bench.http).run(reps);
    }

    private void generations(int reps, int generations) throws Exception {
        burst(1, 200, () -> null, "warm-up");
        burst(2, 200, TestPostgres::freshSchema, "warm-up");
        Summary sqlite = new Summary("generations/s, 1 instance, SQLite", "/s");
        Summary pg1 = new Summary("generations/s, 1 instance, PostgreSQL", "/s");
        Summary pg2 = new Summary("generations/s, 2 instances, one PostgreSQL", "/s");
        for (int rep = 0; rep < reps; rep++) {
            sqlite.add(burst(1, generations, () -> null, "sqlite").perSecond());
            pg1.add(burst(1, generations, TestPostgres::freshSchema, "pg1").perSecond());
            pg2.add(burst(2, generations, TestPostgres::freshSchema, "pg2").perSecond());
        }
        sqlite.print();
        pg1.print();
        pg2.print();
    }

    /** {@code instances} servers on one store ({@code null}: each its own SQLite file; only sensible for one). */
    private GenerationBurst.Result burst(int instances, int generations, Supplier<StoreLocation> store, String tag) throws Exception {
        try {
            List<String> bases = start(instances, store.get());
            String secret = running.get(0).keys().create("bench").secret();
            GenerationBurst.Result r = new GenerationBurst(http, json, secret).run(bases, generations, tag);
            if (r.failed() > 0) {
                throw new IllegalStateException(r.failed() + " generations failed: " + r.failures());
            }
            if (!tag.equals("warm-up")) {
                System.out.printf(Locale.ROOT, "  %-4s %d instance(s): %d generations accepted in %.2f s, all ready after %.2f s"
                        + " = %.1f/s%n", tag, instances, generations, r.acceptedS(), r.terminalS(), r.perSecond());
            }
            return r;
        } finally {
            stopAll();
        }
    }

    private void gets(int reps, int seconds, int clients) throws Exception {
        Summary sqliteRate = new Summary("GET /v1/assets/{id}, 1 instance, SQLite", " req/s");
        Summary sqliteP99 = new Summary("  p99", " ms");
        Summary oneRate = new Summary("GET /v1/assets/{id}, 1 instance, PostgreSQL", " req/s");
        Summary oneP99 = new Summary("  p99", " ms");
        Summary twoRate = new Summary("GET /v1/assets/{id}, 2 instances, one PostgreSQL", " req/s");
        Summary twoP99 = new Summary("  p99", " ms");
        for (int rep = 0; rep < reps; rep++) {
            Path dir = Files.createTempDirectory("gizmo-team-bench");
            GetLoad.Result s = getRun(startOn(dir), StoredAssets.seedSqlite(dir, json), "1 instance, SQLite", seconds, clients);
            sqliteRate.add(s.perSecond());
            sqliteP99.add(s.p99Ms());
            StoreLocation store = TestPostgres.freshSchema();
            StoredAssets.Seeded seeded = StoredAssets.seedPostgres(store, json);
            GetLoad.Result one = getRun(start(1, store), seeded, "1 instance, PostgreSQL", seconds, clients);
            oneRate.add(one.perSecond());
            oneP99.add(one.p99Ms());
            GetLoad.Result two = getRun(start(2, store), seeded, "2 instances, one PostgreSQL", seconds, clients);
            twoRate.add(two.perSecond());
            twoP99.add(two.p99Ms());
        }
        for (Summary summary : List.of(sqliteRate, sqliteP99, oneRate, oneP99, twoRate, twoP99)) {
            summary.print();
        }
    }

    /** Random stored ids, each client's requests alternating over {@code bases}; a warm-up, then the measured run. */
    private GetLoad.Result getRun(List<String> bases, StoredAssets.Seeded seeded, String label, int seconds, int clients)
            throws Exception {
        try {
            List<String> ids = seeded.ids();
            IntFunction<HttpRequest> request = n -> HttpRequest.newBuilder(URI.create(
                            bases.get(n % bases.size()) + "/v1/assets/" + ids.get(ThreadLocalRandom.current().nextInt(ids.size()))))
                    .header("Authorization", "Bearer " + seeded.secret()).GET().build();
            GetLoad.run(http, request, clients, 3);
            GetLoad.Result r = GetLoad.run(http, request, clients, seconds);
            System.out.println("  " + r.line(label));
            if (r.errors() > 0) {
                throw new IllegalStateException(r.errors() + " GETs failed");
            }
            return r;
        } finally {
            stopAll();
        }
    }

    private List<String> start(int instances, StoreLocation store) throws Exception {
        List<String> bases = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            Path dir = Files.createTempDirectory("gizmo-team-bench");
            ServerConfig config = config(dir);
            GizmoServer s = GizmoServer.start(store == null ? config : config.withStore(store), new CoreAssetFactory(),
                    new BundleExportService());
            running.add(s);
            bases.add(s.baseUrl());
        }
        return bases;
    }

    private List<String> startOn(Path dir) {
        GizmoServer s = GizmoServer.start(config(dir), new CoreAssetFactory(), new BundleExportService());
        running.add(s);
        return List.of(s.baseUrl());
    }

    private static ServerConfig config(Path dir) {
        return ServerConfig.defaults(dir).withPort(0).withRateLimitPerMinute(Integer.MAX_VALUE).withQueueCapacity(100_000);
    }

    private void stopAll() {
        running.forEach(GizmoServer::close);
        running.clear();
    }
}
