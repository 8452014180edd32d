package io.gizmostudio.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.server.support.Http;
import io.gizmostudio.server.support.Response;
import io.gizmostudio.server.support.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A POST with {@code Idempotency-Key} whose key record cannot be stored (here a trigger refuses it, standing in for
 * a crash after the resource's insert) leaves nothing behind: the resource and the record commit together.
 */
class IdempotentCreationAtomicityTest {
    private static final Path WALKER = Path.of("src/test/resources/descriptions/walker/walker.xml");

    @TempDir
    Path dataDir;
    private TestServer server;
    private Http http;

    @BeforeEach
    void start() {
        server = TestServer.start(dataDir);
        http = server.http();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anAssetWhoseKeyRecordFailsIsNotCreated() throws Exception {
        refuseKeyRecords();
        Response r = http.send("POST", "/v1/assets", "{\"prompt\":\"arm\"}", Map.of("Idempotency-Key", "gen-1"));
        assertThat(r.status()).isEqualTo(500);
        assertThat(http.get("/v1/assets").json().get("total").asLong()).isZero();

        allowKeyRecords();
        Response retry = http.send("POST", "/v1/assets", "{\"prompt\":\"arm\"}", Map.of("Idempotency-Key", "gen-1"));
        assertThat(retry.status()).isEqualTo(202);
        assertThat(http.awaitTerminal(retry.json().get("id").asText()).get("status").asText()).isEqualTo("ready");
        assertThat(http.get("/v1/assets").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aSceneWhoseKeyRecordFailsIsNotCreated() throws Exception {
        refuseKeyRecords();
        Response r = http.send("POST", "/v1/scenes", "{\"name\":\"cell\"}", Map.of("Idempotency-Key", "scene-1"));
        assertThat(r.status()).isEqualTo(500);
        assertThat(http.get("/v1/scenes").json().get("total").asLong()).isZero();
    }

    @Test
    void aPlacementWhoseKeyRecordFailsIsNotAdded() throws Exception {
        String asset = http.generate("arm").get("id").asText();
        String scene = http.post("/v1/scenes", "{\"name\":\"cell\"}").json().get("id").asText();
        refuseKeyRecords();
        Response r = http.send("POST", "/v1/scenes/" + scene + "/assets", "{\"asset_id\":\"" + asset + "\"}",
                Map.of("Idempotency-Key", "place-1"));
        assertThat(r.status()).isEqualTo(500);
        assertThat(http.get("/v1/scenes/" + scene).json().get("assets").size()).isZero();
    }

    @Test
    void anImportWhoseKeyRecordFailsIsNotCreated() throws Exception {
        refuseKeyRecords();
        byte[] zip = AssetImportEndpointTest.zip(Map.of("walker.xml", Files.readAllBytes(WALKER)));
        Response r = http.raw("POST", "/v1/assets/import", zip, Map.of("Authorization", "Bearer " + server.key().secret(),
                "Content-Type", "application/zip", "Idempotency-Key", "import-1"));
        assertThat(r.status()).isEqualTo(500);
        assertThat(http.get("/v1/assets").json().get("total").asLong()).isZero();
    }

    private void refuseKeyRecords() throws SQLException {
        sql("CREATE TRIGGER refuse_key_records BEFORE INSERT ON idempotency BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    }

    private void allowKeyRecords() throws SQLException {
        sql("DROP TRIGGER refuse_key_records");
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("gizmo.db").toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=10000");
            s.execute(statement);
        }
    }
}
