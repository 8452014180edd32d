package io.gizmostudio.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.server.support.Http;
import io.gizmostudio.server.support.Response;
import io.gizmostudio.server.support.SlowEngineMain;
import io.gizmostudio.server.support.TestModels;
import io.gizmostudio.server.support.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * kill -9 in the middle of a burst of concurrent creations under {@code Idempotency-Key}: retried with the same keys
 * on the restarted engine, each key yields exactly one resource (the one first answered, when it was answered).
 */
class IdempotencyCrashTest {
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyCrashTest.class);
    private static final int CLIENTS = 8;

    @TempDir
    Path dataDir;

    /** What one key's first attempt got: the created id, or null when the kill cut it off. */
    private record Attempt(String path, String body, String id) {
    }

    @Test
    void retriesAfterAKillCreateNothingTwice() throws Exception {
        Path readyFile = dataDir.resolveSibling(dataDir.getFileName() + ".ready");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SlowEngineMain.class.getName(),
                dataDir.toString(), readyFile.toString(), "2")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Map<String, Attempt> attempts = new ConcurrentHashMap<>();
        String key;
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!Files.exists(readyFile)) {
                assertThat(child.isAlive()).as("child server died before listening").isTrue();
                assertThat(System.nanoTime()).as("child server did not start in time").isLessThan(deadline);
                Thread.sleep(50);
            }
            String[] parts = Files.readString(readyFile, StandardCharsets.UTF_8).split(" ");
            key = parts[1];
            burstThenKill(new Http(parts[0], key), child, attempts);
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }

        try (TestServer next = TestServer.start(TestServer.config(dataDir), TestModels.factory())) {
            Http http = next.http().withKey(key);
            Set<String> assetIds = new HashSet<>();
            Set<String> sceneIds = new HashSet<>();
            int answeredBeforeKill = 0;
            for (Map.Entry<String, Attempt> e : attempts.entrySet()) {
                Attempt a = e.getValue();
                Response retry = http.send("POST", a.path(), a.body(), Map.of("Idempotency-Key", e.getKey()));
                assertThat(retry.status()).as(retry.text()).isIn(201, 202);
                String id = retry.json().get("id").asText();
                if (a.id() != null) {
                    answeredBeforeKill++;
                    assertThat(id).as("retry of an answered key " + e.getKey()).isEqualTo(a.id());
                }
                (a.path().equals("/v1/assets") ? assetIds : sceneIds).add(id);
            }
            assertThat(answeredBeforeKill).as("the kill came before any answer").isPositive();
            assertThat(http.get("/v1/assets?limit=1").json().get("total").asLong()).isEqualTo(assetIds.size());
            assertThat(http.get("/v1/scenes?limit=1").json().get("total").asLong()).isEqualTo(sceneIds.size());
            LOG.info("{} keys sent, {} answered before kill -9, {} assets + {} scenes after retries",
                    attempts.size(), answeredBeforeKill, assetIds.size(), sceneIds.size());
        }
    }

    /** CLIENTS threads post creations with fresh keys until about 150 were answered, then the child is killed mid-burst. */
    private static void burstThenKill(Http http, Process child, Map<String, Attempt> attempts) throws InterruptedException {
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger answered = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Runnable> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(() -> {
                for (int i = 0; !killed.get(); i++) {
                    String idemKey = "crash-" + client + "-" + i;
                    boolean asset = i % 3 != 0;
                    String path = asset ? "/v1/assets" : "/v1/scenes";
                    String body = asset ? "{\"prompt\":\"arm " + idemKey + "\",\"seed\":" + i + "}" : "{\"name\":\"" + idemKey + "\"}";
                    attempts.put(idemKey, new Attempt(path, body, null));
                    try {
                        Response r = http.send("POST", path, body, Map.of("Idempotency-Key", idemKey));
                        if (r.status() == 201 || r.status() == 202) {
                            attempts.put(idemKey, new Attempt(path, body, r.json().get("id").asText()));
                            answered.incrementAndGet();
                        }
                    } catch (IllegalStateException cutOff) {
                        return;
                    }
                }
            });
        }
        clients.forEach(pool::execute);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (answered.get() < 150 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        child.destroyForcibly();
        killed.set(true);
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }
}
