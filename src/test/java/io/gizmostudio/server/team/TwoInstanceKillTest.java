package io.gizmostudio.server.team;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.server.auth.ApiKeys;
import io.gizmostudio.server.store.KeyStore;
import io.gizmostudio.server.store.PostgresDatabase;
import io.gizmostudio.server.support.Http;
import io.gizmostudio.server.support.Response;
import io.gizmostudio.server.support.TeamInstanceMain;
import io.gizmostudio.server.support.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two-instance test: 500 generations submitted round-robin to two instances (own JVMs) sharing one
 * PostgreSQL, one of them {@code kill -9}'d mid-burst. Requests the dead one no longer answers go to the survivor
 * with the same Idempotency-Key, as a load balancer's retry would. Every acknowledged asset reaches {@code ready}
 * exactly once: one asset per key, none lost, and the jobs the dead instance held are taken over once their leases
 * run out.
 */
class TwoInstanceKillTest {
    private static final Logger LOG = LoggerFactory.getLogger(TwoInstanceKillTest.class);
    private static final int GENERATIONS = 500;
    private static final int CLIENTS = 8;
    private static final int LEASE_S = 3;

    @TempDir
    Path dir;

    @Test
    void fiveHundredGenerationsSurviveOneInstanceKilledMidBurst() throws Exception {
        String url = TestPostgres.freshSchemaUrl();
        String secret;
        try (PostgresDatabase db = PostgresDatabase.connect(TestPostgres.location(url), 2)) {
            secret = new ApiKeys(new KeyStore(db), Clock.systemUTC(), 1_000_000).create("pipeline").secret();
        }
        Process a = start(url, "a");
        Process b = start(url, "b");
        try {
            Http toA = new Http(awaitReady("a", a), secret);
            Http toB = new Http(awaitReady("b", b), secret);
            Map<String, String> idByKey = new ConcurrentHashMap<>();
            AtomicInteger answered = new AtomicInteger();
            AtomicInteger redirected = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            long killedAt = 0;
            for (int i = 0; i < GENERATIONS; i++) {
                int n = i;
                pool.execute(() -> {
                    String key = "gen-" + n;
                    String body = "{\"prompt\":\"arm " + n + "\",\"seed\":" + n + "}";
                    Http first = n % 2 == 0 ? toA : toB;
                    Response r;
                    try {
                        r = first.send("POST", "/v1/assets", body, Map.of("Idempotency-Key", key));
                    } catch (IllegalStateException deadInstance) {
                        redirected.incrementAndGet();
                        r = toB.send("POST", "/v1/assets", body, Map.of("Idempotency-Key", key));
                    }
                    assertThat(r.status()).as(r.text()).isEqualTo(202);
                    idByKey.put(key, r.json().get("id").asText());
                    answered.incrementAndGet();
                });
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (answered.get() < GENERATIONS / 3 && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            a.destroyForcibly();
            killedAt = System.nanoTime();
            pool.shutdown();
            assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
            assertThat(idByKey).hasSize(GENERATIONS);

            long allReadyMs = waitUntilAllReady(url, Duration.ofSeconds(120));
            try (PostgresDatabase db = PostgresDatabase.connect(TestPostgres.location(url), 2)) {
                Map<String, Long> byStatus = db.read(c -> {
                    Map<String, Long> m = new HashMap<>();
                    try (PreparedStatement ps = c.prepareStatement("SELECT status, COUNT(*) FROM assets GROUP BY status");
                         ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            m.put(rs.getString(1), rs.getLong(2));
                        }
                    }
                    return m;
                });
                long takenOver = scalar(db, "SELECT COUNT(*) FROM assets WHERE attempts > 1");
                long distinct = idByKey.values().stream().distinct().count();
                assertThat(distinct).as("one asset per Idempotency-Key").isEqualTo(GENERATIONS);
                assertThat(byStatus).as("every acknowledged asset ready, none twice, none left").isEqualTo(
                        Map.of("ready", (long) GENERATIONS));
                assertThat(scalar(db, "SELECT COUNT(*) FROM assets WHERE lease_owner IS NULL")).as("every asset generated under a claim").isZero();
                LOG.info("{} generations, {} re-sent to the survivor after kill -9, {} taken over after their lease ran out;"
                                + " all ready {} ms after the kill (lease {} s)", GENERATIONS, redirected.get(), takenOver,
                        (allReadyMs - killedAt) / 1_000_000, LEASE_S);
            }
        } finally {
            a.destroyForcibly();
            b.destroyForcibly();
            a.waitFor(30, TimeUnit.SECONDS);
            b.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process start(String url, String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.createDirectories(dir.resolve(name));
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                TeamInstanceMain.class.getName(), url, dir.resolve(name + ".ready").toString(), "20", "2",
                Integer.toString(LEASE_S), dir.resolve(name).toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
    }

    private String awaitReady(String name, Process p) throws Exception {
        Path ready = dir.resolve(name + ".ready");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.exists(ready)) {
            assertThat(p.isAlive()).as("instance %s died before listening: %s", name, log(name)).isTrue();
            assertThat(System.nanoTime()).as("instance %s did not start in time", name).isLessThan(deadline);
            Thread.sleep(50);
        }
        return Files.readString(ready, StandardCharsets.UTF_8).split(" ")[0];
    }

    private String log(String name) {
        try {
            return Files.readString(dir.resolve(name + ".log"));
        } catch (java.io.IOException e) {
            return "(no log)";
        }
    }

    /** Polls the store until no asset is unfinished; the nanoTime it saw that. */
    private static long waitUntilAllReady(String url, Duration timeout) throws Exception {
        try (PostgresDatabase db = PostgresDatabase.connect(TestPostgres.location(url), 2)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (scalar(db, "SELECT COUNT(*) FROM assets WHERE status IN ('pending', 'processing')") > 0) {
                assertThat(System.nanoTime()).as("generations still unfinished").isLessThan(deadline);
                Thread.sleep(50);
            }
            return System.nanoTime();
        }
    }

    private static long scalar(PostgresDatabase db, String sql) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
