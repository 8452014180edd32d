package io.gizmostudio.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server stopped or killed while jobs run: the next server on the same data finds everything and finishes the jobs. */
class RestartRecoveryTest {
    @TempDir
    Path dataDir;

    @Test
    void jobsCutShortByShutdownAreFinishedByTheNextServer() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        List<String> ids = new ArrayList<>();
        String key;
        String scene;
        AssetFactory stuck = (prompt, seed) -> {
            started.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("generation interrupted by shutdown", e);
            }
            throw new AssertionError("unreachable");
        };
        try (TestServer first = TestServer.start(TestServer.config(dataDir).withWorkers(1)
                .withShutdownGrace(Duration.ofMillis(200)), stuck)) {
            key = first.key().secret();
            for (int i = 0; i < 5; i++) {
                ids.add(first.http().post("/v1/assets", "{\"prompt\":\"arm " + i + "\"}").json().get("id").asText());
            }
            scene = first.http().post("/v1/scenes", "{\"name\":\"survivor\"}").json().get("id").asText();
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        }

        try (TestServer second = TestServer.start(TestServer.config(dataDir), TestModels.factory())) {
            Http http = second.http().withKey(key);
            for (String id : ids) {
                assertThat(http.awaitTerminal(id).get("status").asText()).isEqualTo("ready");
            }
            assertThat(http.get("/v1/scenes/" + scene).status()).isEqualTo(200);
            assertThat(http.get("/v1/assets").json().get("total").asLong()).isEqualTo(5);
        }
    }

    @Test
    void killingTheServerProcessLosesNoAcknowledgedAssetAndRequeuesItsJobs() throws Exception {
        Path readyFile = dataDir.resolveSibling(dataDir.getFileName() + ".ready");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SlowEngineMain.class.getName(),
                dataDir.toString(), readyFile.toString(), "400")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        List<String> ids = new ArrayList<>();
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
            Http http = new Http(parts[0], key);
            for (int i = 0; i < 8; i++) {
                Response r = http.post("/v1/assets", "{\"prompt\":\"arm " + i + "\"}");
                assertThat(r.status()).isEqualTo(202);
                ids.add(r.json().get("id").asText());
            }
            awaitProgress(http, ids.get(0));
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }

        try (TestServer next = TestServer.start(TestServer.config(dataDir), TestModels.factory())) {
            Http http = next.http().withKey(key);
            for (String id : ids) {
                assertThat(http.awaitTerminal(id).get("status").asText()).isEqualTo("ready");
            }
            assertThat(http.get("/v1/assets?limit=100").json().get("total").asLong()).isEqualTo(ids.size());
        }
    }

    /** Waits until the first job is being worked on, so the kill lands mid-generation. */
    private static void awaitProgress(Http http, String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode a = http.get("/v1/assets/" + id).json();
            if (!a.get("status").asText().equals("pending")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child server never started generating");
    }
}
