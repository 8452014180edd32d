package io.gizmostudio.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.ui.common.FakeAssetLibrary;
import io.gizmostudio.ui.common.ManualUiExecutor;
import io.gizmostudio.ui.connection.FakeConnectionService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package folders setting: one folder per line, each an existing folder, saved with the connections. */
class SettingsPackageFoldersTest {
    @TempDir Path config;
    @TempDir Path disk;
    private final ManualUiExecutor executor = new ManualUiExecutor();
    private final List<ConnectionSettings> applied = new ArrayList<>();

    private SettingsViewModel open() {
        ConnectionSettingsStore store = new ConnectionSettingsStore(config, Map.of());
        return new SettingsViewModel(store.load(), store, new FakeConnectionService(new FakeAssetLibrary()), executor, applied::add);
    }

    @Test
    void existingFoldersAreSavedAndComeBackWhenTheSettingsAreRead() throws IOException {
        Path ws = Files.createDirectories(disk.resolve("ros_ws/src"));
        Path vendor = Files.createDirectories(disk.resolve("vendor descriptions"));
        SettingsViewModel vm = open();
        vm.packageFoldersProperty().set(ws + "\n\n  " + vendor + "  \n");
        assertThat(vm.validationMessageProperty().get()).isEmpty();

        vm.apply();

        assertThat(applied).singleElement().satisfies(s -> assertThat(s.packageFolders()).containsExactly(ws, vendor));
        ConnectionSettings reread = new ConnectionSettingsStore(config, Map.of()).load();
        assertThat(reread.packageFolders()).containsExactly(ws, vendor);
        assertThat(open().packageFoldersProperty().get()).isEqualTo(ws + "\n" + vendor);
    }

    @Test
    void aLineThatIsNoExistingFolderIsNamedAndBlocksApply() throws IOException {
        Path file = Files.writeString(disk.resolve("robot.urdf"), "<robot/>");
        Path missing = disk.resolve("gone");
        SettingsViewModel vm = open();

        vm.packageFoldersProperty().set(missing.toString());
        assertThat(vm.validationMessageProperty().get()).contains(missing.toString()).contains("not an existing folder");
        vm.packageFoldersProperty().set(file.toString());
        assertThat(vm.validationMessageProperty().get()).contains(file.toString()).contains("not an existing folder");
        vm.packageFoldersProperty().set("ros_ws/src");
        assertThat(vm.validationMessageProperty().get()).contains("ros_ws/src").contains("absolute");

        vm.apply();
        assertThat(applied).isEmpty();
        assertThat(new ConnectionSettingsStore(config, Map.of()).load().packageFolders()).isEmpty();
    }

    @Test
    void theCheckRunsInTheBackgroundAndApplyWaitsForIt() throws IOException {
        ManualUiExecutor deferred = new ManualUiExecutor().deferWork();
        ConnectionSettingsStore store = new ConnectionSettingsStore(config, Map.of());
        SettingsViewModel vm = new SettingsViewModel(store.load(), store, new FakeConnectionService(new FakeAssetLibrary()),
                deferred, applied::add);
        vm.packageFoldersProperty().set(Files.createDirectories(disk.resolve("ws")).toString());
        assertThat(vm.validationMessageProperty().get()).as("still checking").contains("Checking");
        deferred.runWork();
        assertThat(vm.validationMessageProperty().get()).isEmpty();
    }
}
