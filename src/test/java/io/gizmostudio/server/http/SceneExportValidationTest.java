package io.gizmostudio.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.server.support.Http;
import io.gizmostudio.server.support.Response;
import io.gizmostudio.server.support.TestModels;
import io.gizmostudio.server.support.TestServer;
import io.gizmostudio.testing.Validators;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scene and asset exports fetched over HTTP, unpacked and run through the third-party validators (MuJoCo,
 * urdfdom, OpenUSD/TinyUSDZ): skipped where the validators are not installed, failing in CI.
 */
class SceneExportValidationTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path out;

    @Test
    void sceneExportsWithPosedPlacementsAndAnEmptySceneAllValidate() throws IOException {
        Validators.assumeInstalled();
        int joints = TestModels.arm(1).joints().size();
        int movable = TestModels.arm(1).degreesOfFreedom();
        try (TestServer server = TestServer.start(dataDir)) {
            Http http = server.http();
            String asset = http.generate("arm").get("id").asText();
            String scene = http.post("/v1/scenes", "{\"name\":\"Workcell <A> & \\\"B\\\"\"}").json().get("id").asText();
            http.post("/v1/scenes/" + scene + "/assets", "{\"asset_id\":\"" + asset + "\"}");
            http.post("/v1/scenes/" + scene + "/assets", "{\"asset_id\":\"" + asset + "\",\"position\":{\"x\":1.5,\"y\":-0.5,\"z\":0},"
                    + "\"rotation\":{\"x\":0,\"y\":0,\"z\":0.3826834,\"w\":0.9238795}}");
            String empty = http.post("/v1/scenes", "{\"name\":\"empty\"}").json().get("id").asText();

            List<Validators.Check> checks = new ArrayList<>();
            checks.add(Validators.Check.mjcf(unpack(http, "/v1/scenes/" + scene, "mujoco_mjcf", "scene.xml"), 2 * movable));
            checks.add(Validators.Check.urdf(unpack(http, "/v1/scenes/" + scene, "isaac_sim_urdf", "scene.urdf"), 2 * (joints + 1)));
            checks.add(Validators.Check.usd(unpack(http, "/v1/scenes/" + scene, "isaac_sim_usd", "scene.usda"), 2 * (joints + 1)));
            checks.add(Validators.Check.mjcf(unpack(http, "/v1/scenes/" + empty, "mujoco_mjcf", "scene.xml"), 0));
            checks.add(Validators.Check.urdf(unpack(http, "/v1/scenes/" + empty, "isaac_sim_urdf", "scene.urdf"), 0));
            checks.add(Validators.Check.usd(unpack(http, "/v1/scenes/" + empty, "isaac_sim_usd", "scene.usda"), 0));
            checks.add(Validators.Check.mjcf(unpack(http, "/v1/assets/" + asset, "mujoco_mjcf", "asset.xml"), movable));

            for (Validators.Result r : Validators.runAll(checks)) {
                assertThat(r.accepted()).as(r.check() + ": " + r.output()).isTrue();
            }
        }
    }

    private Path unpack(Http http, String resource, String format, String entrypoint) throws IOException {
        Response r = http.post(resource + "/export", "{\"format\":\"" + format + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        Path dir = Files.createDirectories(out.resolve(resource.replace('/', '_') + "_" + format));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path target = dir.resolve(e.getName()).normalize();
                assertThat(target.startsWith(dir)).as("zip entry inside the bundle: " + e.getName()).isTrue();
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
        return dir.resolve(entrypoint);
    }
}
