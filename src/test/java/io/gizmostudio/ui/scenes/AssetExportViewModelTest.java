package io.gizmostudio.ui.scenes;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.ui.common.ManualUiExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export dialog's ViewModel for one library asset: its formats labelled as users know them, several in one
 * export, zips or unpacked folders, every file named after the asset (not its id).
 */
class AssetExportViewModelTest {
    @TempDir
    Path out;
    private final ManualUiExecutor executor = new ManualUiExecutor();
    private final List<String> asked = new ArrayList<>();

    private SceneExportViewModel vm(List<String> offered) {
        SceneExporter exporter = (id, format, folder, progress, cancel) -> {
            asked.add(id + " " + format);
            Path zip = folder.resolve(id + "_" + format + ".zip");
            try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
                z.putNextEntry(new ZipEntry("cabinet.xml"));
                z.write(("<mujoco model='" + format + "'/>").getBytes());
                z.putNextEntry(new ZipEntry("manifest.json"));
                z.write("{\"kind\":\"asset\",\"report\":[\"kept every joint\"]}".getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return zip;
        };
        ExportFolderPreference none = new ExportFolderPreference() {
            @Override
            public Optional<Path> load() {
                return Optional.empty();
            }

            @Override
            public void save(Path folder) {
            }
        };
        return SceneExportViewModel.forAsset(ExportSubject.asset("ast_9", "Steel cabinet", offered), exporter, none, executor);
    }

    @Test
    void theAssetsFormatsAreListedByTheirNamesAndOnlyThoseTheServerOffers() {
        SceneExportViewModel vm = vm(List.of("mujoco_mjcf", "isaac_sim_usd", "some_future_format"));
        assertThat(vm.formats()).extracting(SceneExportFormat::label).containsExactly("MuJoCo (MJCF)", "Isaac Sim (USD)");
        assertThat(vm.headline()).isEqualTo("Export \u201cSteel cabinet\u201d for MuJoCo and Isaac Sim");
        assertThat(vm.subject().kind().word()).isEqualTo("asset");
        assertThat(vm.problems()).isEmpty();
    }

    @Test
    void severalFormatsInOneExportAsZipsNamedAfterTheAsset() {
        SceneExportViewModel vm = vm(List.of("mujoco_mjcf", "isaac_sim_usd", "isaac_sim_urdf"));
        vm.selectedProperty(SceneExportFormat.ISAAC_SIM_USD).set(true);
        vm.selectedProperty(SceneExportFormat.ISAAC_SIM_URDF).set(true);
        vm.destinationProperty().set(out.toString());
        executor.runWork();
        assertThat(vm.canExportProperty().get()).isTrue();

        vm.export();
        executor.runWork();

        assertThat(asked).containsExactly("ast_9 mujoco_mjcf", "ast_9 isaac_sim_usd", "ast_9 isaac_sim_urdf");
        assertThat(out.resolve("Steel cabinet_mujoco_mjcf.zip")).isRegularFile();
        assertThat(out.resolve("Steel cabinet_isaac_sim_usd.zip")).isRegularFile();
        assertThat(out.resolve("Steel cabinet_isaac_sim_urdf.zip")).isRegularFile();
        assertThat(vm.resultProperty().get().succeeded()).isTrue();
        assertThat(vm.statusProperty().get()).startsWith("Exported 3 of 3 formats");
    }

    @Test
    void unpackedGivesAFolderPerFormatNamedAfterTheAsset() {
        SceneExportViewModel vm = vm(List.of("mujoco_mjcf"));
        vm.unpackedProperty().set(true);
        vm.destinationProperty().set(out.toString());
        executor.runWork();

        vm.export();
        executor.runWork();

        assertThat(out.resolve("Steel cabinet_mujoco_mjcf").resolve("cabinet.xml")).isRegularFile();
        assertThat(vm.reportLines()).contains("MJCF: kept every joint");
    }

    @Test
    void aDeletedAssetsFailureSaysAssetNotScene() {
        String said = SceneExportRun.describe(ExportSubject.Kind.ASSET, SceneExportFormat.MUJOCO_MJCF,
                new io.gizmostudio.ui.common.ServiceException(io.gizmostudio.ui.common.FailureKind.NOT_FOUND, "not_found", "gone"));
        assertThat(said).contains("no such asset").doesNotContain("scene");
    }
}
