package io.gizmostudio.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gizmostudio.server.jobs.AssetFactory;
import io.gizmostudio.server.jobs.GeneratedModel;
import io.gizmostudio.server.support.Http;
import io.gizmostudio.server.support.Response;
import io.gizmostudio.server.support.TestModels;
import io.gizmostudio.server.support.TestServer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scene-document extensions (README "Scene API extensions"): mobility, joint positions, names, PUT of the list. */
class SceneDocumentEndpointsTest {
    @TempDir
    static Path dataDir;
    static TestServer server;
    static Http http;
    static String arm;
    static String box;
    static String failed;

    /** The test arm everywhere; a prompt with "box" is understood as the box family (free by default). */
    static AssetFactory factory() {
        AssetFactory arms = TestModels.factory();
        return (prompt, seed) -> {
            GeneratedModel m = arms.generate(prompt, seed);
            if (!prompt.contains("box")) {
                return m;
            }
            Map<String, Object> params = new java.util.LinkedHashMap<>(m.params());
            params.put("family", "box");
            return new GeneratedModel(m.articulation(), params);
        };
    }

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.config(dataDir), factory());
        http = server.http();
        arm = http.generate("arm").get("id").asText();
        box = http.generate("a box").get("id").asText();
        failed = http.generate("a " + TestModels.NONSENSE).get("id").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String newScene() {
        return http.post("/v1/scenes", "{\"name\":\"doc\"}").json().get("id").asText();
    }

    static JsonNode add(String scene, String body) {
        Response r = http.post("/v1/scenes/" + scene + "/assets", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    static void assertEnvelope(Response r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.code()).isEqualTo(code);
        assertThat(r.json().get("error").isTextual()).isTrue();
        assertThat(r.json().get("message").asText()).isNotBlank();
    }

    @Test
    void placementsCarryTheAssetsDefaultMobilityNoJointPositionsAndTheAssetsName() {
        String scene = newScene();
        add(scene, "{\"asset_id\":\"" + arm + "\"}");
        JsonNode s = add(scene, "{\"asset_id\":\"" + box + "\"}");

        assertThat(s.at("/assets/0/mobility").asText()).isEqualTo("fixed");
        assertThat(s.at("/assets/1/mobility").asText()).isEqualTo("free");
        assertThat(s.at("/assets/0/joint_positions").isObject()).isTrue();
        assertThat(s.at("/assets/0/joint_positions")).isEmpty();
        assertThat(s.at("/assets/1/name").asText()).isEqualTo("a box");
        assertThat(s.get("updated_at").asText()).isNotBlank();
    }

    @Test
    void addTakesNameMobilityAndJointPositionsInTheAssetsJointOrder() {
        String scene = newScene();
        JsonNode s = add(scene, "{\"asset_id\":\"" + arm + "\",\"name\":\" left arm \",\"mobility\":\"FREE\","
                + "\"joint_positions\":{\"elbow\":-1.25,\"pan\":0.5}}");

        JsonNode p = s.at("/assets/0");
        assertThat(p.get("name").asText()).isEqualTo("left arm");
        assertThat(p.get("mobility").asText()).isEqualTo("free");
        List<String> order = new ArrayList<>();
        p.get("joint_positions").fieldNames().forEachRemaining(order::add);
        assertThat(order).containsExactly("pan", "elbow");
        assertThat(p.at("/joint_positions/elbow").asDouble()).isEqualTo(-1.25);
        assertThat(http.get("/v1/scenes/" + scene).json()).isEqualTo(s);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\"joint_positions\":{\"wrist\":0.1}|joint_positions.wrist",
            "\"joint_positions\":{\"pan\":1e999}|joint_positions.pan",
            "\"joint_positions\":{\"pan\":\"0.1\"}|joint_positions.pan",
            "\"joint_positions\":{\"pan\":null}|joint_positions.pan",
            "\"joint_positions\":{\"pan\":3.5}|joint_positions.pan",
            "\"joint_positions\":[0.1]|joint_positions",
            "\"mobility\":\"floating\"|mobility",
            "\"mobility\":true|mobility",
            "\"name\":\"  \"|name",
            "\"name\":null|name"})
    void badExtensionFieldsAre400InvalidFieldNamingTheField(String field, String named) {
        String scene = newScene();

        Response r = http.post("/v1/scenes/" + scene + "/assets", "{\"asset_id\":\"" + arm + "\"," + field + "}");
        assertEnvelope(r, 400, "invalid_field");
        assertThat(r.json().get("message").asText()).contains("'" + named + "'");
        assertThat(http.get("/v1/scenes/" + scene).json().get("assets")).isEmpty();
    }

    @Test
    void patchRenamesFreesAndPosesAndNullMobilityIsTheAssetsDefaultAgain() throws Exception {
        String scene = newScene();
        JsonNode s = add(scene, "{\"asset_id\":\"" + arm + "\",\"joint_positions\":{\"pan\":0.3}}");
        String id = s.at("/assets/0/placement_id").asText();
        Instant before = Instant.parse(s.get("updated_at").asText());
        Thread.sleep(5);

        JsonNode moved = http.patch("/v1/scenes/" + scene + "/assets/" + id,
                "{\"name\":\"arm on table\",\"mobility\":\"free\",\"joint_positions\":{\"elbow\":1}}").json();
        JsonNode p = moved.at("/assets/0");
        assertThat(p.get("placement_id").asText()).isEqualTo(id);
        assertThat(p.get("name").asText()).isEqualTo("arm on table");
        assertThat(p.get("mobility").asText()).isEqualTo("free");
        assertThat(p.get("joint_positions")).isEqualTo(Http.quoteTree("{\"elbow\":1.0}"));
        assertThat(Instant.parse(moved.get("updated_at").asText())).isAfter(before);

        JsonNode kept = http.patch("/v1/scenes/" + scene + "/assets/" + id, "{\"position\":{\"x\":1,\"y\":0,\"z\":0}}").json();
        assertThat(kept.at("/assets/0/mobility").asText()).isEqualTo("free");
        assertThat(kept.at("/assets/0/joint_positions/elbow").asDouble()).isEqualTo(1.0);
        JsonNode reset = http.patch("/v1/scenes/" + scene + "/assets/" + id, "{\"mobility\":null,\"joint_positions\":{}}").json();
        assertThat(reset.at("/assets/0/mobility").asText()).isEqualTo("fixed");
        assertThat(reset.at("/assets/0/joint_positions")).isEmpty();
        assertEnvelope(http.patch("/v1/scenes/" + scene + "/assets/" + id, "{\"joint_positions\":{\"nope\":0}}"), 400,
                "invalid_field");
    }

    @Test
    void putReplacesTheWholeListKeepingKnownIdsAndTheOrderGiven() {
        String scene = newScene();
        add(scene, "{\"asset_id\":\"" + arm + "\"}");
        add(scene, "{\"asset_id\":\"" + box + "\"}");
        JsonNode s = add(scene, "{\"asset_id\":\"" + arm + "\"}");
        String first = s.at("/assets/0/placement_id").asText();
        String second = s.at("/assets/1/placement_id").asText();
        String dropped = s.at("/assets/2/placement_id").asText();

        Response r = put(scene, "{\"assets\":["
                + entry(second, box, "crate 1", "0.5", "{}", "\"fixed\"") + ","
                + entry(null, box, "crate 2", "1.5", "{}", null) + ","
                + entry(first, arm, "arm", "0", "{\"elbow\":0.7}", null) + "]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode a = r.json().get("assets");
        assertThat(a).hasSize(3);
        assertThat(a.get(0).get("placement_id").asText()).isEqualTo(second);
        assertThat(a.get(0).get("mobility").asText()).isEqualTo("fixed");
        assertThat(a.get(0).get("added_at")).isEqualTo(s.at("/assets/1/added_at"));
        assertThat(a.get(1).get("placement_id").asText()).matches("plc_[0-9a-z]{14}").isNotIn(first, second, dropped);
        assertThat(a.get(1).get("mobility").asText()).isEqualTo("free");
        assertThat(a.get(1).at("/position/x").asDouble()).isEqualTo(1.5);
        assertThat(a.get(2).get("placement_id").asText()).isEqualTo(first);
        assertThat(a.get(2).at("/joint_positions/elbow").asDouble()).isEqualTo(0.7);
        assertThat(http.get("/v1/scenes/" + scene).json()).isEqualTo(r.json());
        assertThat(put(scene, "{\"assets\":[]}").json().get("assets")).isEmpty();
    }

    @Test
    void puttingTheSameListAgainChangesNothingNotEvenTheTime() throws Exception {
        String scene = newScene();
        String body = "{\"assets\":[" + entry(null, arm, "arm", "0", "{\"pan\":0.2}", null) + "]}";
        JsonNode once = put(scene, body).json();
        String id = once.at("/assets/0/placement_id").asText();
        String again = "{\"assets\":[" + entry(id, arm, "arm", "0", "{\"pan\":0.2}", "\"fixed\"") + "]}";
        Thread.sleep(5);

        JsonNode twice = put(scene, again).json();
        assertThat(twice).isEqualTo(once);
        assertThat(put(scene, again).json().get("updated_at")).isEqualTo(once.get("updated_at"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{\"asset_id\":\"ARM\",\"name\":\"x\",\"rotation\":{\"x\":0,\"y\":0,\"z\":0,\"w\":1}}|missing_field|'position'",
            "{\"asset_id\":\"ARM\",\"name\":\"x\",\"position\":{\"x\":0,\"y\":0,\"z\":0},\"rotation\":{\"x\":0,\"y\":0,\"z\":0,\"w\":0}}|invalid_field|'rotation'",
            "{\"asset_id\":\"ARM\",\"position\":{\"x\":0,\"y\":0,\"z\":0},\"rotation\":{\"x\":0,\"y\":0,\"z\":0,\"w\":1}}|missing_field|'name'",
            "{\"asset_id\":\"ARM\",\"name\":\"x\",\"position\":{\"x\":0,\"y\":0,\"z\":0},\"rotation\":{\"x\":0,\"y\":0,\"z\":0,\"w\":1},\"joint_positions\":{\"wrist\":1}}|invalid_field|'joint_positions.wrist'",
            "{\"asset_id\":\"ARM\",\"name\":\"x\",\"position\":{\"x\":0,\"y\":0,\"z\":0},\"rotation\":{\"x\":0,\"y\":0,\"z\":0,\"w\":1},\"mobility\":\"loose\"}|invalid_field|'mobility'",
            "{\"placement_id\":\"plc_00000000000000\",\"asset_id\":\"ARM\",\"name\":\"x\",\"position\":{\"x\":0,\"y\":0,\"z\":0},\"rotation\":{\"x\":0,\"y\":0,\"z\":0,\"w\":1}}|invalid_field|'placement_id'",
            "7|invalid_field|'assets[]'"})
    void anInvalidEntryIs400NamingItsIndexAndFieldAndChangesNothing(String bad, String code, String field) {
        String scene = newScene();
        JsonNode before = add(scene, "{\"asset_id\":\"" + arm + "\"}");

        Response r = put(scene, "{\"assets\":[" + entry(null, arm, "ok", "0", "{}", null) + "," + bad.replace("ARM", arm) + "]}");
        assertEnvelope(r, 400, code);
        assertThat(r.json().get("message").asText()).startsWith("assets[1]: ").contains(field);
        assertThat(http.get("/v1/scenes/" + scene).json()).isEqualTo(before);
    }

    @Test
    void putRefusesRepeatedIdsMissingListsAndUnknownOrUnreadyAssets() {
        String scene = newScene();
        JsonNode s = add(scene, "{\"asset_id\":\"" + arm + "\"}");
        String id = s.at("/assets/0/placement_id").asText();

        Response twice = put(scene, "{\"assets\":[" + entry(id, arm, "a", "0", "{}", null) + "," + entry(id, arm, "b", "1", "{}", null) + "]}");
        assertEnvelope(twice, 400, "invalid_field");
        assertThat(twice.json().get("message").asText()).startsWith("assets[1]: ");
        assertEnvelope(put(scene, "{\"assets\":[" + entry(id, box, "a", "0", "{}", null) + "]}"), 400, "invalid_field");
        assertEnvelope(put(scene, "{}"), 400, "missing_field");
        assertEnvelope(put(scene, "{\"assets\":{}}"), 400, "invalid_field");
        Response missing = put(scene, "{\"assets\":[" + entry(null, "ast_00000000000000", "a", "0", "{}", null) + "]}");
        assertEnvelope(missing, 404, "asset_not_found");
        assertThat(missing.json().get("message").asText()).startsWith("assets[0]: ");
        assertEnvelope(put(scene, "{\"assets\":[" + entry(null, failed, "a", "0", "{}", null) + "]}"), 409, "asset_not_ready");
        assertEnvelope(put("scn_00000000000000", "{\"assets\":[]}"), 404, "scene_not_found");
        assertEnvelope(server.newKeyClient("put-other").send("PUT", "/v1/scenes/" + scene + "/assets", "{\"assets\":[]}", Map.of()),
                403, "forbidden");
        assertThat(http.get("/v1/scenes/" + scene).json()).isEqualTo(s);
    }

    @Test
    void putsAHundredPlacementsInOneGo() {
        String scene = newScene();
        StringBuilder body = new StringBuilder("{\"assets\":[");
        for (int i = 0; i < 100; i++) {
            body.append(i == 0 ? "" : ",").append(entry(null, i % 2 == 0 ? arm : box, "p" + i, Integer.toString(i), "{}", null));
        }
        JsonNode s = put(scene, body.append("]}").toString()).json();

        assertThat(s.get("assets")).hasSize(100);
        assertThat(s.at("/assets/99/name").asText()).isEqualTo("p99");
        assertThat(s.at("/assets/99/mobility").asText()).isEqualTo("free");
    }

    static Response put(String scene, String body) {
        return http.send("PUT", "/v1/scenes/" + scene + "/assets", body, Map.of());
    }

    static String entry(String placementId, String assetId, String name, String x, String joints, String mobility) {
        return "{" + (placementId == null ? "" : "\"placement_id\":\"" + placementId + "\",") + "\"asset_id\":\"" + assetId
                + "\",\"name\":" + Http.quote(name) + ",\"position\":{\"x\":" + x + ",\"y\":0,\"z\":0},"
                + "\"rotation\":{\"x\":0,\"y\":0,\"z\":0,\"w\":1},\"joint_positions\":" + joints
                + (mobility == null ? "" : ",\"mobility\":" + mobility) + "}";
    }
}
