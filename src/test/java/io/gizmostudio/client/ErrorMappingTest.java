package io.gizmostudio.client;

import static io.gizmostudio.client.MockGizmo.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorMappingTest {
    private MockGizmo gizmo;

    @BeforeEach
    void start() throws Exception {
        gizmo = new MockGizmo();
        gizmo.reconfigure(gizmo.options().retryPolicy(RetryPolicy.NEVER));
    }

    @AfterEach
    void stop() {
        gizmo.close();
    }

    static Stream<Arguments> statusTable() {
        return Stream.of(
                Arguments.of(400, "invalid_request", "invalid_parameter", BadRequestException.class),
                Arguments.of(422, "invalid_request", "validation_error", BadRequestException.class),
                Arguments.of(405, "invalid_request", "method_not_allowed", BadRequestException.class),
                Arguments.of(413, "invalid_request", "payload_too_large", BadRequestException.class),
                Arguments.of(401, "authentication_error", "invalid_api_key", UnauthorizedException.class),
                Arguments.of(403, "permission_error", "forbidden", ForbiddenException.class),
                Arguments.of(404, "not_found", "asset_not_found", NotFoundException.class),
                Arguments.of(409, "conflict", "asset_not_ready", ConflictException.class),
                Arguments.of(429, "rate_limit_error", "rate_limited", RateLimitedException.class),
                Arguments.of(500, "server_error", "internal_error", ServerException.class),
                Arguments.of(502, "server_error", "bad_gateway", ServerException.class),
                Arguments.of(503, "server_error", "queue_full", ServerException.class));
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @MethodSource("statusTable")
    void eachStatusMapsToItsExceptionWithCategoryCodeAndMessage(int status, String error, String code,
                                                               Class<? extends GizmoException> type) {
        gizmo.enqueue(json(status, "{\"error\":\"" + error + "\",\"code\":\"" + code + "\",\"message\":\"told you so\"}"));
        GizmoException e = catchThrowableOfType(GizmoException.class, () -> gizmo.client.assets().get("ast_1"));
        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.error()).isEqualTo(error);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.serverMessage()).startsWith("told you so");
        assertThat(e.getMessage()).contains("told you so", "HTTP " + status, code, "GET /v1/assets/ast_1");
    }

    @Test
    void theNewerNestedErrorShapeParses() {
        gizmo.enqueue(json(404, "{\"error\":{\"code\":\"scene_not_found\",\"message\":\"no scene jh72\",\"status\":404}}"));
        NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> gizmo.client.scenes().get("jh72"));
        assertThat(e.code()).isEqualTo("scene_not_found");
        assertThat(e.serverMessage()).startsWith("no scene jh72");
    }

    @Test
    void rateLimitCarriesRetryAfter() {
        gizmo.enqueue(json(429, "{\"error\":\"rate_limit_error\",\"code\":\"rate_limited\",\"message\":\"slow down\"}",
                Headers.of("Retry-After", "42")));
        RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> gizmo.client.whoami());
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(42));
    }

    @Test
    void anHtmlPageFromAProxyStillMapsByStatusAndSaysWhatCameBack() {
        gizmo.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
                .body("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>").build());
        ServerException e = catchThrowableOfType(ServerException.class, () -> gizmo.client.assets().get("ast_1"));
        assertThat(e.status()).isEqualTo(502);
        assertThat(e.error()).isEqualTo("server_error");
        assertThat(e.serverMessage()).contains("HTML page", "502 Bad Gateway", "proxy");
    }

    @Test
    void anEmptyErrorBodyStillMapsByStatus() {
        gizmo.enqueue(new MockResponse.Builder().code(403).build());
        ForbiddenException e = catchThrowableOfType(ForbiddenException.class, () -> gizmo.client.assets().get("x"));
        assertThat(e.code()).isEqualTo("permission_error");
        assertThat(e.serverMessage()).contains("empty body");
    }

    @Test
    void anErrorObjectWithNullsAndNumbersDoesNotBreakTheMapping() {
        gizmo.enqueue(json(409, "{\"error\":null,\"code\":7,\"message\":null}"));
        ConflictException e = catchThrowableOfType(ConflictException.class, () -> gizmo.client.assets().delete("x"));
        assertThat(e.code()).isEqualTo("7");
        assertThat(e.error()).isEqualTo("conflict");
        assertThat(e.serverMessage()).isNotBlank();
    }

    @Test
    void truncatedJsonInASuccessIsAnUnexpectedResponse() {
        gizmo.enqueue(json(200, "{\"id\":\"ast_1\",\"status\":\"rea"));
        UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class,
                () -> gizmo.client.assets().get("ast_1"));
        assertThat(e.code()).isEqualTo(UnexpectedResponseException.INVALID_JSON);
        assertThat(e.status()).isEqualTo(200);
    }

    @Test
    void htmlInASuccessIsAnUnexpectedResponse() {
        gizmo.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
                .body("<html><body>Please log in to the hotel wifi</body></html>").build());
        UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class,
                () -> gizmo.client.health());
        assertThat(e.code()).isEqualTo(UnexpectedResponseException.NOT_JSON);
        assertThat(e.getMessage()).contains("text/html");
    }

    @Test
    void aSuccessWithoutTheRequiredFieldsIsAnUnexpectedResponse() {
        gizmo.enqueue(json(200, "{\"name\":\"arm\"}"));
        assertThatThrownBy(() -> gizmo.client.assets().get("ast_1"))
                .isInstanceOfSatisfying(UnexpectedResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(UnexpectedResponseException.MISSING_FIELD));
    }

    @Test
    void anUnknownStatusWordIsAnUnexpectedResponseNotACrash() {
        gizmo.enqueue(json(200, "{\"id\":\"ast_1\",\"status\":\"melting\"}"));
        assertThatThrownBy(() -> gizmo.client.assets().get("ast_1")).isInstanceOf(UnexpectedResponseException.class);
    }

    @Test
    void anErrorObjectInsideASuccessKeepsItsCodeAndMessage() {
        gizmo.enqueue(json(200, "{\"error\":{\"code\":\"insufficient_credits\",\"message\":\"top up\"}}"));
        UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class,
                () -> gizmo.client.assets().get("ast_1"));
        assertThat(e.code()).isEqualTo("insufficient_credits");
        assertThat(e.serverMessage()).startsWith("top up");
    }

    @Test
    void aRefusedConnectionIsANetworkException() throws Exception {
        int port;
        try (var closed = new mockwebserver3.MockWebServer()) {
            closed.start();
            port = closed.getPort();
        }
        gizmo.reconfigure(gizmo.options().baseUrl("http://127.0.0.1:" + port).retryPolicy(RetryPolicy.NEVER));
        NetworkException e = catchThrowableOfType(NetworkException.class, () -> gizmo.client.health());
        assertThat(e.status()).isZero();
        assertThat(e.code()).isEqualTo(NetworkException.CONNECTION_FAILED);
        assertThat(e.getMessage()).contains("GET /v1/health");
    }

    @Test
    void aServerThatEchoesTheKeyNeverGetsItIntoTheException() {
        gizmo.enqueue(json(401, "{\"error\":\"authentication_error\",\"code\":\"invalid_api_key\",\"message\":\"key "
                + MockGizmo.KEY + " is revoked\"}"));
        UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class, () -> gizmo.client.whoami());
        assertThat(e.getMessage()).doesNotContain(MockGizmo.KEY).contains("gzm_…wxyz");
        assertThat(e.serverMessage()).doesNotContain(MockGizmo.KEY);
        assertThat(e.toString()).doesNotContain(MockGizmo.KEY);
    }
}
