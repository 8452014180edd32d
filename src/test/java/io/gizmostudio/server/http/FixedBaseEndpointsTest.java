package io.gizmostudio.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gizmostudio.server.jobs.CoreAssetFactory;
import io.gizmostudio.server.support.Http;
import io.gizmostudio.server.support.Response;
import io.gizmostudio.server.support.TestServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fixed_base} on {@code POST /v1/assets}: stored with the asset, shown in params, honoured by every export. */
class FixedBaseEndpointsTest {
    @TempDir
    static Path dataDir;
    static TestServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.config(dataDir), new CoreAssetFactory());
        http = server.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aBoxFloatsByDefaultAndFixedBaseWeldsItInEveryFormat() throws IOException {
        JsonNode free = ready("{\"prompt\":\"a cardboard box\",\"seed\":1}");
        JsonNode welded = ready("{\"prompt\":\"a cardboard box\",\"seed\":1,\"fixed_base\":true}");
        assertThat(free.at("/params/base").asText()).isEqualTo("free");
        assertThat(welded.at("/params/base").asText()).isEqualTo("fixed");

        Map<String, String> f = export(free.get("id").asText(), "mjcf");
        Map<String, String> w = export(welded.get("id").asText(), "mjcf");
        assertThat(f.get("asset.xml")).contains("<freejoint");
        assertThat(w.get("asset.xml")).doesNotContain("<freejoint");
        assertThat(f.get("manifest.json")).contains("free-floating");
        assertThat(w.get("manifest.json")).contains("welded to the world");
        assertThat(export(free.get("id").asText(), "usd").get("asset.usda")).doesNotContain("root_joint");
        assertThat(export(welded.get("id").asText(), "usd").get("asset.usda")).contains("root_joint");
        assertThat(export(welded.get("id").asText(), "urdf").get("manifest.json")).contains("fixed-base asset");
    }

    @Test
    void fixedBaseMustBeABoolean() {
        Response r = http.post("/v1/assets", "{\"prompt\":\"a box\",\"fixed_base\":\"yes\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("invalid_field");
    }

    @Test
    void aPlacedFixedBaseAssetDefaultsToFixedInScenes() {
        String id = ready("{\"prompt\":\"a plastic bin\",\"fixed_base\":true}").get("id").asText();
        String scene = http.post("/v1/scenes", "{\"name\":\"cell\"}").json().get("id").asText();
        Response placed = http.post("/v1/scenes/" + scene + "/assets", "{\"asset_id\":\"" + id + "\"}");
        assertThat(placed.status()).as(placed.toString()).isBetween(200, 201);
        assertThat(http.get("/v1/scenes/" + scene).json().at("/assets/0/mobility").asText()).isEqualTo("fixed");
    }

    private static JsonNode ready(String body) {
        Response r = http.post("/v1/assets", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(202);
        JsonNode a = http.awaitTerminal(r.json().get("id").asText());
        assertThat(a.get("status").asText()).as(a.toString()).isEqualTo("ready");
        return a;
    }

    private static Map<String, String> export(String id, String format) throws IOException {
        Response r = http.post("/v1/assets/" + id + "/export", "{\"format\":\"" + format + "\"}");
        assertThat(r.status()).isEqualTo(200);
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
