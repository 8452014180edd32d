package io.gizmostudio.client;

import static io.gizmostudio.client.MockGizmo.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gizmostudio.api.CreateAssetRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A redirect from the API is reported, not followed: the key and the request never go anywhere else. */
class RedirectTest {
    private MockGizmo gizmo;
    private MockWebServer elsewhere;

    @BeforeEach
    void start() throws Exception {
        gizmo = new MockGizmo();
        elsewhere = new MockWebServer();
        elsewhere.start();
    }

    @AfterEach
    void stop() {
        gizmo.close();
        elsewhere.close();
    }

    private static MockResponse redirect(int status, String location) {
        return new MockResponse.Builder().code(status).addHeader("Location", location).build();
    }

    @Test
    void aRedirectToAnotherHostIsAnUnexpectedResponseAndTheOtherHostHearsNothing() throws Exception {
        gizmo.enqueue(redirect(302, elsewhere.url("/v1/assets?token=t0p").toString()));
        elsewhere.enqueue(json(202, MockGizmo.asset("ast_evil", "pending", 0)));

        UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class,
                () -> gizmo.client.assets().create(CreateAssetRequest.of("a robot arm")));

        assertThat(e.status()).isEqualTo(302);
        assertThat(e.code()).isEqualTo(UnexpectedResponseException.REDIRECT);
        assertThat(e.getMessage()).contains("redirect to http://" + elsewhere.getHostName() + ":" + elsewhere.getPort(),
                "another server", "not followed", "POST /v1/assets").doesNotContain("t0p", MockGizmo.KEY);
        assertThat(elsewhere.getRequestCount()).isZero();
        assertThat(gizmo.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRedirectOnTheSameServerIsNotFollowedEither() {
        gizmo.enqueue(redirect(301, "/v2/assets/ast_1"));
        UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class,
                () -> gizmo.client.assets().get("ast_1"));
        assertThat(e.getMessage()).contains("HTTP 301 redirect to", "(this server)");
        assertThat(gizmo.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aForeignDownloadUrlMayStillRedirectToStorageWithoutTheKey(@TempDir Path dir) throws Exception {
        byte[] body = ExportTest.zip(100);
        try (MockWebServer storage = new MockWebServer()) {
            storage.start();
            storage.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/zip")
                    .body(new Buffer().write(body)).build());
            elsewhere.enqueue(redirect(302, storage.url("/signed/ast_1.zip").toString()));
            gizmo.enqueue(json(200, "{\"download_url\":\"" + elsewhere.url("/dl/ast_1") + "\"}"));

            Path written = gizmo.client.assets().export("ast_1", "mjcf", dir.resolve("a.zip"), ProgressListener.NONE);

            assertThat(Files.readAllBytes(written)).isEqualTo(body);
            RecordedRequest first = elsewhere.takeRequest();
            RecordedRequest second = storage.takeRequest();
            assertThat(first.getHeaders().get("Authorization")).isNull();
            assertThat(second.getHeaders().get("Authorization")).isNull();
        }
    }
}
