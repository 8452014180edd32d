package io.gizmostudio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.Asset;
import io.gizmostudio.core.format.DescriptionWarning;
import io.gizmostudio.core.format.ReadOptions;
import io.gizmostudio.core.format.mesh.MeshFixtures;
import io.gizmostudio.ui.common.ManualUiExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local files open with the package folders of the settings: a package mesh there resolves, one elsewhere stays refused. */
class PreviewPackageFoldersTest {
    @TempDir Path dir;

    @Test
    void aMeshInAnAllowedFolderResolvesAndOneOutsideStaysRefused() throws IOException {
        Path workspace = dir.resolve("ws");
        Files.createDirectories(workspace.resolve("arm_meshes"));
        Files.writeString(workspace.resolve("arm_meshes/package.xml"), "<package><name>arm_meshes</name></package>");
        MeshFixtures.binaryStl(workspace.resolve("arm_meshes/meshes/base.stl"), 2);
        Path elsewhere = dir.resolve("elsewhere");
        MeshFixtures.binaryStl(elsewhere.resolve("other_meshes/meshes/tool.stl"), 2);
        Path urdf = Files.createDirectories(dir.resolve("robot")).resolve("arm.urdf");
        Files.writeString(urdf, """
                <robot name="arm">
                  <link name="base"><visual><geometry><mesh filename="package://arm_meshes/meshes/base.stl"/></geometry></visual></link>
                  <link name="tool"><visual><geometry><mesh filename="package://other_meshes/meshes/tool.stl"/></geometry></visual></link>
                  <joint name="fix" type="fixed"><parent link="base"/><child link="tool"/></joint>
                </robot>
                """);
        AtomicReference<ReadOptions> options = new AtomicReference<>(ReadOptions.defaults());
        PreviewViewModel vm = new PreviewViewModel(new BundleServingLibrary(), new ManualUiExecutor(),
                new ExportBundleCache(dir.resolve("cache")), new SimpleObjectProperty<Asset>(), options::get);

        vm.openFile(urdf);
        assertThat(missing(vm)).as("without the setting neither package is found").hasSize(2);

        options.set(ReadOptions.defaults().withPackageFolders(List.of(workspace)));
        vm.openFile(urdf);
        assertThat(vm.viewport().articulationProperty().get().link("base").orElseThrow().visuals()).isNotEmpty();
        assertThat(missing(vm)).singleElement().asString().contains("other_meshes");
    }

    @Test
    void xacroFindLooksInTheAllowedFoldersToo() throws IOException {
        Path workspace = dir.resolve("ws");
        Files.createDirectories(workspace.resolve("arm_meshes"));
        Files.writeString(workspace.resolve("arm_meshes/package.xml"), "<package><name>arm_meshes</name></package>");
        MeshFixtures.binaryStl(workspace.resolve("arm_meshes/meshes/base.stl"), 2);
        Path xacro = Files.createDirectories(dir.resolve("robot")).resolve("arm.urdf.xacro");
        Files.writeString(xacro, """
                <robot name="arm" xmlns:xacro="http://www.ros.org/wiki/xacro">
                  <link name="base"><visual><geometry><mesh filename="file://$(find arm_meshes)/meshes/base.stl"/></geometry></visual></link>
                </robot>
                """);
        PreviewViewModel vm = new PreviewViewModel(new BundleServingLibrary(), new ManualUiExecutor(),
                new ExportBundleCache(dir.resolve("cache")), new SimpleObjectProperty<Asset>(),
                () -> ReadOptions.defaults().withPackageFolders(List.of(workspace)));
        vm.openFile(xacro);
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.viewport().articulationProperty().get().link("base").orElseThrow().visuals()).isNotEmpty();
        assertThat(missing(vm)).isEmpty();
    }

    private static List<String> missing(PreviewViewModel vm) {
        return vm.shownFileProperty().get().description().missingMeshes().stream().map(DescriptionWarning::text).toList();
    }
}
