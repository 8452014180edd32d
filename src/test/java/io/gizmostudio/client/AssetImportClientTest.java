package io.gizmostudio.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.server.support.TestServer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AssetsResource#importBundle} against the real engine: the asset comes back ready; a bad zip is a 400. */
class AssetImportClientTest {
    @TempDir
    Path data;

    @Test
    void aZipImportsAsAReadyAssetAndABadOneIsABadRequest() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path arm = Path.of("src/test/resources/descriptions/pick_arm");
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("pick_arm.urdf"));
            z.write(Files.readAllBytes(arm.resolve("pick_arm.urdf")));
            z.putNextEntry(new ZipEntry("meshes/palm.obj"));
            z.write(Files.readAllBytes(arm.resolve("meshes/palm.obj")));
        }
        try (TestServer engine = TestServer.start(data);
             GizmoClient client = new GizmoClient(GizmoClientOptions.builder().baseUrl(engine.server().baseUrl())
                     .apiKey(engine.key().secret()).build())) {
            Asset asset = client.assets().importBundle(bytes.toByteArray(), "Pick arm", null);
            assertThat(asset.status()).isEqualTo(AssetStatus.READY);
            assertThat(asset.name()).isEqualTo("Pick arm");
            assertThat(client.assets().get(asset.id()).stats().dof()).isEqualTo(5);
            assertThatThrownBy(() -> client.assets().importBundle("not a zip".getBytes(StandardCharsets.UTF_8), null, null))
                    .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.code()).isEqualTo("invalid_bundle"));
        }
    }
}
