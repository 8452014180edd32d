package io.gizmostudio.core.format.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gizmostudio.core.format.ExportFormat;
import io.gizmostudio.core.format.ExportedModel;
import io.gizmostudio.core.format.SceneModel;
import io.gizmostudio.core.format.ScenePart;
import io.gizmostudio.core.format.TestArticulations;
import io.gizmostudio.core.format.mjcf.MjcfWriter;
import io.gizmostudio.core.format.urdf.UrdfWriter;
import io.gizmostudio.core.model.Pose;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class BundleWriterTest {

    private static Map<String, byte[]> unzip(byte[] zip, List<ZipEntry> entries) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e);
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    @Test
    void anAssetBundleHoldsTheManifestTheEntryFileAndMeshesInThatOrder() throws IOException {
        byte[] zip = BundleWriter.asset("ast_01", TestArticulations.kitchenSink(), ExportFormat.MUJOCO_MJCF);
        List<ZipEntry> entries = new ArrayList<>();
        Map<String, byte[]> files = unzip(zip, entries);
        assertThat(files.keySet()).containsExactly("manifest.json", "asset.xml", "meshes/bracket_prism.stl");
        assertThat(new String(files.get("manifest.json"), StandardCharsets.UTF_8)).isEqualTo("""
                {
                  "kind": "asset",
                  "id": "ast_01",
                  "format": "mujoco_mjcf",
                  "entrypoint": "asset.xml",
                  "report": [
                    "MJCF: the root body is welded to the world (no joint)"
                  ]
                }
                """);
        assertThat(entries).allSatisfy(e -> assertThat(e.getTimeLocal()).isEqualTo(LocalDateTime.of(1980, 1, 1, 0, 0)));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void sceneBundlesNameTheSceneEntrypoint(ExportFormat format) throws IOException {
        SceneModel scene = new SceneModel("s", List.of(new ScenePart("box", TestArticulations.drawerCabinet(), Pose.IDENTITY)));
        Map<String, byte[]> files = unzip(BundleWriter.scene("scn_9", scene, format), new ArrayList<>());
        String manifest = new String(files.get("manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifest).contains("\"kind\": \"scene\"", "\"format\": \"" + format.wireName() + "\"",
                "\"entrypoint\": \"" + format.sceneEntrypoint() + "\"");
        assertThat(files).containsKey(format.sceneEntrypoint());
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void theSameInputGivesByteIdenticalZips(ExportFormat format) {
        byte[] a = BundleWriter.asset("ast_1", TestArticulations.kitchenSink(), format);
        byte[] b = BundleWriter.asset("ast_1", TestArticulations.kitchenSink(), format);
        assertThat(a).isEqualTo(b);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void entryNamesAreRelativeAndNeverClimbOut(ExportFormat format) throws IOException {
        List<ZipEntry> entries = new ArrayList<>();
        unzip(BundleWriter.asset("../../etc", TestArticulations.kitchenSink(), format), entries);
        assertThat(entries).extracting(ZipEntry::getName)
                .allSatisfy(n -> assertThat(n).doesNotStartWith("/").doesNotContain("..").doesNotContain("\\"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.xml", "/abs.xml", "meshes/../../x.stl", "a\\b.stl", "C:/x", "meshes//x.stl", "./a", ""})
    void unsafeEntryPathsAreRefused(String path) {
        assertThatThrownBy(() -> new BundleEntry(path, new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void manifestTextIsEscapedJson() {
        BundleManifest m = new BundleManifest(BundleManifest.Kind.ASSET, "a\"b\\c\n\u0001", ExportFormat.ISAAC_SIM_USD, "asset.usda");
        assertThat(m.toJson()).contains("\"id\": \"a\\\"b\\\\c\\n\\u0001\"");
    }

    @Test
    void writingToAPathIsAtomicAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out").resolve("ast_1_mujoco_mjcf.zip");
        ExportedModel model = new MjcfWriter().writeAsset(TestArticulations.gripper());
        BundleManifest manifest = new BundleManifest(BundleManifest.Kind.ASSET, "ast_1", ExportFormat.MUJOCO_MJCF, "asset.xml");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "old");
        BundleWriter.write(manifest, model, target);
        assertThat(Files.readAllBytes(target)).isEqualTo(BundleWriter.toBytes(manifest, model));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aManifestMustNameTheModelsEntryFile() {
        ExportedModel model = new UrdfWriter().writeAsset(TestArticulations.gripper());
        BundleManifest wrong = new BundleManifest(BundleManifest.Kind.ASSET, "x", ExportFormat.ISAAC_SIM_URDF, "scene.urdf");
        assertThatThrownBy(() -> BundleWriter.toBytes(wrong, model)).isInstanceOf(IllegalArgumentException.class);
    }
}
