package io.gizmostudio.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.server.support.Http;
import io.gizmostudio.server.support.Response;
import io.gizmostudio.server.support.TestServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Positions (and joint positions) are bounded to ±10 km on every placement endpoint, with 400 invalid_field naming
 * the field; a scene stored with an out-of-range placement refuses to export instead of writing broken files.
 */
class CoordinateBoundsTest {
    @TempDir
    static Path dataDir;
    private static TestServer server;
    private static Http http;
    private static String asset;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir);
        http = server.http();
        asset = http.generate("arm").get("id").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String scene() {
        return http.post("/v1/scenes", "{\"name\":\"cell\"}").json().get("id").asText();
    }

    @ParameterizedTest
    @CsvSource({"x, 1e308", "y, -1e308", "z, 10000.5", "x, 1.7976931348623157E308"})
    void aPlacementBeyondTenKilometresIsRefusedNamingTheAxis(String axis, String value) {
        String scene = scene();
        Response r = http.post("/v1/scenes/" + scene + "/assets", "{\"asset_id\":\"" + asset + "\",\"position\":{\"" + axis + "\":" + value + "," + others(axis) + "}}");
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("invalid_field");
        assertThat(r.json().get("message").asText()).contains("position." + axis).contains("10 km");
        assertThat(http.get("/v1/scenes/" + scene).json().get("assets").size()).isZero();
    }

    @Test
    void tenKilometresItselfIsAccepted() {
        Response r = http.post("/v1/scenes/" + scene() + "/assets", "{\"asset_id\":\"" + asset
                + "\",\"position\":{\"x\":10000,\"y\":-10000,\"z\":0}}");
        assertThat(r.status()).as(r.text()).isEqualTo(201);
    }

    @Test
    void movingAndReplacingAreBoundedToo() {
        String scene = scene();
        String placement = http.post("/v1/scenes/" + scene + "/assets", "{\"asset_id\":\"" + asset + "\"}").json()
                .get("assets").get(0).get("placement_id").asText();
        Response moved = http.patch("/v1/scenes/" + scene + "/assets/" + placement, "{\"position\":{\"x\":0,\"y\":-1e300,\"z\":0}}");
        assertThat(moved.status()).isEqualTo(400);
        assertThat(moved.json().get("message").asText()).contains("position.y");

        Response replaced = http.send("PUT", "/v1/scenes/" + scene + "/assets", "{\"assets\":[{\"asset_id\":\"" + asset
                + "\",\"name\":\"a\",\"position\":{\"x\":0,\"y\":0,\"z\":2e5},\"rotation\":{\"x\":0,\"y\":0,\"z\":0,\"w\":1}}]}",
                java.util.Map.of());
        assertThat(replaced.status()).isEqualTo(400);
        assertThat(replaced.json().get("message").asText()).contains("assets[0]").contains("position.z");

        Response joints = http.patch("/v1/scenes/" + scene + "/assets/" + placement, "{\"joint_positions\":{\"shoulder\":1e308}}");
        assertThat(joints.status()).isEqualTo(400);
        assertThat(joints.json().get("message").asText()).contains("joint_positions.shoulder").contains("10 km");
    }

    @Test
    void aSceneStoredOutOfRangeRefusesToExportNamingThePlacement() throws Exception {
        String scene = scene();
        String placement = http.post("/v1/scenes/" + scene + "/assets", "{\"asset_id\":\"" + asset + "\"}").json()
                .get("assets").get(0).get("placement_id").asText();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("gizmo.db").toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=10000");
            s.executeUpdate("UPDATE placements SET px = 1e308 WHERE id = '" + placement + "'");
        }
        for (String format : new String[] {"mujoco_mjcf", "isaac_sim_usd", "isaac_sim_urdf"}) {
            Response r = http.post("/v1/scenes/" + scene + "/export", "{\"format\":\"" + format + "\"}");
            assertThat(r.status()).as(format + ": " + r.text()).isEqualTo(400);
            assertThat(r.code()).isEqualTo("invalid_field");
            assertThat(r.json().get("message").asText()).contains(placement).contains("position.x");
        }
    }

    private static String others(String axis) {
        StringBuilder b = new StringBuilder();
        for (String a : new String[] {"x", "y", "z"}) {
            if (!a.equals(axis)) {
                b.append(b.length() > 0 ? "," : "").append('"').append(a).append("\":0");
            }
        }
        return b.toString();
    }
}
