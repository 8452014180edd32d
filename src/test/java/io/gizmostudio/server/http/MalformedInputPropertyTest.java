package io.gizmostudio.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gizmostudio.server.support.Http;
import io.gizmostudio.server.support.Response;
import io.gizmostudio.server.support.TestModels;
import io.gizmostudio.server.support.TestServer;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random and malformed requests at every route: whatever the method, path, headers and body, the answer is
 * a success or a 4xx with the contract's envelope, never a 5xx.
 */
class MalformedInputPropertyTest {
    private static final List<String> TEMPLATES = List.of("/v1/health", "/v1/whoami", "/v1/assets", "/v1/assets/{a}",
            "/v1/assets/{a}/export", "/v1/scenes", "/v1/scenes/{s}", "/v1/scenes/{s}/export", "/v1/scenes/{s}/assets",
            "/v1/scenes/{s}/assets/{p}", "/v1/{x}", "/{x}", "/v1/assets/{x}/{x}");
    private static final List<String> FIELDS = List.of("prompt", "name", "tags", "seed", "format", "asset_id", "position",
            "rotation", "description", "x", "y", "z", "w");

    static Path dataDir;
    static TestServer server;
    static String asset;
    static String scene;
    static String placement;

    @BeforeContainer
    static void start() throws IOException {
        dataDir = Files.createTempDirectory("gizmo-prop");
        server = TestServer.start(TestServer.config(dataDir).withQueueCapacity(5000), TestModels.factory());
        asset = server.http().generate("arm").get("id").asText();
        scene = server.http().post("/v1/scenes", "{\"name\":\"s\"}").json().get("id").asText();
        placement = server.http().post("/v1/scenes/" + scene + "/assets", "{\"asset_id\":\"" + asset + "\"}").json()
                .at("/assets/0/placement_id").asText();
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Property(tries = 400)
    void everyAnswerIsSuccessOrAn4xxEnvelope(@ForAll("methods") String method, @ForAll("paths") String path,
                                             @ForAll("bodies") String body, @ForAll("headers") Map<String, String> headers) {
        byte[] bytes = body.isEmpty() ? null : body.getBytes(StandardCharsets.UTF_8);
        Response r = new Http(server.http().baseUrl(), null).raw(method, path, bytes, headers);

        assertThat(r.status()).as(method + " " + path + " " + body + " " + headers + " -> " + r).isBetween(200, 499);
        // A HEAD answer has no body by definition; its status still must be right.
        if (r.status() >= 400 && !method.equals("HEAD")) {
            JsonNode e = r.json();
            assertThat(e.get("error").isTextual()).as(r.toString()).isTrue();
            assertThat(e.get("code").isTextual()).as(r.toString()).isTrue();
            assertThat(e.get("message").isTextual()).as(r.toString()).isTrue();
            assertThat(r.text()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of("GET", "POST", "PATCH", "DELETE", "PUT", "OPTIONS", "HEAD");
    }

    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> junk = Arbitraries.strings().ofMaxLength(30)
                .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"));
        Arbitrary<String> id = Arbitraries.oneOf(Arbitraries.just("ID"), junk, Arbitraries.of("ast_", "scn_x", "..", "%2e%2e",
                "ast_00000000000000", "%00", "%2F"));
        Arbitrary<String> query = Arbitraries.oneOf(Arbitraries.just(""),
                Combinators.combine(Arbitraries.of("limit", "offset", "status", "q", "tag", "format"), junk)
                        .as((k, v) -> "?" + k + "=" + v),
                Arbitraries.of("?limit=-1", "?limit=99999999999", "?offset=1e3", "?status=READY", "?format=sdf", "?q=%25"));
        return Combinators.combine(Arbitraries.of(TEMPLATES), id, id, query).as((t, a, b, q) -> t
                .replace("{a}", a.equals("ID") ? asset : a)
                .replace("{s}", a.equals("ID") ? scene : a)
                .replace("{p}", b.equals("ID") ? placement : b)
                .replace("{x}", b) + q);
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of("null", "true", "0", "-1", "1e308", "1e999", "3.5",
                        "123456789012345678901234567890", "\"\"", "[]", "{}", "[\"a\",1]", "{\"x\":1,\"y\":2,\"z\":3,\"w\":0}",
                        "{\"x\":\"1\"}", "\"mjcf\"", "\"sdf\"", "\"" + "ast_00000000000000" + "\"", "\"arm\""),
                Arbitraries.strings().ofMaxLength(40).map(Http::quote));
        Arbitrary<String> object = Combinators.combine(Arbitraries.of(FIELDS), value, Arbitraries.of(FIELDS), value)
                .as((k1, v1, k2, v2) -> "{\"" + k1 + "\":" + v1 + ",\"" + k2 + "\":" + v2 + "}");
        return Arbitraries.oneOf(Arbitraries.just(""), object, value, Arbitraries.strings().ofMaxLength(60),
                Arbitraries.of("{", "{\"prompt\":", "[", "\u0000", "{\"prompt\":\"a\"}}", "{\"a\":" + "[".repeat(2000)));
    }

    @Provide
    Arbitrary<Map<String, String>> headers() {
        Arbitrary<String> auth = Arbitraries.oneOf(Arbitraries.just("VALID"), Arbitraries.just("NONE"),
                Arbitraries.of("Bearer", "Bearer gzm_local_x", "Basic abc", "Bearer  x"),
                Arbitraries.strings().withCharRange('!', '~').ofMaxLength(30));
        Arbitrary<String> type = Arbitraries.of("application/json", "NONE", "text/plain", "application/json; charset=utf-8",
                "multipart/form-data; boundary=x", "application/problem+json", "*/*");
        Arbitrary<String> idem = Arbitraries.oneOf(Arbitraries.just("NONE"), Arbitraries.strings().withCharRange(' ', '~')
                .ofMinLength(1).ofMaxLength(300).map(String::strip).filter(s -> !s.isEmpty()));
        return Combinators.combine(auth, type, idem).as((a, t, i) -> {
            Map<String, String> h = new HashMap<>();
            if (a.equals("VALID")) {
                h.put("Authorization", "Bearer " + server.key().secret());
            } else if (!a.equals("NONE")) {
                h.put("Authorization", a);
            }
            if (!t.equals("NONE")) {
                h.put("Content-Type", t);
            }
            if (!i.equals("NONE")) {
                h.put("Idempotency-Key", i);
            }
            return h;
        });
    }
}
