package io.gizmostudio.server.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadedBundleTest {
    @TempDir
    Path dir;

    @Test
    void aZipBombStopsAtTheLimitAndLeavesNothingBehind() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("robot.urdf"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 8; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(64 * 1024); // 8 MiB of zeros deflates to a few KB
        assertThatThrownBy(() -> UploadedBundle.unpack(bytes.toByteArray(), dir, 4L << 20))
                .isInstanceOf(UploadedBundle.InvalidBundleException.class).hasMessageContaining("more than 4 MiB");
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theManifestsEntryFileIsTheDescriptionOfAnExportBundle() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            put(z, "manifest.json", "{\"kind\":\"asset\",\"entrypoint\":\"asset.urdf\"}");
            put(z, "asset.urdf", "<robot name=\"a\"><link name=\"b\"/></robot>");
            put(z, "extra/other.urdf", "<robot name=\"c\"><link name=\"d\"/></robot>");
        }
        try (UploadedBundle b = UploadedBundle.unpack(bytes.toByteArray(), dir)) {
            assertThat(b.entryName(b.description(null))).isEqualTo("asset.urdf");
            assertThat(b.entryName(b.description("extra/other.urdf"))).isEqualTo("extra/other.urdf");
            assertThatThrownBy(() -> b.description("../outside.urdf")).hasMessageContaining("outside the bundle");
            assertThatThrownBy(() -> b.description("missing.urdf")).hasMessageContaining("no file 'missing.urdf'");
        }
    }

    @Test
    void anXmlFileCountsAsADescriptionOnlyWhenItsRootIsRobotOrMujoco() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            put(z, "pkg/package.xml", "<?xml version=\"1.0\"?><package><name>pkg</name></package>");
            put(z, "pkg/launch/view.launch.xml", "<launch/>");
            put(z, "pkg/mjcf/hand.xml", "<?xml version=\"1.0\"?>\n<!-- a hand -->\n<mujoco model=\"hand\"><worldbody/></mujoco>");
        }
        try (UploadedBundle b = UploadedBundle.unpack(bytes.toByteArray(), dir)) {
            assertThat(b.entryName(b.description(null))).isEqualTo("pkg/mjcf/hand.xml");
        }
    }

    private static void put(ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }
}
