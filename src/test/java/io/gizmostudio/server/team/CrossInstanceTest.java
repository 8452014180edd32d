package io.gizmostudio.server.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gizmostudio.cli.KeysCommand;
import io.gizmostudio.server.GizmoServer;
import io.gizmostudio.server.ServerConfig;
import io.gizmostudio.server.auth.IssuedKey;
import io.gizmostudio.server.export.BundleExportService;
import io.gizmostudio.server.jobs.GeneratedModel;
import io.gizmostudio.server.store.StoreLocation;
import io.gizmostudio.server.support.Http;
import io.gizmostudio.server.support.Response;
import io.gizmostudio.server.support.TestModels;
import io.gizmostudio.server.support.TestPostgres;
import io.gizmostudio.server.support.TestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Two team-server instances on one PostgreSQL schema, in this JVM: what holds across them (one resource per
 * Idempotency-Key, one rate-limit bucket per key, a revocation on one refused by the other within seconds), the
 * queue they share, the hand-back of unfinished work at a graceful shutdown, and the health report.
 */
class CrossInstanceTest {
    @TempDir
    Path dirA;
    @TempDir
    Path dirB;

    private String storeUrl;
    private StoreLocation store;
    private final List<GizmoServer> servers = new ArrayList<>();

    @BeforeEach
    void schema() {
        storeUrl = TestPostgres.freshSchemaUrl();
        store = TestPostgres.location(storeUrl);
    }

    @AfterEach
    void stop() {
        servers.forEach(GizmoServer::close);
    }

    private GizmoServer instance(Path dir, ServerConfig config, long generationMillis) {
        GizmoServer s = GizmoServer.start(config.withStore(store), (prompt, seed) -> {
            sleep(generationMillis);
            return new GeneratedModel(TestModels.arm(seed), TestModels.params(seed));
        }, new BundleExportService());
        servers.add(s);
        return s;
    }

    private GizmoServer instance(Path dir) {
        return instance(dir, TestServer.config(dir), 0);
    }

    @Test
    void theSameIdempotencyKeySentToBothInstancesAtOnceCreatesOneAsset() throws Exception {
        GizmoServer a = instance(dirA);
        GizmoServer b = instance(dirB);
        IssuedKey key = a.keys().create("pipeline");
        Http toA = new Http(a.baseUrl(), key.secret());
        Http toB = new Http(b.baseUrl(), key.secret());
        Set<String> ids = new HashSet<>();
        int replayed = 0;
        for (int i = 0; i < 20; i++) {
            String body = "{\"prompt\":\"arm " + i + "\",\"seed\":" + i + "}";
            Map<String, String> headers = Map.of("Idempotency-Key", "twin-" + i);
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<Response> ra = CompletableFuture.supplyAsync(() -> {
                await(together);
                return toA.send("POST", "/v1/assets", body, headers);
            });
            CompletableFuture<Response> rb = CompletableFuture.supplyAsync(() -> {
                await(together);
                return toB.send("POST", "/v1/assets", body, headers);
            });
            Response x = ra.get();
            Response y = rb.get();
            assertThat(x.status()).as(x.text()).isEqualTo(202);
            assertThat(y.status()).as(y.text()).isEqualTo(202);
            assertThat(x.json().get("id").asText()).isEqualTo(y.json().get("id").asText());
            ids.add(x.json().get("id").asText());
            replayed += "true".equals(x.header("Idempotent-Replayed")) || "true".equals(y.header("Idempotent-Replayed")) ? 1 : 0;
        }
        assertThat(ids).hasSize(20);
        assertThat(replayed).isEqualTo(20);
        assertThat(toB.get("/v1/assets?limit=1").json().get("total").asLong()).isEqualTo(20);
    }

    @Test
    void aKeyRevokedOnOneInstanceIsRefusedByTheOtherWithinTwoAndAHalfSeconds() throws Exception {
        GizmoServer a = instance(dirA);
        GizmoServer b = instance(dirB);
        IssuedKey key = a.keys().create("leaving");
        Http toB = new Http(b.baseUrl(), key.secret());
        assertThat(toB.get("/v1/whoami").status()).isEqualTo(200);
        long revokedAt = System.nanoTime();
        assertThat(a.keys().revoke(key.keyId())).isTrue();
        int status;
        do {
            status = toB.get("/v1/whoami").status();
            if (status == 200) {
                Thread.sleep(50);
            }
        } while (status == 200 && System.nanoTime() - revokedAt < Duration.ofSeconds(5).toNanos());
        long tookMs = (System.nanoTime() - revokedAt) / 1_000_000;
        assertThat(status).isEqualTo(401);
        assertThat(tookMs).as("refused by the other instance after %d ms", tookMs).isLessThan(2500);
    }

