package io.gizmostudio.cli;

import static io.gizmostudio.cli.GenerateAgainstHostileServerTest.asset;
import static io.gizmostudio.cli.GenerateAgainstHostileServerTest.json;
import static io.gizmostudio.cli.GenerateAgainstHostileServerTest.zipReply;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.client.GizmoClientOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assets list|export} and {@code scenes list|export} through the client, against a scripted server. */
class AssetsAndScenesCommandTest {
    @TempDir
    Path out;
    private MockWebServer server;
    private final RemoteCli cli = RemoteCli.withKey();

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String url() {
        return server.url("/").toString();
    }

    private static String page(String key, int total, String... items) {
        return "{\"" + key + "\":[" + String.join(",", items) + "],\"total\":" + total + ",\"limit\":100,\"offset\":0}";
    }

    @Test
    void assetsListPrintsATableNewestFirstAndSendsTheQuery() throws Exception {
        server.enqueue(json(200, page("assets", 2, asset("ast_2", "ready", 100), asset("ast_1", "processing", 40))));

        RemoteCli.Run run = cli.run("assets", "list", "--server", url(), "--query", "Arm");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).hasSize(3);
        assertThat(run.out().lines().findFirst().orElseThrow()).contains("ID", "STATUS", "CREATED", "FORMATS", "NAME");
        assertThat(run.out()).containsSubsequence("ast_2", "ready", "2025-03-01T12:00:00Z", "mjcf", "arm", "ast_1", "processing");
        RecordedRequest list = server.takeRequest();
        assertThat(list.getUrl().queryParameter("q")).isEqualTo("Arm");
        assertThat(list.getUrl().queryParameter("limit")).isEqualTo("20");
        assertThat(list.getHeaders().get("Authorization")).isEqualTo("Bearer " + RemoteCli.KEY);
    }

    @Test
    void assetsListPagesUntilTheLimitAndPrintsTheApiObjectsAsJson() throws Exception {
        server.enqueue(json(200, "{\"assets\":[" + asset("ast_3", "ready", 100) + "," + asset("ast_2", "ready", 100)
                + "],\"total\":3,\"limit\":2,\"offset\":0}"));
        server.enqueue(json(200, "{\"assets\":[" + asset("ast_1", "ready", 100) + "],\"total\":3,\"limit\":2,\"offset\":2}"));

        RemoteCli.Run run = cli.run("assets", "list", "--server", url(), "--limit", "3", "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).extracting(n -> n.get("id").asText()).containsExactly("ast_3", "ast_2", "ast_1");
        assertThat(array.get(0).get("export_formats").get(0).asText()).isEqualTo("mujoco_mjcf");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void withoutServerOptionTheUrlComesFromGizmoServer() throws Exception {
        server.enqueue(json(200, page("scenes", 1, "{\"id\":\"scn_1\",\"name\":\"Workcell\",\"description\":null,"
                + "\"created_at\":\"2025-03-01T12:00:00Z\",\"placement_count\":3}")));
        RemoteCli env = new RemoteCli(Map.of(GizmoClientOptions.ENV_API_KEY, RemoteCli.KEY, ServerAccess.ENV_SERVER, url()));

        RemoteCli.Run run = env.run("scenes", "list");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("PLACED").containsSubsequence("scn_1", "3", "Workcell");
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/scenes");
    }

    @Test
    void neitherServerOptionNorGizmoServerIsAUsageError() {
        RemoteCli.Run run = cli.run("assets", "list");
        assertThat(run.exit()).isEqualTo(CliExit.USAGE.code());
        assertThat(run.err()).contains("--server URL", "GIZMO_SERVER");
    }

    @Test
    void assetsExportWritesTheRequestedBundleAtomicallyIntoOut() throws Exception {
        server.enqueue(zipReply("ast_1"));

        RemoteCli.Run run = cli.run("assets", "export", "ast_1", "--server", url(), "--format", "mjcf", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + out.resolve("ast_1_mujoco_mjcf.zip"));
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ast_1_mujoco_mjcf.zip");
        }
        RecordedRequest export = server.takeRequest();
        assertThat(export.getMethod()).isEqualTo("POST");
        assertThat(export.getUrl().encodedPath()).isEqualTo("/v1/assets/ast_1/export");
    }

    @Test
    void assetsExportOfAllFormatsAsksTheAssetWhichItHas() throws Exception {
        server.enqueue(json(200, asset("ast_1", "ready", 100)));
        server.enqueue(zipReply("ast_1"));

        RemoteCli.Run run = cli.run("assets", "export", "ast_1", "--server", url(), "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/assets/ast_1");
        assertThat(server.takeRequest().getUrl().queryParameter("format")).isEqualTo("mujoco_mjcf");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void anUnknownAssetIsExit9AndLeavesNoFile() {
        server.enqueue(json(404, "{\"error\":\"not_found\",\"code\":\"asset_not_found\",\"message\":\"No asset with id ast_x\"}"));

        RemoteCli.Run run = cli.run("assets", "export", "ast_x", "--server", url(), "--format", "usd", "--out", out.toString());

        assertThat(run.exit()).isEqualTo(CliExit.NOT_FOUND.code()).isEqualTo(9);
        assertThat(run.err()).contains("No asset with id ast_x");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void aSceneExportThatBreaksOffLeavesNoPartialFile() throws Exception {
        byte[] zip = GenerateAgainstHostileServerTest.mjcfZip("scn_1");
        try (RawHttpServer cutting = new RawHttpServer(o -> {
            o.write(RawHttpServer.ascii("HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\nContent-Length: " + (zip.length + 100)
                    + "\r\n\r\n"));
            o.write(zip, 0, zip.length / 2);
            return false;
        })) {
            RemoteCli.Run run = cli.run("scenes", "export", "scn_1", "--server", cutting.url(), "--format", "mjcf",
                    "--out", out.toString());

            assertThat(run.exit()).isEqualTo(CliExit.NETWORK.code());
            assertThat(out).isEmptyDirectory();
        }
    }

    @Test
    void aSceneExportIsConflictExit3WhileAnAssetIsNotReady() {
        server.enqueue(new MockResponse.Builder().code(409).addHeader("Content-Type", "application/json")
                .body("{\"error\":\"conflict\",\"code\":\"asset_not_ready\",\"message\":\"still processing\"}").build());

        RemoteCli.Run run = cli.run("scenes", "export", "scn_1", "--server", url(), "--format", "urdf", "--out", out.toString());

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("still processing");
    }
}
