package io.gizmostudio.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.server.support.TestModels;
import io.gizmostudio.server.support.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Malformed requests thrown at the real engine over raw sockets, from a seeded generator (2,000 per CI run;
 * {@code -Dgizmo.fuzz.requests=12000} for the outside review's count, {@code -Dgizmo.fuzz.seed=N} for another
 * mix): broken request lines and versions, percent escapes and overlong ids in paths, junk queries, every method,
 * missing and wrong keys, truncated, deep, non-numeric and mistyped JSON bodies, wrong content types and invalid
 * UTF-8. Every answer must be a 4xx (never a 5xx but HTTP's own 505 for an unreadable version) in the contract's error envelope, with a message that names no
 * internals (Jackson, Jetty, Java exceptions), and the engine must still answer a normal request afterwards.
 */
class MalformedRequestFuzzTest {
    private static final Logger LOG = LoggerFactory.getLogger(MalformedRequestFuzzTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INTERNALS = Pattern.compile(
            "(?i)jackson|jetty|javalin|StreamReadConstraints|ALLOW_NON_NUMERIC|Exception|java\\.|org\\.|com\\.|\\bat [a-z]+\\.");
    private static final String[] METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "FOO"};
    private static final String[] ROUTES = {"/v1/health", "/v1/assets", "/v1/assets/{id}", "/v1/assets/{id}/export",
        "/v1/assets/{id}/articulation", "/v1/scenes", "/v1/scenes/{id}", "/v1/scenes/{id}/assets",
        "/v1/scenes/{id}/assets/{id}", "/v1/scenes/{id}/export", "/v1/jobs/{id}", "/v1/assets/import", "/v1/nothing"};
    private static final String[] IDS = {"ast_%u0041", "%zz", "%", "%00", "%2e%2e", "..", "ast_" + "9".repeat(5000), "ünïcødé",
        "a%20b", "%F0%9F%A4%96", "ast_1;drop", "{id}", "", "%C0%AF", "scn_x", "ast_000000000000"};
    private static final String[] QUERIES = {"", "?limit=-1", "?limit=1e309", "?limit=abc", "?cursor=%ff%fe", "?status=weird",
        "?format=../../etc", "?limit=" + "9".repeat(400), "?q=%u0041", "?format=mjcf&format=usd"};

    @TempDir
    Path dataDir;
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(TestServer.config(dataDir).withRequestReadTimeout(Duration.ofSeconds(2)), TestModels.factory());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void everyMalformedRequestIsA4xxInTheEnvelopeAndTheEngineStaysUp() throws Exception {
        int count = Integer.getInteger("gizmo.fuzz.requests", 2_000);
        long seed = Long.getLong("gizmo.fuzz.seed", 20261203L);
        Random random = new Random(seed);
        String key = server.key().secret();
        String sceneId = server.http().post("/v1/scenes", "{\"name\":\"fuzzed\"}").json().get("id").asText();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> bad = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            byte[] request = request(random, key, sceneId);
            Answer answer = send(request);
            statuses.merge(answer.status, 1, Integer::sum);
            String problem = judge(answer, request);
            if (problem != null && bad.size() < 20) {
                bad.add(problem + "\n  request: " + printable(request) + "\n  answer: " + printable(answer.raw));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info("fuzz: {} malformed requests (seed {}) in {} s: statuses {}; {} problems", count, seed,
                String.format(Locale.ROOT, "%.1f", seconds), statuses, bad.size());
        assertThat(bad).as("answers that are not a 4xx in the envelope").isEmpty();
        assertThat(server.http().get("/v1/health").status()).isEqualTo(200);
        assertThat(server.http().post("/v1/scenes", "{\"name\":\"after the storm\"}").status()).isEqualTo(201);
    }

    /** Null when the answer is acceptable, else what is wrong with it. */
    private static String judge(Answer a, byte[] request) {
        if (a.status == 0) {
            return "no HTTP answer";
        }
        if (a.status >= 500 && a.status != 505) {
            return "status " + a.status;
        }
        if (a.status < 400) {
            return null; // some junk is still a valid request (an unknown query parameter is ignored)
        }
        if (new String(request, StandardCharsets.ISO_8859_1).startsWith("HEAD ")) {
            return null; // no body by definition
        }
        JsonNode body;
        try {
            body = JSON.readTree(a.body);
        } catch (IOException e) {
            return "a " + a.status + " body that is not JSON";
        }
        if (body == null || !body.path("error").isTextual() || !body.path("code").isTextual() || !body.path("message").isTextual()
                || body.path("message").asText().isBlank()) {
            return "a " + a.status + " body outside the envelope";
        }
        if (INTERNALS.matcher(body.path("message").asText()).find()) {
            return "a message naming internals: " + body.path("message").asText();
        }
        if (a.status == 505 && !body.path("code").asText().equals("http_version_not_supported")) {
            return "a 505 that is not http_version_not_supported"; // HTTP's own status for a request line it cannot read
        }
        return null;
    }

    private static byte[] request(Random r, String key, String sceneId) {
        int kind = r.nextInt(10);
        if (kind == 0) {
            return requestLine(r);
        }
        String method = METHODS[r.nextInt(METHODS.length)];
        String path = ROUTES[r.nextInt(ROUTES.length)];
        while (path.contains("{id}")) {
            String id = r.nextInt(4) == 0 ? sceneId : IDS[r.nextInt(IDS.length)];
            path = path.replaceFirst("\\{id\\}", java.util.regex.Matcher.quoteReplacement(id));
        }
        path += QUERIES[r.nextInt(QUERIES.length)];
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: localhost\r\n");
        switch (r.nextInt(6)) {
            case 0 -> { } // no key
            case 1 -> head.append("Authorization: Bearer gz_wrong").append(r.nextInt(1000)).append("\r\n");
            case 2 -> head.append("Authorization: Bearer \r\n");
            case 3 -> head.append("Authorization: Basic Zm9vOmJhcg==\r\n");
            default -> head.append("Authorization: Bearer ").append(key).append("\r\n");
        }
        if (r.nextInt(8) == 0) {
            head.append("X-Junk: ").append("x".repeat(r.nextInt(9000))).append("\r\n");
        }
        if (r.nextInt(10) == 0) {
            head.append("Idempotency-Key: ").append(r.nextBoolean() ? "k" + r.nextInt(50) : "\u00ff".repeat(300)).append("\r\n");
        }
        byte[] body = method.equals("GET") || method.equals("HEAD") || r.nextInt(6) == 0 ? new byte[0] : body(r);
        String type = switch (r.nextInt(6)) {
            case 0 -> "text/plain";
            case 1 -> "application/json; charset=latin-1";
            case 2 -> "multipart/form-data; boundary=x";
            default -> "application/json";
        };
        if (body.length > 0 || r.nextBoolean()) {
            head.append("Content-Type: ").append(type).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    private static byte[] requestLine(Random r) {
        String[] lines = {"GET /v1/health HTTP/0.9", "GET /v1/health HTTP/2.5", "GET /v1/assets/a b HTTP/1.1", "GET  HTTP/1.1",
            "\u0000\u0001\u0002 / HTTP/1.1", "GET /v1/health", "GET /v1/health HTTP/1.1 extra", "get /v1/health http/1.1",
            "GET " + "/a".repeat(5000) + " HTTP/1.1", "GET /v1/assets/%u0041 HTTP/1.1", "BREW /coffee HTCPCP/1.0"};
        String line = lines[r.nextInt(lines.length)];
        return (line + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] body(Random r) {
        String[] bodies = {"{", "{\"prompt\":", "[]", "null", "\"just a string\"", "{\"prompt\": NaN}", "{\"prompt\":\"a box\",\"seed\":1e400}",
            "{\"prompt\":\"a box\",\"seed\":" + "9".repeat(2000) + "}", "[".repeat(5000), "{\"prompt\":" + "[".repeat(2000) + "]}",
            "{\"prompt\":123}", "{\"prompt\":\"\"}", "{\"prompt\":\"\u200b\u200b\"}", "{\"prompt\":\"a box\",\"tags\":\"notalist\"}",
            "{\"name\":" + "\"" + "n".repeat(20000) + "\"}", "{\"asset_id\":\"ast_nope\",\"position\":{\"x\":1e308,\"y\":0,\"z\":0}}",
            "{\"asset_id\":\"ast_nope\",\"position\":{\"x\":\"far\"}}", "{\"placements\":[{\"asset_id\":null}]}",
            "{\"name\":\"a\",\"name\":\"b\"}", "{\"prompt\":\"a box\"}   trailing", "{'prompt':'single quotes'}",
            "{\"prompt\":\"a box\",\"fixed_base\":\"yes\"}", "PK\u0003\u0004garbage-zip", "{\"scale\":-Infinity}"};
        byte[] b = bodies[r.nextInt(bodies.length)].getBytes(StandardCharsets.UTF_8);
        if (r.nextInt(12) == 0 && b.length > 2) {
            b[r.nextInt(b.length)] = (byte) 0xC3; // an invalid UTF-8 sequence somewhere
            b[b.length - 1] = (byte) 0xFF;
        }
        return b;
    }

    private record Answer(int status, byte[] raw, byte[] body) {
    }

    private Answer send(byte[] request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.server().port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException refusedMidway) {
                // the server may answer and close before a large request is all written: read what it said
            }
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    got.write(buf, 0, n);
                }
            } catch (SocketTimeoutException | java.net.SocketException end) {
                // what arrived is the answer
            }
            return parse(got.toByteArray());
        }
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        if (!text.startsWith("HTTP/1.")) {
            return new Answer(0, raw, new byte[0]);
        }
        int status = Integer.parseInt(text.substring(9, 12));
        int split = text.indexOf("\r\n\r\n");
        byte[] body = split < 0 ? new byte[0] : java.util.Arrays.copyOfRange(raw, split + 4, raw.length);
        if (text.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked") && split >= 0) {
            body = dechunk(body);
        }
        return new Answer(status, raw, body);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < chunked.length) {
            int eol = indexOf(chunked, i);
            if (eol < 0) {
                break;
            }
            int size = Integer.parseInt(new String(chunked, i, eol - i, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, eol + 2, Math.min(size, chunked.length - eol - 2));
            i = eol + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] b, int from) {
        for (int i = from; i + 1 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static String printable(byte[] b) {
        String s = new String(b, 0, Math.min(b.length, 300), StandardCharsets.ISO_8859_1);
        return s.replace("\r", "\\r").replace("\n", "\\n").replaceAll("[^\\x20-\\x7e\\\\]", "?");
    }
}
