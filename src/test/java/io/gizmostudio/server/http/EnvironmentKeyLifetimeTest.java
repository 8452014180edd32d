package io.gizmostudio.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.server.support.Http;
import io.gizmostudio.server.support.TestModels;
import io.gizmostudio.server.support.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A GIZMO_API_KEY secret is valid while the server runs with it, and only then (issue 15, item 2). */
class EnvironmentKeyLifetimeTest {
    private static final String FIRST = "gzm_local_environmentSecretFirst0123";
    private static final String SECOND = "gzm_local_environmentSecretSecond012";

    @TempDir
    Path dataDir;

    @Test
    void theEnvironmentSecretIsRefusedOnceTheServerRunsWithoutItOrWithAnother() {
        String scene;
        try (TestServer server = TestServer.start(TestServer.config(dataDir).withEnvironmentKey(FIRST), TestModels.factory())) {
            Http env = server.http().withKey(FIRST);
            assertThat(env.get("/v1/whoami").status()).isEqualTo(200);
            scene = env.post("/v1/scenes", "{\"name\":\"env cell\"}").json().get("id").asText();
        }
        try (TestServer server = TestServer.start(TestServer.config(dataDir), TestModels.factory())) {
            assertThat(server.http().withKey(FIRST).get("/v1/whoami").code()).isEqualTo("invalid_api_key");
            assertThat(server.http().withKey(FIRST).get("/v1/whoami").status()).isEqualTo(401);
        }
        try (TestServer server = TestServer.start(TestServer.config(dataDir).withEnvironmentKey(SECOND), TestModels.factory())) {
            assertThat(server.http().withKey(FIRST).get("/v1/whoami").status()).isEqualTo(401);
            assertThat(server.http().withKey(SECOND).get("/v1/whoami").status()).isEqualTo(200);
            assertThat(server.http().withKey(SECOND).get("/v1/scenes/" + scene).status()).as("another key's scene").isEqualTo(403);
        }
        try (TestServer server = TestServer.start(TestServer.config(dataDir).withEnvironmentKey(FIRST), TestModels.factory())) {
            assertThat(server.http().withKey(FIRST).get("/v1/scenes/" + scene).status()).as("its own again").isEqualTo(200);
            assertThat(server.http().withKey(SECOND).get("/v1/whoami").status()).isEqualTo(401);
        }
    }
}
