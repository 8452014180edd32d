package io.gizmostudio.client;

import static io.gizmostudio.client.MockGizmo.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
    @TempDir
    Path dir;
    private MockGizmo gizmo;
    private final List<long[]> progress = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        gizmo = new MockGizmo();
    }

    @AfterEach
    void stop() {
        gizmo.close();
    }

    static byte[] zip(int payloadBytes) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("manifest.json"));
            z.write("{\"kind\":\"asset\",\"id\":\"ast_1\",\"format\":\"mujoco_mjcf\",\"entrypoint\":\"asset.xml\"}".getBytes(StandardCharsets.UTF_8));
            z.setLevel(0); // keep the payload large on the wire
            z.putNextEntry(new ZipEntry("asset.xml"));
            byte[] payload = new byte[payloadBytes];
            for (int i = 0; i < payload.length; i++) {
                payload[i] = (byte) ('a' + i % 26);
            }
            z.write(payload);
        }
        return bytes.toByteArray();
    }

    private static MockResponse zipReply(byte[] body, String contentType) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", contentType)
                .addHeader("Content-Disposition", "attachment; filename=\"ast_1_mujoco_mjcf.zip\"")
                .body(new Buffer().write(body)).build();
    }

    private List<Path> leftovers() throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    @Test
    void streamsTheZipWithByteProgressAndRenamesItIntoPlace() throws Exception {
        byte[] body = zip(300_000);
        gizmo.enqueue(zipReply(body, "application/zip"));
        Path target = dir.resolve("arm.zip");
        Path written = gizmo.client.assets().export("ast_1", "mjcf", target, (b, t) -> progress.add(new long[] {b, t}));
        assertThat(written).isEqualTo(target);
        assertThat(Files.readAllBytes(target)).isEqualTo(body);
        assertThat(leftovers()).isEmpty();
        assertThat(progress.get(0)).containsExactly(0, body.length);
        assertThat(progress.get(progress.size() - 1)).containsExactly(body.length, body.length);
        assertThat(progress).hasSizeGreaterThan(2);
        for (int i = 1; i < progress.size(); i++) {
            assertThat(progress.get(i)[0]).isGreaterThanOrEqualTo(progress.get(i - 1)[0]);
        }
    }

    @Test
    void sendsTheCanonicalFormatInBodyAndQuery() throws Exception {
        gizmo.enqueue(zipReply(zip(10), "application/zip"));
        gizmo.client.assets().export("ast_1", "mjcf", dir.resolve("a.zip"), ProgressListener.NONE);
        RecordedRequest r = gizmo.take();
        assertThat(r.getMethod() + " " + r.getUrl().encodedPath()).isEqualTo("POST /v1/assets/ast_1/export");
        assertThat(r.getUrl().queryParameter("format")).isEqualTo("mujoco_mjcf");
        assertThat(new ObjectMapper().readTree(r.getBody().utf8()).get("format").asText()).isEqualTo("mujoco_mjcf");
        assertThat(r.getHeaders().get("Idempotency-Key")).isNotNull();
    }

    @Test
    void aDirectoryTargetGetsTheServersFileName() throws Exception {
        gizmo.enqueue(zipReply(zip(10), "application/zip"));
        Path written = gizmo.client.assets().export("ast_1", "mujoco_mjcf", dir, ProgressListener.NONE);
        assertThat(written).isEqualTo(dir.resolve("ast_1_mujoco_mjcf.zip"));
    }

    @Test
    void aHostileFileNameIsReducedToAPlainName() throws Exception {
        gizmo.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/zip")
                .addHeader("Content-Disposition", "attachment; filename=\"../../etc/passwd\"").body(new Buffer().write(zip(5))).build());
        Path written = gizmo.client.assets().export("ast_1", "urdf", dir, ProgressListener.NONE);
        assertThat(written.getParent()).isEqualTo(dir);
        assertThat(written.getFileName().toString()).isEqualTo("passwd");
    }

    @Test
    void zipBytesUnderAnotherContentTypeAreRecognisedByTheirSignature() throws Exception {
        byte[] body = zip(10);
        gizmo.enqueue(zipReply(body, "text/plain"));
        gizmo.client.scenes().export("scn_1", "usd", dir.resolve("s.zip"), ProgressListener.NONE);
        assertThat(Files.readAllBytes(dir.resolve("s.zip"))).isEqualTo(body);
        assertThat(gizmo.take().getUrl().encodedPath()).isEqualTo("/v1/scenes/scn_1/export");
    }

    @Test
    void aMidBodyDisconnectLeavesNoPartialFileAndTheOldTargetUntouched() throws Exception {
        Path target = dir.resolve("arm.zip");
        Files.writeString(target, "the previous export");
        MockResponse broken = new MockResponse.Builder().code(200).addHeader("Content-Type", "application/zip")
                .body(new Buffer().write(zip(400_000))).onResponseBody(new SocketEffect.CloseSocket()).build();
        gizmo.enqueue(broken);
        NetworkException e = catchThrowableOfType(NetworkException.class,
                () -> gizmo.client.assets().export("ast_1", "mjcf", target, (b, t) -> progress.add(new long[] {b, t})));
        assertThat(e.code()).isEqualTo(NetworkException.CONNECTION_FAILED);
        assertThat(Files.readString(target)).isEqualTo("the previous export");
        assertThat(leftovers()).isEmpty();
        assertThat(progress.get(progress.size() - 1)[0]).isGreaterThan(0).isLessThan(progress.get(0)[1]);
    }

    @Test
    void aDownloadUrlOnAnotherHostIsFetchedWithoutTheKey() throws Exception {
        byte[] body = zip(1000);
        try (MockWebServer storage = new MockWebServer()) {
            storage.start();
            storage.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/zip")
                    .body(new Buffer().write(body)).build());
            gizmo.enqueue(json(200, "{\"download_url\":\"" + storage.url("/bucket/ast_1.zip?sig=abc") + "\"}"));
            Path written = gizmo.client.assets().export("ast_1", "mjcf", dir.resolve("a.zip"), ProgressListener.NONE);
            assertThat(Files.readAllBytes(written)).isEqualTo(body);
            RecordedRequest fetch = storage.takeRequest();
            assertThat(fetch.getMethod()).isEqualTo("GET");
            assertThat(fetch.getUrl().queryParameter("sig")).isEqualTo("abc");
            assertThat(fetch.getHeaders().get("Authorization")).isNull();
            assertThat(gizmo.take().getHeaders().get("Authorization")).isEqualTo("Bearer " + MockGizmo.KEY);
        }
    }

    @Test
    void aRelativeUrlOnTheSameServerKeepsTheKey() throws Exception {
        gizmo.enqueue(json(200, "{\"url\":\"/v1/downloads/tok_1\"}"), zipReply(zip(10), "application/zip"));
        gizmo.client.assets().export("ast_1", "mjcf", dir.resolve("a.zip"), ProgressListener.NONE);
        gizmo.take();
        RecordedRequest fetch = gizmo.take();
        assertThat(fetch.getUrl().encodedPath()).isEqualTo("/v1/downloads/tok_1");
        assertThat(fetch.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockGizmo.KEY);
    }

    @Test
    void aJsonErrorInTheExportReplyBecomesTheTypedException() throws Exception {
        gizmo.enqueue(json(409, "{\"error\":\"conflict\",\"code\":\"asset_not_ready\",\"message\":\"still processing\"}"));
        ConflictException e = catchThrowableOfType(ConflictException.class,
                () -> gizmo.client.assets().export("ast_1", "mjcf", dir.resolve("a.zip"), ProgressListener.NONE));
        assertThat(e.code()).isEqualTo("asset_not_ready");
        assertThat(Files.exists(dir.resolve("a.zip"))).isFalse();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aJsonReplyWithoutALinkIsAnUnexpectedResponse() {
        gizmo.enqueue(json(200, "{\"status\":\"exporting\"}"));
        assertThatThrownBy(() -> gizmo.client.assets().export("ast_1", "mjcf", dir.resolve("a.zip"), ProgressListener.NONE))
                .isInstanceOf(UnexpectedResponseException.class);
    }

    @Test
    void aRefusedFormatIsTriedOnceMoreAsTheNewerAlias() throws Exception {
        gizmo.enqueue(json(422, "{\"error\":{\"code\":\"validation_error\",\"message\":\"format must be mjcf, usd or sdf\"}}"),
                zipReply(zip(10), "application/zip"));
        gizmo.client.scenes().export("jh72", "isaac_sim_usd", dir.resolve("s.zip"), ProgressListener.NONE);
        gizmo.take();
        RecordedRequest second = gizmo.take();
        assertThat(second.getUrl().queryParameter("format")).isEqualTo("usd");
        assertThat(second.getBody().utf8()).isEqualTo("{\"format\":\"usd\"}");
    }
}
