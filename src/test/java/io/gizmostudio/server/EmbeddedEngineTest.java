package io.gizmostudio.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gizmostudio.server.support.Http;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop app's engine: loopback, a fresh key per start, the same library across starts, the real generator. */
class EmbeddedEngineTest {
    @TempDir
    Path dataDir;

    @Test
    void eachStartHasAFreshKeyButTheSameLibrary() {
        String firstKey;
        String assetId;
        String firstUrl;
        try (EmbeddedEngine engine = EmbeddedEngine.start(ServerConfig.defaults(dataDir).withPort(0))) {
            firstKey = engine.apiKey();
            firstUrl = engine.baseUrl();
            assertThat(engine.baseUrl()).startsWith("http://127.0.0.1:").endsWith("/v1");
            Http http = new Http(engine.baseUrl().replace("/v1", ""), engine.apiKey());
            JsonNode asset = http.generate("a 6-DOF robot arm with a parallel gripper");
            assertThat(asset.get("status").asText()).as(asset.toString()).isEqualTo("ready");
            assertThat(asset.at("/params/family").asText()).isEqualTo("robot_arm");
            assertThat(asset.at("/stats/dof").asInt()).isGreaterThanOrEqualTo(6);
            assertThat(http.generate("qwertyuiop asdf").at("/error/code").asText()).isEqualTo("unrecognized_prompt");
            assetId = asset.get("id").asText();
        }

        try (EmbeddedEngine again = EmbeddedEngine.start(ServerConfig.defaults(dataDir).withPort(0))) {
            assertThat(again.apiKey()).isNotEqualTo(firstKey).startsWith("gzm_local_");
            Http http = new Http(again.baseUrl().replace("/v1", ""), again.apiKey());
            assertThat(http.get("/v1/assets/" + assetId).status()).isEqualTo(200);
            assertThat(http.get("/v1/whoami").json().get("key_id").asText()).isEqualTo(EmbeddedEngine.DESKTOP_KEY_ID);
            assertThat(http.withKey(firstKey).get("/v1/assets").status()).isEqualTo(401);
            assertThat(again.baseUrl()).isNotNull();
        }
        assertThat(firstUrl).isNotBlank();
    }

    @Test
    void theEnvironmentKeyIsUsedWhenGiven() {
        String key = "gzm_local_pipelineKeyFromTheEnvironment42";
        try (EmbeddedEngine engine = EmbeddedEngine.start(ServerConfig.defaults(dataDir).withPort(0).withEnvironmentKey(key))) {
            assertThat(engine.apiKey()).isEqualTo(key);
            assertThat(new Http(engine.baseUrl().replace("/v1", ""), key).get("/v1/whoami").status()).isEqualTo(200);
        }
    }
}
