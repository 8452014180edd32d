package io.gizmostudio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.Asset;
import io.gizmostudio.core.format.mjcf.MjcfReader;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.ui.common.FailureKind;
import io.gizmostudio.ui.common.FakeAssetLibrary;
import io.gizmostudio.ui.common.ManualUiExecutor;
import io.gizmostudio.ui.common.ServiceException;
import io.gizmostudio.ui.common.TestAssets;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryImportViewModelTest {
    private static final Path ARM = Path.of("src/test/resources/descriptions/pick_arm/pick_arm.urdf");
    @TempDir Path dir;
    private final FakeAssetLibrary library = new FakeAssetLibrary();
    private final ManualUiExecutor executor = new ManualUiExecutor().deferWork();
    private final SimpleObjectProperty<Asset> selection = new SimpleObjectProperty<>();
    private final List<Asset> imported = new ArrayList<>();

    private PreviewViewModel preview() {
        return new PreviewViewModel(new BundleServingLibrary(), executor, new ExportBundleCache(dir.resolve("cache")), selection);
    }

    @Test
    void aShownFileIsConvertedWithItsMeshesAndUploadedAsOneBundle() throws Exception {
        PreviewViewModel preview = preview();
        LibraryImportViewModel vm = new LibraryImportViewModel(library, executor, preview, imported::add);
        assertThat(vm.canAddProperty().get()).as("nothing shown").isFalse();
        preview.openFile(ARM);
        executor.runWork();
        assertThat(vm.canAddProperty().get()).isTrue();

        vm.addCommand().execute();
        assertThat(vm.canAddProperty().get()).as("busy while uploading").isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Adding pick arm to the library…");
        executor.runWork();

        assertThat(imported).hasSize(1);
        assertThat(imported.get(0).name()).isEqualTo("pick arm");
        assertThat(vm.statusProperty().get()).isEqualTo("Added pick arm to the library (4 repairs, listed in its details).");
        assertThat(vm.canAddProperty().get()).isTrue();
        Map<String, byte[]> zip = unzip(library.importedZips.get(0));
        assertThat(zip).containsKeys("manifest.json", "asset.xml", "meshes/palm.stl");
        assertThat(new String(zip.get("manifest.json"), StandardCharsets.UTF_8)).contains("triangle inequality", "tool0");
        Path unpacked = dir.resolve("unpacked");
        for (Map.Entry<String, byte[]> e : zip.entrySet()) {
            Files.createDirectories(unpacked.resolve(e.getKey()).getParent());
            Files.write(unpacked.resolve(e.getKey()), e.getValue());
        }
        Articulation uploaded = MjcfReader.read(unpacked.resolve("asset.xml"));
        assertThat(uploaded.movableJoints()).hasSize(5);
        assertThat(uploaded.link("palm").orElseThrow().visuals()).isNotEmpty();
    }

    @Test
    void nothingToAddWhileALibraryAssetIsShownAndAFailureIsSaidPlainly() throws Exception {
        PreviewViewModel preview = preview();
        LibraryImportViewModel vm = new LibraryImportViewModel(library, executor, preview, imported::add);
        preview.openFile(ARM);
        executor.runWork();
        library.failNext(new ServiceException(FailureKind.NOT_FOUND, "route_not_found", "No route POST /v1/assets/import"));
        vm.add();
        executor.runWork();
        assertThat(imported).isEmpty();
        assertThat(vm.statusProperty().get()).startsWith("Cannot add pick arm to the library: ");
        assertThat(vm.canAddProperty().get()).as("can try again").isTrue();

        selection.set(TestAssets.ready("arm1", "Arm"));
        assertThat(preview.shownFileProperty().get()).isNull();
        assertThat(vm.canAddProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEmpty();
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
