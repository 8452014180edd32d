package io.gizmostudio.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gizmostudio.server.support.Http;
import io.gizmostudio.server.support.Response;
import io.gizmostudio.server.support.TestModels;
import io.gizmostudio.server.support.TestServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Contract §5–6 and §10 for /v1/assets, over real HTTP against a server on port 0. */
class AssetEndpointsTest {
    @TempDir
    static Path dataDir;
    static TestServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir);
        http = server.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void createAnswers202WithAPendingAssetAndDefaults() {
        String prompt = "  a two joint arm that is long enough to have its name cut at sixty-four characters, really  ";
        Response r = http.post("/v1/assets", "{\"prompt\":" + Http.quote(prompt) + "}");

        assertThat(r.status()).isEqualTo(202);
        JsonNode a = r.json();
        assertThat(a.get("id").asText()).matches("ast_[0-9a-z]{14}");
        assertThat(a.get("status").asText()).isEqualTo("pending");
        assertThat(a.get("progress").asInt()).isZero();
        assertThat(a.get("prompt").asText()).isEqualTo(prompt.strip());
        assertThat(a.get("name").asText()).isEqualTo(prompt.strip().substring(0, 64).strip());
        assertThat(a.get("tags")).isEmpty();
        assertThat(a.get("export_formats")).isEmpty();
        assertThat(a.get("created_at").asText()).endsWith("Z");
        assertThat(a.get("seed").isIntegralNumber()).isTrue();
        assertThat(a.has("error")).isFalse();
    }

    @Test
    void readyAssetCarriesFormatsStatsParamsAndSeed() {
        Response r = http.post("/v1/assets", "{\"prompt\":\"two joint arm\",\"name\":\"Arm\",\"tags\":[\"arm\",\"v2\"],\"seed\":3}");
        JsonNode a = http.awaitTerminal(r.json().get("id").asText());

        assertThat(a.get("status").asText()).isEqualTo("ready");
        assertThat(a.get("progress").asInt()).isEqualTo(100);
        assertThat(a.get("name").asText()).isEqualTo("Arm");
        assertThat(a.get("tags")).extracting(JsonNode::asText).containsExactly("arm", "v2");
        assertThat(a.get("seed").asLong()).isEqualTo(3);
        assertThat(a.get("export_formats")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("isaac_sim_usd", "isaac_sim_urdf", "mujoco_mjcf");
        JsonNode stats = a.get("stats");
        assertThat(stats.get("links").asInt()).isEqualTo(3);
        assertThat(stats.get("joints").asInt()).isEqualTo(2);
        assertThat(stats.get("dof").asInt()).isEqualTo(2);
        assertThat(stats.get("mass_kg").asDouble()).isPositive();
        assertThat(stats.at("/bbox/max/z").asDouble()).isGreaterThan(stats.at("/bbox/min/z").asDouble());
        assertThat(a.at("/params/family").asText()).isEqualTo("robot_arm");
        assertThat(a.get("updated_at").asText()).isNotBlank();
    }

    @Test
    void promptTheGeneratorCannotUseEndsFailedWithItsCode() {
        JsonNode a = http.generate("a " + TestModels.NONSENSE + " thing");

        assertThat(a.get("status").asText()).isEqualTo("failed");
        assertThat(a.at("/error/code").asText()).isEqualTo("unrecognized_prompt");
        assertThat(a.at("/error/message").asText()).isNotBlank();
        assertThat(a.get("export_formats")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{}|missing_field",
            "{\"prompt\":null}|missing_field",
            "{\"prompt\":\"   \"}|invalid_field",
            "{\"prompt\":\"\\u200B\\uFEFF\\u00A0\"}|invalid_field",
            "{\"prompt\":\"\\u200E\\u2060 \\u3000\"}|invalid_field",
            "{\"prompt\":\"arm\",\"name\":\"\\u200B\"}|invalid_field",
            "{\"prompt\":42}|invalid_field",
            "{\"prompt\":\"arm\",\"name\":\"\"}|invalid_field",
            "{\"prompt\":\"arm\",\"name\":7}|invalid_field",
            "{\"prompt\":\"arm\",\"tags\":\"arm\"}|invalid_field",
            "{\"prompt\":\"arm\",\"tags\":[1]}|invalid_field",
            "{\"prompt\":\"arm\",\"tags\":[\"\"]}|invalid_field",
            "{\"prompt\":\"arm\",\"seed\":1.5}|invalid_field",
            "{\"prompt\":\"arm\",\"seed\":\"7\"}|invalid_field",
            "{\"prompt\":\"arm\",\"seed\":123456789012345678901234567890}|invalid_field",
            "[1,2]|invalid_json",
            "{\"prompt\":|invalid_json",
    })
    void invalidCreateBodiesAre400WithTheRightCode(String body, String code) {
        Response r = http.post("/v1/assets", body);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isEqualTo("invalid_request");
        assertThat(r.code()).isEqualTo(code);
        assertThat(r.json().get("message").asText()).isNotBlank();
    }

    @Test
    void oversizeFieldsAreInvalid() {
        assertThat(http.post("/v1/assets", "{\"prompt\":" + Http.quote("a".repeat(2001)) + "}").code()).isEqualTo("invalid_field");
        assertThat(http.post("/v1/assets", "{\"prompt\":\"arm\",\"name\":" + Http.quote("n".repeat(201)) + "}").code())
                .isEqualTo("invalid_field");
        assertThat(http.post("/v1/assets", "{\"prompt\":\"arm\",\"tags\":[" + Http.quote("t".repeat(51)) + "]}").code())
                .isEqualTo("invalid_field");
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            tags.add("\"t" + i + "\"");
        }
        assertThat(http.post("/v1/assets", "{\"prompt\":\"arm\",\"tags\":[" + String.join(",", tags) + "]}").code())
                .isEqualTo("invalid_field");
        assertThat(http.post("/v1/assets", "{\"prompt\":" + Http.quote("  " + "a".repeat(2000) + "  ") + "}").status())
                .isEqualTo(202);
    }

    @Test
    void unknownAssetIs404AndAnotherKeysAssetIs403() {
        String id = http.generate("arm").get("id").asText();
        Http other = server.newKeyClient("other");

        assertThat(http.get("/v1/assets/ast_00000000000000").code()).isEqualTo("asset_not_found");
        Response forbidden = other.get("/v1/assets/" + id);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("error").asText()).isEqualTo("permission_error");
        assertThat(forbidden.code()).isEqualTo("forbidden");
        assertThat(other.delete("/v1/assets/" + id).status()).isEqualTo(403);
        assertThat(other.send("POST", "/v1/assets/" + id + "/export", "{\"format\":\"mjcf\"}", java.util.Map.of()).status())
                .isEqualTo(403);
        assertThat(other.get("/v1/assets").json().get("total").asLong()).isZero();
    }

    @Test
    void listPagesNewestFirstAndFilters() {
        Http own = server.newKeyClient("lister");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String tags = i % 2 == 0 ? "[\"even\"]" : "[\"odd\"]";
            ids.add(own.post("/v1/assets", "{\"prompt\":\"Arm number " + i + "\",\"tags\":" + tags + "}").json().get("id").asText());
        }
        ids.add(own.post("/v1/assets", "{\"prompt\":\"" + TestModels.NONSENSE + "\"}").json().get("id").asText());
        ids.forEach(own::awaitTerminal);

        JsonNode all = own.get("/v1/assets?limit=4").json();
        assertThat(all.get("total").asLong()).isEqualTo(6);
        assertThat(all.get("limit").asInt()).isEqualTo(4);
        assertThat(all.get("offset").asInt()).isZero();
        assertThat(all.get("assets")).hasSize(4);
        JsonNode rest = own.get("/v1/assets?limit=4&offset=4").json();
        assertThat(rest.get("assets")).hasSize(2);
        List<String> paged = new ArrayList<>();
        all.get("assets").forEach(a -> paged.add(a.get("id").asText()));
        rest.get("assets").forEach(a -> paged.add(a.get("id").asText()));
        assertThat(paged).containsExactlyInAnyOrderElementsOf(ids).doesNotHaveDuplicates();
        List<String> created = new ArrayList<>();
        all.get("assets").forEach(a -> created.add(a.get("created_at").asText()));
        assertThat(created).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        assertThat(own.get("/v1/assets?status=failed").json().get("total").asLong()).isEqualTo(1);
        assertThat(own.get("/v1/assets?status=ready").json().get("total").asLong()).isEqualTo(5);
        assertThat(own.get("/v1/assets?tag=even").json().get("total").asLong()).isEqualTo(3);
        assertThat(own.get("/v1/assets?q=NUMBER%203").json().get("total").asLong()).isEqualTo(1);
        assertThat(own.get("/v1/assets?q=odd").json().get("total").asLong()).isEqualTo(2);
        assertThat(own.get("/v1/assets?q=odd&status=ready&tag=odd&limit=1").json().get("assets")).hasSize(1);
    }

    @Test
    void sortByNamePagesAlphabeticallyAcrossPages() {
        Http own = server.newKeyClient("sorter");
        List<String> names = List.of("delta arm", "Alpha arm", "charlie arm", "bravo arm", "echo arm");
        List<String> ids = new ArrayList<>();
        for (String name : names) {
            ids.add(own.post("/v1/assets", "{\"prompt\":\"arm\",\"name\":\"" + name + "\"}").json().get("id").asText());
        }
        ids.forEach(own::awaitTerminal);
        List<String> seen = new ArrayList<>();
        own.get("/v1/assets?sort=name&limit=2").json().get("assets").forEach(a -> seen.add(a.get("name").asText()));
        own.get("/v1/assets?sort=name&limit=2&offset=2").json().get("assets").forEach(a -> seen.add(a.get("name").asText()));
        own.get("/v1/assets?sort=name&limit=2&offset=4").json().get("assets").forEach(a -> seen.add(a.get("name").asText()));
        assertThat(seen).containsExactly("Alpha arm", "bravo arm", "charlie arm", "delta arm", "echo arm");
        List<String> newest = new ArrayList<>();
        own.get("/v1/assets?sort=newest").json().get("assets").forEach(a -> newest.add(a.get("id").asText()));
        assertThat(newest).isEqualTo(own.get("/v1/assets").json().findValuesAsText("id"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"limit=0", "limit=101", "limit=abc", "limit=1.5", "offset=-1", "offset=x", "status=done", "limit=", "sort=size", "sort=1"})
    void badListParametersAre400InvalidParameter(String query) {
        Response r = http.get("/v1/assets?" + query);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("invalid_parameter");
    }

    @Test
    void deleteAnswers204ThenTheAssetIsGone() {
        String id = http.generate("arm").get("id").asText();

        assertThat(http.delete("/v1/assets/" + id).status()).isEqualTo(204);
        assertThat(http.get("/v1/assets/" + id).status()).isEqualTo(404);
        assertThat(http.delete("/v1/assets/" + id).code()).isEqualTo("asset_not_found");
    }

    @Test
    void deleteOfAPlacedAssetIs409AssetInUse() {
        String id = http.generate("arm").get("id").asText();
        String scene = http.post("/v1/scenes", "{\"name\":\"cell\"}").json().get("id").asText();
        http.post("/v1/scenes/" + scene + "/assets", "{\"asset_id\":\"" + id + "\"}");

        Response r = http.delete("/v1/assets/" + id);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("error").asText()).isEqualTo("conflict");
        assertThat(r.code()).isEqualTo("asset_in_use");
        assertThat(http.get("/v1/assets/" + id).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"mujoco_mjcf,asset.xml", "mjcf,asset.xml", "isaac_sim_urdf,asset.urdf", "urdf,asset.urdf",
            "isaac_sim_usd,asset.usda", "USD,asset.usda"})
    void exportAnswersAZipWithManifestAndEntrypoint(String format, String entrypoint) throws IOException {
        String id = http.generate("arm").get("id").asText();
        Response r = http.post("/v1/assets/" + id + "/export", "{\"format\":\"" + format + "\"}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("application/zip");
        String canonical = io.gizmostudio.api.ExportFormats.canonical(format).orElseThrow();
        assertThat(r.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + id + "_" + canonical + ".zip\"");
        List<String> names = zipEntries(r.body());
        assertThat(names).startsWith("manifest.json").contains(entrypoint);
        JsonNode manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(zipEntry(r.body(), "manifest.json"));
        assertThat(manifest.get("kind").asText()).isEqualTo("asset");
        assertThat(manifest.get("id").asText()).isEqualTo(id);
        assertThat(manifest.get("format").asText()).isEqualTo(canonical);
        assertThat(manifest.get("entrypoint").asText()).isEqualTo(entrypoint);
    }

    @Test
    void exportTakesTheQueryFormatAndTheBodyWins() {
        String id = http.generate("arm").get("id").asText();

        Response query = http.send("POST", "/v1/assets/" + id + "/export?format=urdf", null, java.util.Map.of());
        assertThat(query.status()).isEqualTo(200);
        assertThat(query.header("Content-Disposition")).contains("isaac_sim_urdf");
        Response both = http.post("/v1/assets/" + id + "/export?format=urdf", "{\"format\":\"mjcf\"}");
        assertThat(both.header("Content-Disposition")).contains("mujoco_mjcf");
    }

    @Test
    void exportIsDeterministic() {
        String id = http.generate("arm").get("id").asText();

        byte[] first = http.post("/v1/assets/" + id + "/export", "{\"format\":\"usd\"}").body();
        byte[] second = http.post("/v1/assets/" + id + "/export", "{\"format\":\"usd\"}").body();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void exportErrors() {
        String ready = http.generate("arm").get("id").asText();
        String failed = http.generate(TestModels.NONSENSE).get("id").asText();

        assertThat(http.post("/v1/assets/" + ready + "/export", "{}").code()).isEqualTo("missing_field");
        Response sdf = http.post("/v1/assets/" + ready + "/export", "{\"format\":\"sdf\"}");
        assertThat(sdf.status()).isEqualTo(400);
        assertThat(sdf.code()).isEqualTo("unsupported_format");
        assertThat(http.post("/v1/assets/" + ready + "/export", "{\"format\":\"obj\"}").code()).isEqualTo("unsupported_format");
        assertThat(http.post("/v1/assets/" + ready + "/export", "{\"format\":5}").code()).isEqualTo("invalid_field");
        Response notReady = http.post("/v1/assets/" + failed + "/export", "{\"format\":\"mjcf\"}");
        assertThat(notReady.status()).isEqualTo(409);
        assertThat(notReady.code()).isEqualTo("asset_not_ready");
        assertThat(http.post("/v1/assets/ast_zzzzzzzzzzzzzz/export", "{\"format\":\"mjcf\"}").code()).isEqualTo("asset_not_found");
    }

    static List<String> zipEntries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    static String zipEntry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the zip");
    }
}
