package io.gizmostudio.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gizmostudio.server.support.Http;
import io.gizmostudio.server.support.Response;
import io.gizmostudio.server.support.TestModels;
import io.gizmostudio.server.support.TestServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Contract §7 and §10 for /v1/scenes and placements, over real HTTP. */
class SceneEndpointsTest {
    @TempDir
    static Path dataDir;
    static TestServer server;
    static Http http;
    static String readyAsset;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir);
        http = server.http();
        readyAsset = http.generate("arm").get("id").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String newScene(String name) {
        return http.post("/v1/scenes", "{\"name\":" + Http.quote(name) + "}").json().get("id").asText();
    }

    @Test
    void createAnswers201WithAnEmptySceneAndNullDescription() {
        Response r = http.post("/v1/scenes", "{\"name\":\"Warehouse Workcell Alpha\"}");

        assertThat(r.status()).isEqualTo(201);
        JsonNode s = r.json();
        assertThat(s.get("id").asText()).matches("scn_[0-9a-z]{14}");
        assertThat(s.get("name").asText()).isEqualTo("Warehouse Workcell Alpha");
        assertThat(s.has("description")).isTrue();
        assertThat(s.get("description").isNull()).isTrue();
        assertThat(s.get("assets").isArray()).isTrue();
        assertThat(s.get("assets")).isEmpty();
        assertThat(s.get("created_at").asText()).isNotBlank();
        assertThat(http.get("/v1/scenes/" + s.get("id").asText()).json()).isEqualTo(s);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{}|missing_field",
            "{\"name\":\" \"}|invalid_field",
            "{\"name\":[]}|invalid_field",
            "{\"name\":\"ok\",\"description\":false}|invalid_field",
            "\"scene\"|invalid_json"})
    void invalidSceneBodies(String body, String code) {
        Response r = http.post("/v1/scenes", body);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo(code);
    }

    @Test
    void oversizeNameOrDescriptionIsInvalid() {
        assertThat(http.post("/v1/scenes", "{\"name\":" + Http.quote("n".repeat(201)) + "}").code()).isEqualTo("invalid_field");
        assertThat(http.post("/v1/scenes", "{\"name\":\"x\",\"description\":" + Http.quote("d".repeat(2001)) + "}").code())
                .isEqualTo("invalid_field");
        assertThat(http.post("/v1/scenes", "{\"name\":\"x\",\"description\":" + Http.quote("d".repeat(2000)) + "}").status())
                .isEqualTo(201);
    }

    @Test
    void unknownSceneIs404AndAnotherKeysSceneIs403() {
        String id = newScene("mine");
        Http other = server.newKeyClient("scene-other");

        assertThat(http.get("/v1/scenes/scn_00000000000000").code()).isEqualTo("scene_not_found");
        assertThat(other.get("/v1/scenes/" + id).code()).isEqualTo("forbidden");
        assertThat(other.patch("/v1/scenes/" + id, "{\"name\":\"theirs\"}").status()).isEqualTo(403);
        assertThat(other.delete("/v1/scenes/" + id).status()).isEqualTo(403);
        assertThat(other.post("/v1/scenes/" + id + "/export", "{\"format\":\"mjcf\"}").status()).isEqualTo(403);
        assertThat(other.get("/v1/scenes").json().get("total").asLong()).isZero();
    }

    @Test
    void otherKeysCannotPlaceMyAssetsInTheirScenes() {
        Http other = server.newKeyClient("placer");
        String theirScene = other.post("/v1/scenes", "{\"name\":\"theirs\"}").json().get("id").asText();

        Response r = other.post("/v1/scenes/" + theirScene + "/assets", "{\"asset_id\":\"" + readyAsset + "\"}");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("forbidden");
    }

    @Test
    void listReturnsSummariesUnderScenesWithPagingAndQuery() {
        Http own = server.newKeyClient("scene-lister");
        for (String n : new String[] {"Alpha cell", "Beta cell", "Gamma dock"}) {
            own.post("/v1/scenes", "{\"name\":\"" + n + "\",\"description\":\"d\"}");
        }

        JsonNode page = own.get("/v1/scenes?limit=2").json();
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("limit").asInt()).isEqualTo(2);
        assertThat(page.get("scenes")).hasSize(2);
        JsonNode first = page.get("scenes").get(0);
        assertThat(first.has("assets")).isFalse();
        assertThat(first.get("name").asText()).isEqualTo("Gamma dock");
        assertThat(first.get("description").asText()).isEqualTo("d");
        assertThat(own.get("/v1/scenes?offset=2").json().get("scenes")).hasSize(1);
        assertThat(own.get("/v1/scenes?q=CELL").json().get("total").asLong()).isEqualTo(2);
        assertThat(own.get("/v1/scenes?limit=500").code()).isEqualTo("invalid_parameter");
        assertThat(own.get("/v1/scenes?offset=-3").code()).isEqualTo("invalid_parameter");
    }

    @Test
    void listSummariesCarryEachScenesPlacementCount() {
        Http own = server.newKeyClient("scene-counter");
        String asset = own.generate("arm").get("id").asText();
        String empty = own.post("/v1/scenes", "{\"name\":\"Empty\"}").json().get("id").asText();
        String two = own.post("/v1/scenes", "{\"name\":\"Two\"}").json().get("id").asText();
        String three = own.post("/v1/scenes", "{\"name\":\"Three\"}").json().get("id").asText();
        for (String scene : new String[] {two, two, three, three, three}) {
            assertThat(own.post("/v1/scenes/" + scene + "/assets", "{\"asset_id\":\"" + asset + "\"}").status()).isEqualTo(201);
        }
        String removed = own.get("/v1/scenes/" + three).json().get("assets").get(0).get("placement_id").asText();
        assertThat(own.delete("/v1/scenes/" + three + "/assets/" + removed).status()).isEqualTo(200);

        JsonNode scenes = own.get("/v1/scenes").json().get("scenes");
        Map<String, Integer> counts = new HashMap<>();
        scenes.forEach(s -> counts.put(s.get("id").asText(), s.get("placement_count").asInt(-1)));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(empty, 0, two, 2, three, 2));
        assertThat(scenes.get(0).has("assets")).isFalse();
        assertThat(own.get("/v1/scenes?q=two").json().get("scenes").get(0).get("placement_count").asInt()).isEqualTo(2);
        assertThat(own.get("/v1/scenes/" + two).json().has("placement_count")).isFalse();
    }

    @Test
    void patchChangesNameAndDescriptionAndNullClearsDescription() {
        String id = newScene("before");

        JsonNode renamed = http.patch("/v1/scenes/" + id, "{\"name\":\"after\",\"description\":\"a cell\"}").json();
        assertThat(renamed.get("name").asText()).isEqualTo("after");
        assertThat(renamed.get("description").asText()).isEqualTo("a cell");
        JsonNode kept = http.patch("/v1/scenes/" + id, "{}").json();
        assertThat(kept.get("name").asText()).isEqualTo("after");
        assertThat(kept.get("description").asText()).isEqualTo("a cell");
        JsonNode cleared = http.patch("/v1/scenes/" + id, "{\"description\":null}").json();
        assertThat(cleared.get("description").isNull()).isTrue();
        assertThat(http.patch("/v1/scenes/" + id, "{\"name\":null}").code()).isEqualTo("invalid_field");
        assertThat(http.patch("/v1/scenes/" + id, "{\"name\":\"\"}").code()).isEqualTo("invalid_field");
        assertThat(http.patch("/v1/scenes/scn_nope", "{\"name\":\"x\"}").code()).isEqualTo("scene_not_found");
    }

    @Test
    void deleteAnswers204AndKeepsThePlacedAssets() {
        String id = newScene("doomed");
        http.post("/v1/scenes/" + id + "/assets", "{\"asset_id\":\"" + readyAsset + "\"}");

        assertThat(http.delete("/v1/scenes/" + id).status()).isEqualTo(204);
        assertThat(http.get("/v1/scenes/" + id).code()).isEqualTo("scene_not_found");
        assertThat(http.get("/v1/assets/" + readyAsset).status()).isEqualTo(200);
        assertThat(http.delete("/v1/scenes/" + id).status()).isEqualTo(404);
    }

    @Test
    void addingAPlacementAnswers201WithTheFullSceneAndDefaultPose() {
        String id = newScene("placing");

        Response r = http.post("/v1/scenes/" + id + "/assets", "{\"asset_id\":\"" + readyAsset + "\"}");
        assertThat(r.status()).isEqualTo(201);
        JsonNode p = r.json().get("assets").get(0);
        assertThat(p.get("placement_id").asText()).matches("plc_[0-9a-z]{14}");
        assertThat(p.get("asset_id").asText()).isEqualTo(readyAsset);
        assertThat(p.get("name").asText()).isEqualTo("arm");
        assertThat(p.get("position")).isEqualTo(Http.quoteTree("{\"x\":0.0,\"y\":0.0,\"z\":0.0}"));
        assertThat(p.get("rotation")).isEqualTo(Http.quoteTree("{\"x\":0.0,\"y\":0.0,\"z\":0.0,\"w\":1.0}"));
        assertThat(p.get("added_at").asText()).isNotBlank();
    }

    @Test
    void theSameAssetCanBePlacedTwiceAndNonUnitQuaternionsAreNormalised() {
        String id = newScene("twice");
        http.post("/v1/scenes/" + id + "/assets", "{\"asset_id\":\"" + readyAsset + "\"}");

        JsonNode scene = http.post("/v1/scenes/" + id + "/assets", "{\"asset_id\":\"" + readyAsset + "\","
                + "\"position\":{\"x\":1,\"y\":-2,\"z\":0.5},\"rotation\":{\"x\":0,\"y\":0,\"z\":2,\"w\":2}}").json();
        assertThat(scene.get("assets")).hasSize(2);
        JsonNode second = scene.get("assets").get(1);
        assertThat(second.at("/position/y").asDouble()).isEqualTo(-2);
        double h = Math.sqrt(0.5);
        assertThat(second.at("/rotation/z").asDouble()).isCloseTo(h, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(second.at("/rotation/w").asDouble()).isCloseTo(h, org.assertj.core.data.Offset.offset(1e-12));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\"rotation\":{\"x\":0,\"y\":0,\"z\":0,\"w\":0}",
            "\"rotation\":{\"x\":0,\"y\":0,\"z\":0}",
            "\"rotation\":{\"x\":0,\"y\":0,\"z\":0,\"w\":\"1\"}",
            "\"rotation\":[0,0,0,1]",
            "\"position\":{\"x\":1,\"y\":2}",
            "\"position\":{\"x\":1,\"y\":2,\"z\":true}",
            "\"position\":{\"x\":1e999,\"y\":2,\"z\":3}",
            "\"position\":5"})
    void badPosesAre400InvalidField(String pose) {
        String id = newScene("bad poses");

        Response r = http.post("/v1/scenes/" + id + "/assets", "{\"asset_id\":\"" + readyAsset + "\"," + pose + "}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("invalid_field");
    }

    @Test
    void placementErrors() {
        String id = newScene("errors");
        String failed = http.generate(TestModels.NONSENSE).get("id").asText();

        assertThat(http.post("/v1/scenes/" + id + "/assets", "{}").code()).isEqualTo("missing_field");
        Response missing = http.post("/v1/scenes/" + id + "/assets", "{\"asset_id\":\"ast_00000000000000\"}");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("asset_not_found");
        Response notReady = http.post("/v1/scenes/" + id + "/assets", "{\"asset_id\":\"" + failed + "\"}");
        assertThat(notReady.status()).isEqualTo(409);
        assertThat(notReady.code()).isEqualTo("asset_not_ready");
        assertThat(http.post("/v1/scenes/scn_00000000000000/assets", "{\"asset_id\":\"" + readyAsset + "\"}").code())
                .isEqualTo("scene_not_found");
    }

    @Test
    void patchingAPlacementMovesItAndKeepsItsId() {
        String id = newScene("moving");
        JsonNode placed = http.post("/v1/scenes/" + id + "/assets", "{\"asset_id\":\"" + readyAsset + "\"}").json();
        String pid = placed.at("/assets/0/placement_id").asText();

        JsonNode moved = http.patch("/v1/scenes/" + id + "/assets/" + pid, "{\"position\":{\"x\":3,\"y\":0,\"z\":0}}").json();
        assertThat(moved.at("/assets/0/placement_id").asText()).isEqualTo(pid);
        assertThat(moved.at("/assets/0/position/x").asDouble()).isEqualTo(3);
        assertThat(moved.at("/assets/0/rotation/w").asDouble()).isEqualTo(1);
        JsonNode turned = http.patch("/v1/scenes/" + id + "/assets/" + pid,
                "{\"rotation\":{\"x\":0,\"y\":0,\"z\":1,\"w\":0}}").json();
        assertThat(turned.at("/assets/0/position/x").asDouble()).isEqualTo(3);
        assertThat(turned.at("/assets/0/rotation/z").asDouble()).isEqualTo(1);
        assertThat(http.patch("/v1/scenes/" + id + "/assets/" + pid, "{\"rotation\":{\"x\":0,\"y\":0,\"z\":0,\"w\":0}}").code())
                .isEqualTo("invalid_field");
        assertThat(http.patch("/v1/scenes/" + id + "/assets/plc_00000000000000", "{}").code()).isEqualTo("placement_not_found");
    }

    @Test
    void removingAPlacementAnswers200WithTheSceneAndAnAssetIdRemovesEveryPlacementOfIt() {
        String id = newScene("removing");
        String pid = http.post("/v1/scenes/" + id + "/assets", "{\"asset_id\":\"" + readyAsset + "\"}").json()
                .at("/assets/0/placement_id").asText();
        http.post("/v1/scenes/" + id + "/assets", "{\"asset_id\":\"" + readyAsset + "\"}");
        http.post("/v1/scenes/" + id + "/assets", "{\"asset_id\":\"" + readyAsset + "\"}");

        Response one = http.delete("/v1/scenes/" + id + "/assets/" + pid);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("assets")).hasSize(2);
        assertThat(http.delete("/v1/scenes/" + id + "/assets/" + pid).code()).isEqualTo("placement_not_found");
        Response all = http.delete("/v1/scenes/" + id + "/assets/" + readyAsset);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().get("assets")).isEmpty();
        assertThat(http.delete("/v1/scenes/" + id + "/assets/" + readyAsset).code()).isEqualTo("placement_not_found");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"mujoco_mjcf,scene.xml", "isaac_sim_urdf,scene.urdf", "usd,scene.usda"})
    void sceneExportAnswersAZipNamedForTheScene(String format, String entrypoint) throws IOException {
        String id = newScene("export me");
        http.post("/v1/scenes/" + id + "/assets", "{\"asset_id\":\"" + readyAsset + "\"}");
        http.post("/v1/scenes/" + id + "/assets", "{\"asset_id\":\"" + readyAsset + "\",\"position\":{\"x\":1,\"y\":0,\"z\":0}}");

        Response r = http.post("/v1/scenes/" + id + "/export", "{\"format\":\"" + format + "\"}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("application/zip");
        String canonical = io.gizmostudio.api.ExportFormats.canonical(format).orElseThrow();
        assertThat(r.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + id + "_" + canonical + ".zip\"");
        assertThat(AssetEndpointsTest.zipEntries(r.body())).startsWith("manifest.json").contains(entrypoint);
        assertThat(AssetEndpointsTest.zipEntry(r.body(), "manifest.json")).contains("\"kind\": \"scene\"");
    }

    @Test
    void emptySceneExportsAndErrorsFollowTheAssetRules() {
        String id = newScene("empty");

        assertThat(http.post("/v1/scenes/" + id + "/export", "{\"format\":\"mjcf\"}").status()).isEqualTo(200);
        assertThat(http.send("POST", "/v1/scenes/" + id + "/export?format=usd", null, Map.of()).status()).isEqualTo(200);
        assertThat(http.post("/v1/scenes/" + id + "/export", "{}").code()).isEqualTo("missing_field");
        assertThat(http.post("/v1/scenes/" + id + "/export", "{\"format\":\"sdf\"}").code()).isEqualTo("unsupported_format");
        assertThat(http.post("/v1/scenes/scn_00000000000000/export", "{\"format\":\"mjcf\"}").code()).isEqualTo("scene_not_found");
    }
}
