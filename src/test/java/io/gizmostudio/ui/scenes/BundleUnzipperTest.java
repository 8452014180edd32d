package io.gizmostudio.ui.scenes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gizmostudio.core.format.ExportFormat;
import io.gizmostudio.core.format.SceneModel;
import io.gizmostudio.core.format.bundle.BundleWriter;
import io.gizmostudio.ui.common.CancellationSignal;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundleUnzipperTest {
    @TempDir
    Path dir;

    @Test
    void aRealSceneBundleUnpacksEveryEntryAndNothingElse() throws IOException {
        Path zip = dir.resolve("empty.zip");
        Files.write(zip, BundleWriter.scene("scn_1", new SceneModel("Empty", List.of()), ExportFormat.MUJOCO_MJCF));
        Path target = dir.resolve("out");
        List<Double> progress = new ArrayList<>();

        List<Path> files = BundleUnzipper.unzip(zip, target, new CancellationSignal(), progress::add);

        assertThat(files).containsExactly(target.resolve("manifest.json"), target.resolve("scene.xml"));
        assertThat(Files.readString(target.resolve("manifest.json"))).contains("\"kind\": \"scene\"");
        assertThat(Files.readString(target.resolve("scene.xml"))).contains("<mujoco");
        assertThat(progress).containsExactly(0.5, 1.0);
        try (Stream<Path> all = Files.walk(target)) {
            assertThat(all.filter(Files::isRegularFile)).hasSize(2); // no temporary files left behind
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.txt", "meshes/../../evil.txt", "/tmp/evil.txt", "..\\evil.txt", "C:/evil.txt",
            "meshes//x.obj", "./x", "..", "a/../../evil.txt"})
    void anEntryThatWouldLeaveTheFolderRefusesTheWholeZipBeforeWritingAnything(String evil) throws IOException {
        Path zip = zip("evil.zip", "manifest.json", "{}", evil, "pwned");
        Path target = dir.resolve("nest/out");

        assertThatThrownBy(() -> BundleUnzipper.unzip(zip, target, new CancellationSignal(), f -> { }))
                .isInstanceOf(BundleUnzipper.UnsafeBundleException.class)
                .hasMessageContaining("outside its folder").hasMessageContaining(evil);
        assertThat(target).doesNotExist();
        assertThat(dir.resolve("evil.txt")).doesNotExist();
        assertThat(dir.resolve("nest/evil.txt")).doesNotExist();
    }

    @Test
    void anEntryTwiceIsRefused() throws IOException {
        // The JDK's writer refuses duplicate names, so write two and rename the second in the zip's bytes.
        Path zip = zip("twice.zip", "meshes/partA.obj", "one", "meshes/partB.obj", "two");
        String bytes = new String(Files.readAllBytes(zip), StandardCharsets.ISO_8859_1);
        Files.write(zip, bytes.replace("meshes/partB.obj", "meshes/partA.obj").getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> BundleUnzipper.unzip(zip, dir.resolve("out"), new CancellationSignal(), f -> { }))
                .isInstanceOf(BundleUnzipper.UnsafeBundleException.class).hasMessageContaining("meshes/partA.obj twice");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aCancelBetweenFilesStops() throws IOException {
        Path zip = zip("two.zip", "manifest.json", "{}", "scene.xml", "<mujoco/>");
        CancellationSignal cancel = new CancellationSignal();

        assertThatThrownBy(() -> BundleUnzipper.unzip(zip, dir.resolve("out"), cancel, f -> cancel.cancel()))
                .isInstanceOf(CancelledException.class);
        assertThat(dir.resolve("out/manifest.json")).exists();
        assertThat(dir.resolve("out/scene.xml")).doesNotExist();
    }

    private Path zip(String name, String... pathsAndContents) throws IOException {
        Path zip = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.UTF_8)) {
            for (int i = 0; i < pathsAndContents.length; i += 2) {
                put(out, pathsAndContents[i], pathsAndContents[i + 1]);
            }
        }
        return zip;
    }

    private static void put(ZipOutputStream out, String path, String content) throws IOException {
        out.putNextEntry(new ZipEntry(path));
        OutputStream body = out;
        body.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
