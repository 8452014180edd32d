package io.gizmostudio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.api.Asset;
import io.gizmostudio.ui.common.ManualUiExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a xacro file in the preview: its declared arguments are asked for before it is expanded, and again later. */
class PreviewXacroTest {
    static final String ARM = """
            <robot name="arm" xmlns:xacro="http://www.ros.org/wiki/xacro">
              <xacro:arg name="prefix" default="left_"/>
              <xacro:arg name="reach"/>
              <xacro:property name="p" value="$(arg prefix)"/>
              <link name="${p}base"/>
              <link name="${p}arm"/>
              <joint name="${p}shoulder" type="revolute">
                <parent link="${p}base"/><child link="${p}arm"/>
                <axis xyz="0 0 1"/><limit lower="-1" upper="$(arg reach)" effort="1" velocity="1"/>
              </joint>
            </robot>
            """;
    @TempDir Path dir;
    private final ManualUiExecutor executor = new ManualUiExecutor();

    private PreviewViewModel preview() {
        return new PreviewViewModel(new BundleServingLibrary(), executor, new ExportBundleCache(dir.resolve("cache")),
                new SimpleObjectProperty<Asset>());
    }

    @Test
    void aXacroFileWithArgumentsAsksForThemAndExpandsWithWhatIsSet() throws IOException {
        Path file = Files.writeString(dir.resolve("arm.urdf.xacro"), ARM);
        PreviewViewModel vm = preview();
        vm.openFile(file);

        XacroArgumentsViewModel request = vm.xacro().requestProperty().get();
        assertThat(request).as("the arguments are asked for before expanding").isNotNull();
        assertThat(request.rows()).extracting(XacroArgumentsViewModel.Row::name).containsExactly("prefix", "reach");
        assertThat(vm.viewport().articulationProperty().get()).isNull();

        request.rows().get(0).valueProperty().set("right_");
        request.rows().get(1).valueProperty().set("1.5");
        request.expandCommand().execute();

        assertThat(vm.xacro().requestProperty().get()).isNull();
        assertThat(vm.stateProperty().get()).isEqualTo(PreviewViewModel.State.SHOWING);
        assertThat(vm.viewport().articulationProperty().get().joint("right_shoulder").orElseThrow().limits().upper()).isEqualTo(1.5);
        assertThat(vm.xacro().openedProperty().get().arguments()).isEqualTo(Map.of("prefix", "right_", "reach", "1.5"));
    }

    @Test
    void argumentsReopensTheFileWithOtherValuesFilledWithTheLastOnes() throws IOException {
        Path file = Files.writeString(dir.resolve("arm.urdf.xacro"), ARM);
        PreviewViewModel vm = preview();
        vm.openFile(file, Map.of("reach", "1.0"));
        assertThat(vm.stateProperty().get()).isEqualTo(PreviewViewModel.State.SHOWING);
        assertThat(vm.viewport().articulationProperty().get().joint("left_shoulder")).isPresent();
        assertThat(vm.xacro().argumentsCommand().isExecutable()).isTrue();

        vm.xacro().argumentsCommand().execute();
        XacroArgumentsViewModel again = vm.xacro().requestProperty().get();
        assertThat(again.rows().get(1).valueProperty().get()).isEqualTo("1.0");
        again.rows().get(1).valueProperty().set("2.0");
        again.expandCommand().execute();
        assertThat(vm.viewport().articulationProperty().get().joint("left_shoulder").orElseThrow().limits().upper()).isEqualTo(2.0);
    }

    @Test
    void closingTheDialogWithoutExpandingSaysHowToExpandLater() throws IOException {
        Path file = Files.writeString(dir.resolve("arm.urdf.xacro"), ARM);
        PreviewViewModel vm = preview();
        vm.openFile(file);
        vm.xacro().requestHandled();
        assertThat(vm.stateProperty().get()).isEqualTo(PreviewViewModel.State.EMPTY);
        assertThat(vm.messageProperty().get()).contains("arm.urdf.xacro").contains("Arguments…");
        assertThat(vm.xacro().argumentsCommand().isExecutable()).isTrue();
    }

    @Test
    void aXacroFileWithoutArgumentsOpensAtOnceAndOtherFilesHaveNoArguments() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.xacro"), """
                <robot name="plain" xmlns:xacro="http://www.ros.org/wiki/xacro"><link name="base"/></robot>
                """);
        PreviewViewModel vm = preview();
        vm.openFile(file);
        assertThat(vm.xacro().requestProperty().get()).isNull();
        assertThat(vm.stateProperty().get()).isEqualTo(PreviewViewModel.State.SHOWING);

        Path urdf = Files.writeString(dir.resolve("plain.urdf"), "<robot name=\"u\"><link name=\"base\"/></robot>");
        vm.openFile(urdf);
        assertThat(vm.xacro().openedProperty().get()).isNull();
        assertThat(vm.xacro().argumentsCommand().isExecutable()).isFalse();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"gone.urdf.xacro", "gone.urdf", "gone.xml", "notes.txt", "folder"})
    void aFileThatCannotBeShownFailsWithAMessageNamingItsPath(String name) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not a robot");
        Files.createDirectories(dir.resolve("folder"));
        PreviewViewModel vm = preview();
        vm.openFile(dir.resolve(name));
        assertThat(vm.stateProperty().get()).isEqualTo(PreviewViewModel.State.FAILED);
        assertThat(vm.messageProperty().get()).contains(dir.resolve(name).toString()).doesNotContain("\n");
    }
}