    @Test
    void theKeysCommandOnTheSharedStoreIssuesAKeyEveryInstanceAcceptsAndRevokesItForAll() throws Exception {
        GizmoServer a = instance(dirA);
        GizmoServer b = instance(dirB);
        String[] created = keys("create", "--name", "nightly", "--store", storeUrl);
        assertThat(created[0]).as(created[2]).isEqualTo("0");
        String secret = created[1].strip();
        String keyId = created[2].replaceAll("(?s).*Created key (key_\\w+).*", "$1");
        assertThat(new Http(a.baseUrl(), secret).get("/v1/whoami").status()).isEqualTo(200);
        assertThat(new Http(b.baseUrl(), secret).get("/v1/whoami").status()).isEqualTo(200);
        assertThat(keys("list", "--store", storeUrl)[1]).contains(keyId).contains("nightly").doesNotContain(secret);

        assertThat(keys("revoke", keyId, "--store", storeUrl)[0]).isEqualTo("0");
        long revokedAt = System.nanoTime();
        while ((new Http(a.baseUrl(), secret).get("/v1/whoami").status() == 200
                || new Http(b.baseUrl(), secret).get("/v1/whoami").status() == 200)
                && System.nanoTime() - revokedAt < Duration.ofSeconds(5).toNanos()) {
            Thread.sleep(50);
        }
        assertThat(new Http(a.baseUrl(), secret).get("/v1/whoami").status()).isEqualTo(401);
        assertThat(new Http(b.baseUrl(), secret).get("/v1/whoami").status()).isEqualTo(401);
    }

    /** Runs {@code keys ARGS} as the CLI would: exit code, stdout, stderr. */
    private static String[] keys(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new KeysCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new String[] {String.valueOf(exit), out.toString(), err.toString()};
    }

    @Test
    void aKeysRateLimitIsOneBucketForBothInstances() {
        ServerConfig limited = TestServer.config(dirA).withRateLimitPerMinute(30);
        GizmoServer a = instance(dirA, limited, 0);
        GizmoServer b = instance(dirB, TestServer.config(dirB).withRateLimitPerMinute(30), 0);
        IssuedKey key = a.keys().create("bursty");
        Http[] both = {new Http(a.baseUrl(), key.secret()), new Http(b.baseUrl(), key.secret())};
        int allowed = 0;
        int limitedCount = 0;
        for (int i = 0; i < 50; i++) {
            Response r = both[i % 2].get("/v1/whoami");
            if (r.status() == 200) {
                allowed++;
            } else {
                assertThat(r.status()).isEqualTo(429);
                assertThat(r.header("Retry-After")).isNotNull();
                limitedCount++;
            }
        }
        // One bucket of 30 (plus what refills during the burst, half a token a second); two local ones would pass 50.
        assertThat(allowed).isBetween(30, 33);
        assertThat(limitedCount).isEqualTo(50 - allowed);
    }

    @Test
    void jobsQueuedOnOneInstanceAreGeneratedByTheOtherWhenTheFirstHasNoWorkerFree() {
        GizmoServer a = instance(dirA, TestServer.config(dirA).withWorkers(1), 300);
        GizmoServer b = instance(dirB, TestServer.config(dirB).withWorkers(2), 300);
        IssuedKey key = a.keys().create("queue");
        Http toA = new Http(a.baseUrl(), key.secret());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            ids.add(toA.post("/v1/assets", "{\"prompt\":\"arm\",\"seed\":" + i + "}").json().get("id").asText());
        }
        long start = System.nanoTime();
        for (String id : ids) {
            assertThat(toA.awaitTerminal(id).get("status").asText()).isEqualTo("ready");
        }
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        // 9 × 300 ms on A's one worker alone is 2.7 s; with B's two workers sharing the queue, three at a time: ~0.9 s.
        assertThat(tookMs).as("took %d ms", tookMs).isLessThan(2400);
    }

    @Test
    void aGracefulShutdownHandsUnfinishedJobsBackForAnotherInstanceAtOnce() throws Exception {
        ServerConfig slow = TestServer.config(dirA).withWorkers(1).withJobLease(Duration.ofSeconds(60))
                .withShutdownGrace(Duration.ofMillis(200));
        GizmoServer a = instance(dirA, slow, 2000);
        IssuedKey key = a.keys().create("handover");
        Http toA = new Http(a.baseUrl(), key.secret());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(toA.post("/v1/assets", "{\"prompt\":\"arm\",\"seed\":" + i + "}").json().get("id").asText());
        }
        Thread.sleep(300);
        a.close();
        servers.remove(a);
        long start = System.nanoTime();
        GizmoServer b = instance(dirB, TestServer.config(dirB).withWorkers(4).withJobLease(Duration.ofSeconds(60)), 100);
        Http toB = new Http(b.baseUrl(), key.secret());
        for (String id : ids) {
            assertThat(toB.awaitTerminal(id).get("status").asText()).isEqualTo("ready");
        }
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        // Handed back, not left to a 60 s lease.
        assertThat(tookMs).as("took %d ms", tookMs).isLessThan(15_000);
    }

    @Test
    void healthReportsThePostgresStoreAndTheSharedQueue() {
        GizmoServer a = instance(dirA);
        Response r = new Http(a.baseUrl(), "none").get("/v1/health");
        assertThat(r.status()).isEqualTo(200);
        JsonNode h = r.json();
        assertThat(h.get("status").asText()).isEqualTo("ok");
        assertThat(h.at("/store/kind").asText()).isEqualTo("postgresql");
        assertThat(h.at("/store/ok").asBoolean()).isTrue();
        assertThat(h.at("/queue/shared").asBoolean()).isTrue();
        assertThat(h.at("/queue/workers").asInt()).isEqualTo(2);
        assertThat(h.get("instance").asText()).isEqualTo(a.instance());
        assertThat(r.text()).doesNotContain(System.getenv("GIZMO_STORE_USER") + "@").doesNotContain("password");
    }

    private static void await(CyclicBarrier b) {
        try {
            b.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
