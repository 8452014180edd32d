package io.gizmostudio.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gizmostudio.server.support.Http;
import io.gizmostudio.server.support.Response;
import io.gizmostudio.server.support.TestModels;
import io.gizmostudio.server.support.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dozens of clients generating and polling at once: every acknowledged asset ends ready, once, and is listed once. */
class ConcurrentGenerationTest {
    private static final int CLIENTS = 48;

    @TempDir
    Path dataDir;

    @Test
    void simultaneousGenerationsAndPollsLoseAndDuplicateNothing() throws Exception {
        try (TestServer server = TestServer.start(TestServer.config(dataDir).withWorkers(3), TestModels.factory())) {
            Http http = server.http();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            CountDownLatch go = new CountDownLatch(1);
            ConcurrentLinkedQueue<Integer> listStatuses = new ConcurrentLinkedQueue<>();
            List<Future<JsonNode>> results = new ArrayList<>();
            try {
                for (int i = 0; i < CLIENTS; i++) {
                    int n = i;
                    results.add(clients.submit(() -> {
                        go.await();
                        Response created = http.post("/v1/assets", "{\"prompt\":\"arm " + n + "\",\"seed\":" + n + "}");
                        assertThat(created.status()).isEqualTo(202);
                        listStatuses.add(http.get("/v1/assets?limit=100").status());
                        return http.awaitTerminal(created.json().get("id").asText());
                    }));
                }
                go.countDown();
                Set<String> ids = new HashSet<>();
                for (Future<JsonNode> f : results) {
                    JsonNode asset = f.get(60, TimeUnit.SECONDS);
                    assertThat(asset.get("status").asText()).isEqualTo("ready");
                    assertThat(ids.add(asset.get("id").asText())).isTrue();
                }
                assertThat(listStatuses).hasSize(CLIENTS).containsOnly(200);

                JsonNode page = http.get("/v1/assets?limit=100").json();
                assertThat(page.get("total").asLong()).isEqualTo(CLIENTS);
                List<String> listed = new ArrayList<>();
                page.get("assets").forEach(a -> listed.add(a.get("id").asText()));
                assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
                Set<Long> seeds = new HashSet<>();
                page.get("assets").forEach(a -> seeds.add(a.get("seed").asLong()));
                assertThat(seeds).hasSize(CLIENTS);
            } finally {
                clients.shutdownNow();
            }
        }
    }
}
