package io.gizmostudio.client;

import static io.gizmostudio.client.MockGizmo.asset;
import static io.gizmostudio.client.MockGizmo.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.gizmostudio.api.CreateAssetRequest;
import java.time.Duration;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The API key must not leak through logs, exceptions or toString, whatever happens on the wire. */
class SecretHygieneTest {
    private MockGizmo gizmo;
    private ListAppender<ILoggingEvent> appender;
    private Logger clientLog;
    private Level previousLevel;

    @BeforeEach
    void start() throws Exception {
        gizmo = new MockGizmo();
        clientLog = (Logger) LoggerFactory.getLogger("io.gizmostudio.client");
        previousLevel = clientLog.getLevel();
        clientLog.setLevel(Level.DEBUG);
        appender = new ListAppender<>();
        appender.start();
        clientLog.addAppender(appender);
    }

    @AfterEach
    void stop() {
        clientLog.detachAppender(appender);
        clientLog.setLevel(previousLevel);
        gizmo.close();
    }

    private String logText() {
        return appender.list.stream().map(e -> e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getMessage()))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void requestsAreLoggedAtDebugWithMethodPathStatusAttemptAndDurationButNoKey() {
        gizmo.enqueue(json(503, "{}"), json(202, asset("ast_1", "pending", 0)), json(200, asset("ast_1", "ready", 100)));
        gizmo.client.assets().generate(CreateAssetRequest.of("a robot arm"), Duration.ofMinutes(1), AwaitListener.NONE,
                new CancellationToken());
        String log = logText();
        assertThat(log).contains("POST /v1/assets -> 503 (attempt 1/4", "POST /v1/assets -> 202 (attempt 2/4",
                "GET /v1/assets/ast_1 -> 200 (attempt 1/4", " ms)");
        assertThat(log).doesNotContain(MockGizmo.KEY).doesNotContain("s3cr3t").doesNotContain("Bearer");
        assertThat(appender.list).allMatch(e -> e.getLevel().isGreaterOrEqual(Level.DEBUG));
    }

    @Test
    void failuresOnEveryPathKeepTheKeyOut() {
        String echo = "{\"error\":\"authentication_error\",\"code\":\"invalid_api_key\",\"message\":\"bad key Bearer "
                + MockGizmo.KEY + "\"}";
        gizmo.enqueue(json(401, echo), json(200, "{\"id\":\"x\",\"status\":\"" + MockGizmo.KEY + "\"}"),
                json(200, "{\"error\":{\"code\":\"denied\",\"message\":\"" + MockGizmo.KEY + "\"}}"));
        for (int i = 0; i < 4; i++) {
            gizmo.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        }
        Throwable[] failures = {
                catchThrowable(() -> gizmo.client.whoami()),
                catchThrowable(() -> gizmo.client.assets().get("x")),
                catchThrowable(() -> gizmo.client.assets().get("x")),
                catchThrowable(() -> gizmo.client.assets().get("x"))};
        for (Throwable t : failures) {
            assertThat(t).isInstanceOf(GizmoException.class);
            assertThat(t.getMessage()).doesNotContain(MockGizmo.KEY);
            assertThat(t.toString()).doesNotContain(MockGizmo.KEY);
        }
        assertThat(logText()).doesNotContain(MockGizmo.KEY);
        assertThat(gizmo.client.toString()).doesNotContain(MockGizmo.KEY);
        assertThat(gizmo.client.options().toString()).doesNotContain(MockGizmo.KEY);
    }
}
