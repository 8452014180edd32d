package io.gizmostudio.server.bench;

import io.gizmostudio.server.GizmoServer;
import io.gizmostudio.server.auth.LocalKeys;
import io.gizmostudio.server.export.BundleExportService;
import io.gizmostudio.server.jobs.GeneratedModel;
import io.gizmostudio.server.store.PostgresDatabase;
import io.gizmostudio.server.store.StoreLocation;
import io.gizmostudio.server.support.TeamInstanceMain;
import io.gizmostudio.server.support.TestModels;
import io.gizmostudio.server.support.TestPostgres;
import io.gizmostudio.server.support.TestServer;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * How long the job of a dead instance waits: instance A (its own JVM, the default 15 s lease, a generation that
 * never ends) claims a job; instance B joins; after a random 0–6 s (so the kill falls anywhere in A's heartbeat
 * cycle of lease/3) A is {@code kill -9}'d, and the store is polled every 20 ms until B holds the job, then until
 * it is ready. Expected: what was left of A's lease at the kill (10–15 s) plus up to B's 1 s poll.
 */
final class LeaseTakeover {
    private static final int LEASE_S = 15;
    private final HttpClient http;

    LeaseTakeover(HttpClient http) {
        this.http = http;
    }

    void run(int reps) throws Exception {
        Summary waited = new Summary("dead instance's job waited (kill → claimed by another)", " s");
        Summary leaseLeft = new Summary("  of which lease still left at the kill", " s");
        Summary ready = new Summary("  kill → ready on the other instance", " s");
        for (int rep = 0; rep < reps; rep++) {
            double[] r = once();
            waited.add(r[0]);
            leaseLeft.add(r[1]);
            ready.add(r[2]);
            System.out.printf(Locale.ROOT, "  takeover %d: lease left at kill %.2f s, claimed by the other after %.2f s, ready after %.2f s%n",
                    rep + 1, r[1], r[0], r[2]);
        }
        waited.print();
        leaseLeft.print();
        ready.print();
    }

    /** {waited, lease left at the kill, kill → ready}, in seconds. */
    private double[] once() throws Exception {
        String url = TestPostgres.freshSchemaUrl();
        StoreLocation store = TestPostgres.location(url);
        String secret;
        try (LocalKeys keys = LocalKeys.open(store)) {
            secret = keys.create("bench").secret();
        }
        Path dir = Files.createTempDirectory("gizmo-takeover");
        Process a = startInstance(url, dir);
        try (PostgresDatabase db = PostgresDatabase.connect(store, 2)) {
            String baseA = awaitReady(dir.resolve("a.ready"), a);
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(baseA + "/v1/assets"))
                    .header("Authorization", "Bearer " + secret).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"a 6-DOF robot arm\",\"seed\":1}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 202) {
                throw new IllegalStateException("submit answered " + created.statusCode() + ": " + created.body());
            }
            String id = created.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
            String ownerA = awaitOwner(db, id, null, Duration.ofSeconds(30));
            try (GizmoServer b = GizmoServer.start(TestServer.config(dir.resolve("b")).withStore(store).withWorkers(1),
                    (prompt, seed) -> new GeneratedModel(TestModels.arm(seed), TestModels.params(seed)), new BundleExportService())) {
                Thread.sleep(ThreadLocalRandom.current().nextLong(6_000));
                Instant expires = leaseExpiry(db, id);
                a.destroyForcibly();
                long killed = System.nanoTime();
                Instant killedAt = Instant.now();
                awaitOwner(db, id, ownerA, Duration.ofSeconds(60));
                long claimed = System.nanoTime();
                while (!"ready".equals(status(db, id))) {
                    Thread.sleep(20);
                }
                long done = System.nanoTime();
                if (!b.instance().equals(owner(db, id))) {
                    throw new IllegalStateException("the job went to " + owner(db, id) + ", not to " + b.instance());
                }
                return new double[] {(claimed - killed) / 1e9, Duration.between(killedAt, expires).toMillis() / 1e3,
                    (done - killed) / 1e9};
            }
        } finally {
            a.destroyForcibly();
            a.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process startInstance(String url, Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.createDirectories(dir.resolve("a"));
        return new ProcessBuilder(java, "-Xmx256m", "-cp", classpath(),
                TeamInstanceMain.class.getName(), url, dir.resolve("a.ready").toString(), "3600000", "1",
                Integer.toString(LEASE_S), dir.resolve("a").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("a.log").toFile()).start();
    }

    /** This benchmark's classpath: exec:java runs it in a class loader of its own, not on java.class.path. */
    private static String classpath() throws Exception {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader && loader.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    private static String awaitReady(Path ready, Process p) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.exists(ready)) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("instance A did not start (see " + ready.resolveSibling("a.log") + ")");
            }
            Thread.sleep(50);
        }
        return Files.readString(ready, StandardCharsets.UTF_8).split(" ")[0];
    }

    /** Waits until the job is claimed by someone other than {@code previous}; that claimant. */
    private static String awaitOwner(PostgresDatabase db, String id, String previous, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String owner = owner(db, id);
            if (owner != null && !owner.equals(previous) && "processing".equals(status(db, id)) || "ready".equals(status(db, id))) {
                return owner;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("job " + id + " not claimed after " + timeout);
            }
            Thread.sleep(20);
        }
    }

    private static String owner(PostgresDatabase db, String id) {
        return text(db, "SELECT lease_owner FROM assets WHERE id = ?", id);
    }

    private static String status(PostgresDatabase db, String id) {
        return text(db, "SELECT status FROM assets WHERE id = ?", id);
    }

    private static Instant leaseExpiry(PostgresDatabase db, String id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT lease_expires_at FROM assets WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return Instant.ofEpochMilli(rs.getLong(1));
                }
            }
        });
    }

    private static String text(PostgresDatabase db, String sql, String id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }
}
