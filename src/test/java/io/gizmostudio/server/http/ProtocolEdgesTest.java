package io.gizmostudio.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gizmostudio.server.support.Http;
import io.gizmostudio.server.support.Response;
import io.gizmostudio.server.support.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Auth, routing, body limits, health and whoami, idempotency: the cross-cutting parts of §2, §3 and §10. */
class ProtocolEdgesTest {
    @TempDir
    static Path dataDir;
    static TestServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir);
        http = server.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthNeedsNoKey() {
        Response r = http.withKey(null).get("/v1/health");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("ok");
        assertThat(r.json().get("version").asText()).isNotBlank();
    }

    @Test
    void whoAmIDescribesTheKeyWithoutEchoingIt() {
        Response r = http.get("/v1/whoami");

        assertThat(r.status()).isEqualTo(200);
        JsonNode me = r.json();
        assertThat(me.get("key_id").asText()).isEqualTo(server.key().keyId());
        assertThat(me.get("name").asText()).isEqualTo("test");
        assertThat(me.get("created_at").asText()).isNotBlank();
        assertThat(me.get("rate_limit_per_minute").asInt()).isEqualTo(1_000_000);
        assertThat(r.text()).doesNotContain(server.key().secret());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/v1/whoami", "/v1/assets", "/v1/assets/ast_x", "/v1/scenes", "/v1/scenes/scn_x"})
    void everyRouteButHealthNeedsAKey(String path) {
        Response r = http.withKey(null).get(path);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("error").asText()).isEqualTo("authentication_error");
        assertThat(r.code()).isEqualTo("missing_api_key");
        assertThat(r.header("X-RateLimit-Limit")).isNull();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"Bearer", "Bearer ", "Basic KEY", "Bearer  KEY", "KEY", "Bearer gzm_local_nope"})
    void malformedOrUnknownKeysAre401InvalidApiKey(String header) {
        String value = header.replace("KEY", server.key().secret());
        Response r = http.withKey(null).send("GET", "/v1/whoami", null, Map.of("Authorization", value));

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("invalid_api_key");
    }

    @Test
    void theSchemeNameIsCaseInsensitiveAsInHttp() {
        Response r = http.withKey(null).send("GET", "/v1/whoami", null, Map.of("Authorization", "bearer " + server.key().secret()));

        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void aRevokedKeyStopsWorking() throws InterruptedException {
        var key = server.server().keys().create("short-lived");
        Http client = http.withKey(key.secret());
        assertThat(client.get("/v1/whoami").status()).isEqualTo(200);

        assertThat(server.server().keys().revoke(key.keyId())).isTrue();
        assertThat(client.get("/v1/whoami").code()).isEqualTo("invalid_api_key");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET,/", "GET,/v2/assets", "GET,/v1", "GET,/v1/nothing", "POST,/v1/assets/ast_x/nothing", "GET,/v1/scenes/a/b/c/d"})
    void unknownRoutesAre404RouteNotFound(String method, String path) {
        Response r = http.send(method, path, null, Map.of());

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("error").asText()).isEqualTo("not_found");
        assertThat(r.code()).isEqualTo("route_not_found");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"PUT,/v1/assets", "DELETE,/v1/assets", "PATCH,/v1/assets/ast_x", "GET,/v1/assets/ast_x/export",
            "PUT,/v1/scenes/scn_x", "GET,/v1/scenes/scn_x/assets", "POST,/v1/health", "POST,/v1/scenes/scn_x/assets/plc_y"})
    void wrongMethodsOnKnownRoutesAre405(String method, String path) {
        Response r = http.send(method, path, null, Map.of());

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.code()).isEqualTo("method_not_allowed");
    }

    @Test
    void aBodyOverOneMebibyteIs413() {
        String big = "{\"prompt\":\"" + "a".repeat(RequestBodies.MAX_BYTES) + "\"}";

        Response r = http.post("/v1/assets", big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.code()).isEqualTo("payload_too_large");
        assertThat(http.patch("/v1/scenes/scn_x", big).status()).isEqualTo(413);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/xml", "NONE"})
    void aBodyThatIsNotDeclaredJsonIs415(String contentType) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Authorization", "Bearer " + server.key().secret());
        if (!contentType.equals("NONE")) {
            headers.put("Content-Type", contentType);
        }
        Response r = http.raw("POST", "/v1/assets", "{\"prompt\":\"arm\"}".getBytes(StandardCharsets.UTF_8), headers);

        assertThat(r.status()).isEqualTo(415);
        assertThat(r.code()).isEqualTo("unsupported_media_type");
    }

    @Test
    void jsonWithACharsetOrASuffixIsAccepted() {
        Map<String, String> headers = Map.of("Authorization", "Bearer " + server.key().secret(),
                "Content-Type", "application/json; charset=utf-8");
        Response r = http.raw("POST", "/v1/scenes", "{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8), headers);

        assertThat(r.status()).isEqualTo(201);
    }

    @Test
    void authenticatedResponsesCarryRateLimitHeadersAndNoCorsWildcard() {
        Response ok = http.get("/v1/assets");
        Response notFound = http.get("/v1/assets/ast_none");

        for (Response r : new Response[] {ok, notFound}) {
            assertThat(r.header("X-RateLimit-Limit")).isEqualTo("1000000");
            assertThat(Integer.parseInt(r.header("X-RateLimit-Remaining"))).isBetween(0, 1_000_000);
            assertThat(Long.parseLong(r.header("X-RateLimit-Reset"))).isNotNegative();
            assertThat(r.header("Access-Control-Allow-Origin")).isNull();
        }
        Response preflight = http.send("OPTIONS", "/v1/assets", null, Map.of("Origin", "http://evil.example",
                "Access-Control-Request-Method", "DELETE"));
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void idempotentPostReplaysTheFirstResponseAndCreatesNothingNew() {
        Http own = server.newKeyClient("idem");
        Map<String, String> key = Map.of("Idempotency-Key", "create-scene-1");

        Response first = own.send("POST", "/v1/scenes", "{\"name\":\"once\"}", key);
        Response again = own.send("POST", "/v1/scenes", "{\"name\":\"once\"}", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(own.get("/v1/scenes").json().get("total").asLong()).isEqualTo(1);

        Response reused = own.send("POST", "/v1/scenes", "{\"name\":\"twice\"}", key);
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.code()).isEqualTo("idempotency_key_reused");
        assertThat(own.get("/v1/scenes").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void theSameJsonWithOtherWhitespaceOrKeyOrderReplaysUnderOneKey() {
        Http own = server.newKeyClient("idem-canonical");
        Map<String, String> key = Map.of("Idempotency-Key", "canonical-1");
        Response first = own.send("POST", "/v1/scenes", "{\"name\":\"cell\",\"description\":\"a\"}", key);
        Response spaced = own.send("POST", "/v1/scenes", "{ \"description\" : \"a\",\n  \"name\" : \"cell\" }", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(spaced.status()).as(spaced.text()).isEqualTo(201);
        assertThat(spaced.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(spaced.json().get("id")).isEqualTo(first.json().get("id"));
        Response other = own.send("POST", "/v1/scenes", "{\"description\":\"b\",\"name\":\"cell\"}", key);
        assertThat(other.status()).isEqualTo(409);
        assertThat(own.get("/v1/scenes").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void idempotencyKeysArePerApiKeyAndErrorsAreNotRemembered() {
        Http a = server.newKeyClient("idem-a");
        Http b = server.newKeyClient("idem-b");
        Map<String, String> key = Map.of("Idempotency-Key", "shared");

        assertThat(a.send("POST", "/v1/assets", "{\"prompt\":\"arm\"}", key).status()).isEqualTo(202);
        assertThat(b.send("POST", "/v1/assets", "{\"prompt\":\"arm\"}", key).header("Idempotent-Replayed")).isNull();
        assertThat(b.get("/v1/assets").json().get("total").asLong()).isEqualTo(1);
        Map<String, String> other = Map.of("Idempotency-Key", "after-error");
        assertThat(a.send("POST", "/v1/scenes", "{}", other).status()).isEqualTo(400);
        assertThat(a.send("POST", "/v1/scenes", "{\"name\":\"fixed\"}", other).status()).isEqualTo(201);
        assertThat(a.send("POST", "/v1/scenes", "{\"name\":\"x\"}", Map.of("Idempotency-Key", "bad key")).code())
                .isEqualTo("invalid_parameter");
    }

    @Test
    void idempotentAssetCreationReplaysThePendingAssetWhileTheRealOneMovesOn() {
        Http own = server.newKeyClient("idem-asset");
        Map<String, String> key = Map.of("Idempotency-Key", "gen-1");
        Response first = own.send("POST", "/v1/assets", "{\"prompt\":\"arm\",\"seed\":1}", key);
        own.awaitTerminal(first.json().get("id").asText());

        Response again = own.send("POST", "/v1/assets", "{\"prompt\":\"arm\",\"seed\":1}", key);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(own.get("/v1/assets").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void requestsJettyCannotParseStillGetTheEnvelope() throws IOException {
        String reply = rawHttp("GET /v1/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(reply).startsWith("HTTP/1.1 400");
        assertThat(reply).contains("application/json").contains("\"code\":").doesNotContain("<html");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/v1/assets/%u0041", "/v1/scenes/%u0041/assets", "/v1/assets/ast_%u00e9"})
    void aBrokenPercentEscapeIs400InvalidPathBeforeAuthentication(String path) throws IOException {
        String reply = rawHttp("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(reply).startsWith("HTTP/1.1 400");
        assertThat(reply).contains("\"code\":\"invalid_path\"", "\"error\":\"invalid_request\"", "%25");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GET /v1/health HTTP/2.5", "GET /v1/health HTTP/0.9"})
    void aRequestLineInAnotherHttpVersionHasItsOwnCode(String line) throws IOException {
        String reply = rawHttp(line + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(reply).as(reply).contains("\"code\":\"http_version_not_supported\"", "\"error\":\"invalid_request\"")
                .doesNotContain("internal_error");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GET /v1/assets/a b HTTP/1.1", "GET /v1/assets/%4 HTTP/1.1", "GET /v1/assets/ast_%u00 HTTP/1.1"})
    void whatJettyCannotParseIsA400ThatIsTheClientsFault(String line) throws IOException {
        String reply = rawHttp(line + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(reply).as(reply).startsWith("HTTP/1.1 400").contains("\"error\":\"invalid_request\"")
                .doesNotContain("internal_error");
    }

    private static String rawHttp(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.server().port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
