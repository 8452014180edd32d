package io.gizmostudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate --server} against a server that misbehaves in every way a real network and real proxies do.
 * Retry waits are recorded, not slept (see {@link RemoteCli}), so Retry-After is asserted exactly.
 */
class GenerateAgainstHostileServerTest {
    private static final String PROMPT = "a robot arm";

    @TempDir
    Path out;
    private MockWebServer server;
    private final RemoteCli cli = RemoteCli.withKey();

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
    }

    static String asset(String id, String status, int progress) {
        return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"name\":\"arm\",\"prompt\":\"" + PROMPT + "\","
                + "\"created_at\":\"2025-03-01T12:00:00Z\",\"progress\":" + progress + ",\"export_formats\":"
                + ("ready".equals(status) ? "[\"mujoco_mjcf\"]" : "[]") + "}";
    }

    static byte[] mjcfZip(String id) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("manifest.json"));
            z.write(("{\"kind\":\"asset\",\"id\":\"" + id + "\",\"format\":\"mujoco_mjcf\",\"entrypoint\":\"asset.xml\"}")
                    .getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("asset.xml"));
            z.write("<mujoco model=\"arm\"><worldbody/></mujoco>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    static MockResponse zipReply(String id) throws IOException {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/zip")
                .addHeader("Content-Disposition", "attachment; filename=\"" + id + "_mujoco_mjcf.zip\"")
                .body(new Buffer().write(mjcfZip(id))).build();
    }

    private void enqueueGeneration() throws IOException {
        server.enqueue(json(202, asset("ast_1", "pending", 0)));
        server.enqueue(json(200, asset("ast_1", "processing", 60)));
        server.enqueue(json(200, asset("ast_1", "ready", 100)));
        server.enqueue(zipReply("ast_1"));
    }

    private RemoteCli.Run generate(String url) {
        return cli.run("generate", "--server", url, "--out", out.toString(), PROMPT);
    }

    private RemoteCli.Run generate() {
        return generate(server.url("/").toString());
    }

    private static MockResponse rateLimited(int seconds) {
        return new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json")
                .addHeader("Retry-After", Integer.toString(seconds))
                .body("{\"error\":\"rate_limit_error\",\"code\":\"rate_limited\",\"message\":\"slow down\"}").build();
    }

    @Test
    void createsWaitsWithProgressOnStderrAndDownloadsTheBundleWithTheKey() throws Exception {
        enqueueGeneration();

        RemoteCli.Run run = generate();

        assertThat(run.exit()).as(run.err()).isZero();
        Path zip = out.resolve("ast_1_mujoco_mjcf.zip");
        assertThat(run.out()).contains("asset:      ast_1 — arm", "wrote " + zip);
        assertThat(run.err()).contains("ast_1 pending 0%", "ast_1 processing 60%", "ast_1 ready 100%", "downloaded mujoco_mjcf");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.getEntry("asset.xml")).isNotNull();
        }
        RecordedRequest create = server.takeRequest();
        assertThat(create.getMethod()).isEqualTo("POST");
        assertThat(create.getHeaders().get("Authorization")).isEqualTo("Bearer " + RemoteCli.KEY);
        assertThat(create.getBody().utf8()).contains("\"prompt\":\"" + PROMPT + "\"");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ast_1_mujoco_mjcf.zip");
        }
    }

    @Test
    void a429IsRetriedAfterExactlyTheServersRetryAfter() throws Exception {
        server.enqueue(rateLimited(2));
        enqueueGeneration();

        RemoteCli.Run run = generate();

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(cli.sleeps().get(0)).isEqualTo(Duration.ofSeconds(2));
        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(second.getMethod()).isEqualTo("POST");
        assertThat(second.getHeaders().get("Idempotency-Key")).isNotNull()
                .isEqualTo(first.getHeaders().get("Idempotency-Key"));
        assertThat(Files.exists(out.resolve("ast_1_mujoco_mjcf.zip"))).isTrue();
    }

    @Test
    void a429ThatNeverEndsIsExit5AfterFourAttempts() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(rateLimited(1));
        }

        RemoteCli.Run run = generate();

        assertThat(run.exit()).isEqualTo(CliExit.RATE_LIMITED.code()).isEqualTo(5);
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(cli.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(run.err()).contains("slow down", "HTTP 429", "the server asks to wait 1 s");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void a503IsRetriedWithBackoffThenTheGenerationGoesOn() throws Exception {
        server.enqueue(json(503, "{\"error\":\"server_error\",\"code\":\"queue_full\",\"message\":\"busy\"}"));
        enqueueGeneration();

        RemoteCli.Run run = generate();

        assertThat(run.exit()).as(run.err()).isZero();
        // full jitter pinned at 0.5: the first backoff is half of 500 ms
        assertThat(cli.sleeps().get(0)).isEqualTo(Duration.ofMillis(250));
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void truncatedJsonIsExit7WithAMessageThatSaysSo() {
        server.enqueue(json(202, "{\"id\":\"ast_1\",\"status\":\"pen"));

        RemoteCli.Run run = generate();

        assertThat(run.exit()).isEqualTo(CliExit.SERVER.code()).isEqualTo(7);
        assertThat(run.err()).contains("malformed or truncated JSON", "POST /v1/assets");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void anHtmlErrorPageIsExit7NamedByItsTitleWithoutDumpingTheHtml() {
        String page = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>"
                + "<p>upstream stack trace: at com.proxy.Internal.handle(Internal.java:42)</p></body></html>";
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html").body(page).build());
        }

        RemoteCli.Run run = generate();

        assertThat(run.exit()).isEqualTo(7);
        assertThat(run.err()).contains("HTML page", "502 Bad Gateway", "HTTP 502")
                .doesNotContain("<html", "<h1>", "<title>", "stack trace", "Internal.java");
        assertThat(server.getRequestCount()).as("a 502 is retried like any 5xx of an idempotent POST").isEqualTo(4);
    }

    @Test
    void aRedirectToAnotherHostIsNotFollowedAndTheKeyNeverReachesIt() throws Exception {
        try (MockWebServer other = new MockWebServer()) {
            other.start();
            other.enqueue(json(202, asset("ast_evil", "pending", 0)));
            server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", other.url("/v1/assets").toString()).build());

            RemoteCli.Run run = generate();

            assertThat(run.exit()).isEqualTo(7);
            assertThat(run.err()).contains("HTTP 302 redirect to http://" + other.getHostName() + ":" + other.getPort(),
                    "another server", "not followed");
            assertThat(other.getRequestCount()).as("requests that reached the other host").isZero();
            assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + RemoteCli.KEY);
            assertThat(out).isEmptyDirectory();
        }
    }

    @Test
    void aStalledBodyTimesOutWithExit6InBoundedTime() throws Exception {
        try (RawHttpServer stalling = new RawHttpServer(o -> {
            o.write(RawHttpServer.ascii("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n"
                    + "{\"id\":\"ast_1\","));
            return true;
        })) {
            cli.readTimeout(Duration.ofMillis(300));

            RemoteCli.Run run = generate(stalling.url());

            assertThat(run.exit()).isEqualTo(CliExit.NETWORK.code()).isEqualTo(6);
            assertThat(run.err()).contains("timed out", "POST /v1/assets");
            assertThat(run.took()).as("300 ms read timeout, not the 5 s default").isLessThan(Duration.ofSeconds(3));
            assertThat(stalling.requestLines()).containsExactly("POST /v1/assets HTTP/1.1");
        }
    }

    @Test
    void aBodyCutShortOfItsLengthIsANetworkFailureExit6() throws Exception {
        try (RawHttpServer cutting = new RawHttpServer(o -> {
            o.write(RawHttpServer.ascii("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n"
                    + "{\"id\":\"ast_1\","));
            return false;
        })) {
            RemoteCli.Run run = generate(cutting.url());

            assertThat(run.exit()).isEqualTo(6);
            assertThat(run.err()).contains("no answer from the server");
        }
    }

    @Test
    void jsonThatEndsWithTheConnectionIsTruncatedJsonExit7() throws Exception {
        try (RawHttpServer closing = new RawHttpServer(o -> {
            o.write(RawHttpServer.ascii("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
                    + "{\"id\":\"ast_1\",\"status\":\"pend"));
            return false;
        })) {
            RemoteCli.Run run = generate(closing.url());

            assertThat(run.exit()).isEqualTo(7);
            assertThat(run.err()).contains("malformed or truncated JSON");
        }
    }

    @Test
    void aRefusedConnectionIsRetriedThenExit6() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }

        RemoteCli.Run run = generate("http://127.0.0.1:" + port);

        assertThat(run.exit()).isEqualTo(6);
        assertThat(cli.sleeps()).as("three backoff waits between four attempts").hasSize(3);
        assertThat(run.err()).contains("no answer from the server", "connection_failed");
    }

    @Test
    void a401IsExit4AndSaysWhereTheKeyComesFrom() {
        server.enqueue(json(401, "{\"error\":\"authentication_error\",\"code\":\"invalid_api_key\",\"message\":\"Invalid API key\"}"));

        RemoteCli.Run run = generate();

        assertThat(run.exit()).isEqualTo(CliExit.AUTH.code()).isEqualTo(4);
        assertThat(run.err()).contains("Invalid API key", "invalid_api_key", "GIZMO_API_KEY");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRefusedPromptIsExit3WithTheServersMessage() {
        server.enqueue(json(400, "{\"error\":\"invalid_request\",\"code\":\"unrecognized_prompt\","
                + "\"message\":\"Cannot make a flux capacitor; try a serial robot arm\"}"));

        RemoteCli.Run run = generate();

        assertThat(run.exit()).isEqualTo(CliExit.REFUSED.code()).isEqualTo(3);
        assertThat(run.err()).contains("Cannot make a flux capacitor", "unrecognized_prompt");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void aGenerationThatFailsIsExit8() {
        server.enqueue(json(202, asset("ast_1", "pending", 0)));
        server.enqueue(json(200, asset("ast_1", "failed", 0).replace("}", ",\"error\":{\"code\":\"invalid_model\",\"message\":\"inertia not positive\"}}")));

        RemoteCli.Run run = generate();

        assertThat(run.exit()).isEqualTo(CliExit.GENERATION_FAILED.code()).isEqualTo(8);
        assertThat(run.err()).contains("inertia not positive");
    }

    @Test
    void aGenerationFailedAsUnrecognizedPromptIsARefusedPromptExit3() {
        server.enqueue(json(202, asset("ast_1", "pending", 0)));
        server.enqueue(json(200, asset("ast_1", "failed", 10).replace("}",
                ",\"error\":{\"code\":\"unrecognized_prompt\",\"message\":\"Could not recognise an asset\"}}")));

        RemoteCli.Run run = generate();

        assertThat(run.exit()).isEqualTo(CliExit.REFUSED.code());
        assertThat(run.err()).contains("Could not recognise an asset", "unrecognized_prompt");
    }

    @Test
    void aRemoteServerWithoutAKeyIsAUsageErrorBeforeAnyRequest() {
        RemoteCli.Run run = new RemoteCli(Map.of()).run("generate", "--server", "https://gizmo.example.com", PROMPT);

        assertThat(run.exit()).isEqualTo(CliExit.USAGE.code());
        assertThat(run.err()).contains("no API key for gizmo.example.com", "GIZMO_API_KEY");
    }

    @Test
    void unpackWritesTheEntryFileOfTheDownloadedBundle() throws Exception {
        enqueueGeneration();

        RemoteCli.Run run = cli.run("generate", "--server", server.url("/").toString(), "--format", "mjcf", "--unpack",
                "--out", out.toString(), PROMPT);

        assertThat(run.exit()).as(run.err()).isZero();
        Path entry = out.resolve("ast_1_mujoco_mjcf").resolve("asset.xml");
        assertThat(run.out()).contains(entry.toString());
        assertThat(Files.readString(entry)).startsWith("<mujoco");
        RecordedRequest export = List.of(server.takeRequest(), server.takeRequest(), server.takeRequest(),
                server.takeRequest()).get(3);
        assertThat(export.getUrl().encodedPath()).isEqualTo("/v1/assets/ast_1/export");
        assertThat(export.getUrl().queryParameter("format")).isEqualTo("mujoco_mjcf");
    }

    @Test
    void anUnknownFormatIsAUsageErrorBeforeAnyRequest() {
        RemoteCli.Run run = cli.run("generate", "--server", server.url("/").toString(), "--format", "mjcf,sdf", PROMPT);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unsupported export format 'sdf'");
        assertThat(server.getRequestCount()).isZero();
    }
}
