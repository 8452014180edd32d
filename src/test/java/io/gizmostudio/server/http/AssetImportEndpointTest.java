package io.gizmostudio.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gizmostudio.server.support.Http;
import io.gizmostudio.server.support.Response;
import io.gizmostudio.server.support.TestServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /v1/assets/import} on a real engine: a zipped robot description becomes a ready asset that lists,
 * exports and places like a generated one; hostile or broken uploads are refused in the envelope and create nothing.
 */
class AssetImportEndpointTest {
    private static final Path ARM = Path.of("src/test/resources/descriptions/pick_arm");
    private static final Path WALKER = Path.of("src/test/resources/descriptions/walker/walker.xml");

    @TempDir
    static Path dataDir;
    private static TestServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir);
        http = server.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] armPackage() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("pick_arm_description/urdf/pick_arm.urdf", Files.readAllBytes(ARM.resolve("pick_arm.urdf")));
        entries.put("pick_arm_description/urdf/meshes/palm.obj", Files.readAllBytes(ARM.resolve("meshes/palm.obj")));
        entries.put("pick_arm_description/package.xml", "<package><name>pick_arm_description</name></package>".getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    private static Response upload(String query, byte[] body) {
        return http.raw("POST", "/v1/assets/import" + query, body, Map.of("Authorization", "Bearer " + server.key().secret(),
                "Content-Type", "application/zip"));
    }

    private static int assetCount() {
        return http.get("/v1/assets?limit=100").json().get("total").asInt();
    }

    @Test
    void aZippedDescriptionPackageBecomesAReadyAssetThatExportsAndPlaces() throws Exception {
        Response r = upload("", armPackage());
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        JsonNode asset = r.json();
        assertThat(asset.get("status").asText()).isEqualTo("ready");
        assertThat(asset.get("name").asText()).isEqualTo("pick arm");
        assertThat(asset.get("prompt").asText()).isEqualTo("Imported from pick_arm_description/urdf/pick_arm.urdf");
        assertThat(asset.get("stats").get("links").asInt()).isEqualTo(7); // the frame-only world link is left out
        assertThat(asset.get("stats").get("dof").asInt()).isEqualTo(5);
        assertThat(asset.get("params").get("source").asText()).isEqualTo("import");
        assertThat(asset.get("params").get("base").asText()).isEqualTo("fixed");
        assertThat(asset.get("params").get("changes").toString()).contains("triangle inequality", "tool0");
        assertThat(asset.get("export_formats")).hasSize(3);
        String id = asset.get("id").asText();
        assertThat(http.get("/v1/assets/" + id).json().get("status").asText()).isEqualTo("ready");

        Response export = http.post("/v1/assets/" + id + "/export", "{\"format\":\"mujoco_mjcf\"}");
        assertThat(export.status()).isEqualTo(200);
        Map<String, String> files = unzip(export.body());
        assertThat(files).containsKeys("asset.xml", "manifest.json", "meshes/palm.stl");
        assertThat(files.get("asset.xml")).contains("name=\"tool0\"", "name=\"lift_joint\"");

        String scene = http.post("/v1/scenes", "{\"name\":\"cell\"}").json().get("id").asText();
        Response placed = http.post("/v1/scenes/" + scene + "/assets", "{\"asset_id\":\"" + id + "\"}");
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
    }

    @Test
    void aFreeFloatingRobotImportsFreeAndTheNameAndEntryCanBeChosen() throws Exception {
        byte[] walker = Files.readAllBytes(WALKER);
        byte[] body = zip(Map.of("models/walker.xml", walker, "models/walker_copy.xml", walker));
        Response both = upload("", body);
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.code()).isEqualTo("invalid_bundle");
        assertThat(both.text()).contains("models/walker.xml", "models/walker_copy.xml", "entry");

        Response r = upload("?entry=models/walker.xml&name=Walker%20v2", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        assertThat(r.json().get("name").asText()).isEqualTo("Walker v2");
        assertThat(r.json().get("params").get("base").asText()).isEqualTo("free");
        String xml = unzip(http.post("/v1/assets/" + r.json().get("id").asText() + "/export", "{\"format\":\"mjcf\"}").body())
                .get("asset.xml");
        assertThat(xml).contains("<freejoint");
    }

    @Test
    void hostileAndBrokenUploadsAreRefusedAndCreateNothing() throws Exception {
        int before = assetCount();
        Path outside = dataDir.getParent().resolve("escaped.urdf");
        Response slip = upload("", zip(Map.of("../escaped.urdf", Files.readAllBytes(ARM.resolve("pick_arm.urdf")))));
        assertThat(slip.status()).isEqualTo(400);
        assertThat(slip.code()).isEqualTo("invalid_bundle");
        assertThat(slip.text()).contains("outside the bundle");
        assertThat(outside).doesNotExist();

        Response absolute = upload("", zip(Map.of("/tmp/abs.urdf", "<robot name=\"x\"/>".getBytes(StandardCharsets.UTF_8))));
        assertThat(absolute.code()).isEqualTo("invalid_bundle");

        Response notZip = upload("", "this is not a zip".getBytes(StandardCharsets.UTF_8));
        assertThat(notZip.status()).isEqualTo(400);
        assertThat(notZip.code()).isEqualTo("invalid_bundle");

        Response empty = upload("", new byte[0]);
        assertThat(empty.code()).isEqualTo("invalid_bundle");

        Response noRobot = upload("", zip(Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8))));
        assertThat(noRobot.code()).isEqualTo("invalid_bundle");
        assertThat(noRobot.text()).contains("no robot description");

        Response broken = upload("", zip(Map.of("robot/robot.urdf",
                "<robot name=\"r\">\n  <link name=\"a\">\n</robot>\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.code()).isEqualTo("invalid_description");
        assertThat(broken.json().get("message").asText()).contains("robot/robot.urdf", "line")
                .doesNotContain(dataDir.toString());

        Response json = http.post("/v1/assets/import", "{\"zip\":\"no\"}");
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.code()).isEqualTo("unsupported_media_type");

        Response noKey = http.withKey(null).raw("POST", "/v1/assets/import", armPackage(), Map.of("Content-Type", "application/zip"));
        assertThat(noKey.status()).isEqualTo(401);

        assertThat(assetCount()).isEqualTo(before);
        try (var left = Files.list(dataDir.resolve("imports"))) {
            assertThat(left).as("unpacked uploads are deleted").isEmpty();
        }
    }

    @Test
    void theSameUploadWithTheSameIdempotencyKeyCreatesOneAsset() throws Exception {
        byte[] body = armPackage();
        Map<String, String> headers = Map.of("Authorization", "Bearer " + server.key().secret(), "Content-Type", "application/zip",
                "Idempotency-Key", "import-once");
        Response first = http.raw("POST", "/v1/assets/import", body, headers);
        Response again = http.raw("POST", "/v1/assets/import", body, headers);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
