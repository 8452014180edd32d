package io.gizmostudio.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.gizmostudio.core.format.ScenePart;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.server.GizmoServer;
import io.gizmostudio.server.auth.IssuedKey;
import io.gizmostudio.server.export.ExportService;
import io.gizmostudio.server.support.Http;
import io.gizmostudio.server.support.Response;
import io.gizmostudio.server.support.TestModels;
import io.gizmostudio.server.support.TestServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Captures everything the server logs (our packages at DEBUG, so the request log is on) through a whole
 * session of good, bad and failing requests, and checks that no API key ever shows up; also that an
 * unexpected failure is a generic 500 envelope with its cause logged exactly once.
 */
class SecretsNeverLoggedTest {
    private static final String ENV_KEY = "gzm_local_environmentSecretValue0123456789";
    private static final String WRONG_KEY = "gzm_local_notARealKeyButStillASecret987";

    @TempDir
    Path dataDir;
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger ours = (Logger) LoggerFactory.getLogger("io.gizmostudio");
    private Level oursBefore;

    @BeforeEach
    void capture() {
        captured.start();
        root.addAppender(captured);
        oursBefore = ours.getLevel();
        ours.setLevel(Level.DEBUG);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        ours.setLevel(oursBefore);
    }

    @Test
    void noKeyAppearsInAnyLogLineAndA500IsGenericWithItsCauseLoggedOnce() {
        ExportService broken = new ExportService() {
            @Override
            public byte[] exportAsset(String assetId, Articulation articulation, String format) {
                throw new IllegalStateException("disk on fire while exporting " + assetId);
            }

            @Override
            public byte[] exportScene(String sceneId, String sceneName, List<ScenePart> parts, String format) {
                throw new IllegalStateException("disk on fire");
            }
        };
        String issued;
        try (GizmoServer server = GizmoServer.start(TestServer.config(dataDir).withEnvironmentKey(ENV_KEY),
                TestModels.factory(), broken)) {
            IssuedKey key = server.keys().create("logged?");
            issued = key.secret();
            Http http = new Http(server.baseUrl(), issued);
            Http env = http.withKey(ENV_KEY);
            Http wrong = http.withKey(WRONG_KEY);

            assertThat(env.get("/v1/whoami").json().get("name").asText()).isEqualTo("GIZMO_API_KEY");
            assertThat(wrong.get("/v1/assets").status()).isEqualTo(401);
            String asset = http.generate("arm").get("id").asText();
            http.generate(TestModels.NONSENSE);
            http.post("/v1/assets", "{\"prompt\":");
            http.send("POST", "/v1/scenes", "{\"name\":\"idem\"}", Map.of("Idempotency-Key", issued));
            server.keys().revoke(key.keyId());
            assertThat(http.get("/v1/assets").status()).isEqualTo(401);
            Response failed = env.post("/v1/assets/" + asset + "/export", "{\"format\":\"mjcf\"}");
            assertThat(failed.status()).isEqualTo(403);

            IssuedKey owner = server.keys().create("owner");
            Http ownerHttp = http.withKey(owner.secret());
            String own = ownerHttp.generate("arm").get("id").asText();
            Response boom = ownerHttp.post("/v1/assets/" + own + "/export", "{\"format\":\"mjcf\"}");
            assertThat(boom.status()).isEqualTo(500);
            assertThat(boom.json().get("error").asText()).isEqualTo("server_error");
            assertThat(boom.code()).isEqualTo("internal_error");
            assertThat(boom.text()).doesNotContain("disk on fire").doesNotContain("IllegalStateException");
            issued = issued + "|" + owner.secret();
        }

        List<String> lines = captured.list.stream().map(e -> e.getFormattedMessage()
                + (e.getThrowableProxy() != null ? ThrowableProxyUtil.asString(e.getThrowableProxy()) : "")).toList();
        assertThat(lines).isNotEmpty();
        assertThat(lines).anyMatch(l -> l.contains("/v1/whoami"));
        for (String secret : (issued + "|" + ENV_KEY + "|" + WRONG_KEY).split("\\|")) {
            assertThat(lines).noneMatch(l -> l.contains(secret));
            assertThat(lines).noneMatch(l -> l.contains(secret.substring(10)));
        }
        assertThat(lines.stream().filter(l -> l.contains("disk on fire"))).hasSize(1);
    }
}
