package io.gizmostudio.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.ui.common.FakeAssetLibrary;
import io.gizmostudio.ui.common.ManualUiExecutor;
import io.gizmostudio.ui.connection.ConnectionProfile;
import io.gizmostudio.ui.connection.FakeConnectionService;
import io.gizmostudio.ui.connection.ProfileKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {
    @TempDir
    Path config;
    private final ManualUiExecutor executor = new ManualUiExecutor();
    private final FakeConnectionService connections = new FakeConnectionService(new FakeAssetLibrary());
    private final List<ConnectionSettings> activated = new ArrayList<>();

    private SettingsViewModel open(Map<String, String> env) {
        ConnectionSettingsStore store = new ConnectionSettingsStore(config, env);
        return new SettingsViewModel(store.load(), store, connections, executor, activated::add);
    }

    @Test
    void theBuiltInEngineIsTheDefaultAndNeedsNoUrlOrKey() {
        SettingsViewModel vm = open(Map.of());

        assertThat(vm.kindProperty().get()).isEqualTo(ProfileKind.BUILT_IN);
        assertThat(vm.remoteProperty().get()).isFalse();
        assertThat(vm.validationMessageProperty().get()).isEmpty();
    }

    @Test
    void switchingKindsKeepsEachKindsEdits() {
        SettingsViewModel vm = open(Map.of());
        vm.kindProperty().set(ProfileKind.CUSTOM);
        vm.baseUrlProperty().set("http://lab:9000/v1");
        vm.apiKeyProperty().set("custom-key");
        vm.kindProperty().set(ProfileKind.CLOUD);
        assertThat(vm.baseUrlProperty().get()).isEqualTo("https://api.gizmo.antimlabs.com/v1");
        assertThat(vm.apiKeyProperty().get()).isEmpty();

        vm.kindProperty().set(ProfileKind.CUSTOM);

        assertThat(vm.baseUrlProperty().get()).isEqualTo("http://lab:9000/v1");
        assertThat(vm.apiKeyProperty().get()).isEqualTo("custom-key");
    }

    @Test
    void aBadUrlIsExplainedAndBlocksTestAndApply() {
        SettingsViewModel vm = open(Map.of());
        vm.kindProperty().set(ProfileKind.CUSTOM);
        vm.baseUrlProperty().set("lab:9000");

        assertThat(vm.validationMessageProperty().get()).contains("http://");
        vm.testConnection();
        vm.apply();
        assertThat(activated).isEmpty();
        assertThat(vm.testResultProperty().get()).isEmpty();
    }

    @Test
    void testingReportsServerAndIdentity() {
        SettingsViewModel vm = open(Map.of());
        vm.kindProperty().set(ProfileKind.CUSTOM);
        vm.baseUrlProperty().set("http://lab:9000/v1");

        vm.testConnection();

        assertThat(vm.testResultProperty().get()).isEqualTo("✔ Connected to http://lab:9000/v1 (version 0.1.0) as studio");
    }

    @Test
    void aRejectedKeyIsReportedWithWhatToDo() {
        connections.acceptedKey = "right";
        SettingsViewModel vm = open(Map.of());
        vm.kindProperty().set(ProfileKind.CLOUD);
        vm.apiKeyProperty().set("wrong");

        vm.testConnection();

        assertThat(vm.testResultProperty().get()).startsWith("✘").contains("API key");
    }

    @Test
    void theEnvironmentKeyIsUsedWhenTheFieldIsEmpty() {
        connections.acceptedKey = "from-env";
        SettingsViewModel vm = open(Map.of("GIZMO_API_KEY", "from-env"));
        vm.kindProperty().set(ProfileKind.CLOUD);

        assertThat(vm.keyHintProperty().get()).contains("GIZMO_API_KEY is used");
        vm.testConnection();
        assertThat(vm.testResultProperty().get()).startsWith("✔");
    }

    @Test
    void applySavesActivatesAndSurvivesARestart() throws Exception {
        SettingsViewModel vm = open(Map.of());
        vm.kindProperty().set(ProfileKind.CUSTOM);
        vm.baseUrlProperty().set("http://lab:9000/v1");
        vm.apiKeyProperty().set("secret-key-1234");

        vm.apply();

        assertThat(activated).singleElement().extracting(ConnectionSettings::activeProfile)
                .isEqualTo(new ConnectionProfile(ProfileKind.CUSTOM, "http://lab:9000/v1", "secret-key-1234"));
        SettingsViewModel reopened = open(Map.of());
        assertThat(reopened.kindProperty().get()).isEqualTo(ProfileKind.CUSTOM);
        assertThat(reopened.apiKeyProperty().get()).isEqualTo("secret-key-1234");
        assertThat(Files.readString(config.resolve("connections.properties"))).contains("active=custom");
    }

    @Test
    void theKeyIsMaskedUntilRevealedAndMaskingShowsOnlyTheLastFour() {
        SettingsViewModel vm = open(Map.of());
        vm.kindProperty().set(ProfileKind.CLOUD);

        assertThat(vm.keyRevealedProperty().get()).isFalse();
        assertThat(SettingsViewModel.mask("gzm_k1_abcdefgh1234")).isEqualTo("••••1234").doesNotContain("abcd");
        assertThat(SettingsViewModel.mask("abc")).isEqualTo("••••");
        assertThat(new ConnectionProfile(ProfileKind.CLOUD, "https://x/v1", "gzm_k1_topsecret").toString())
                .doesNotContain("topsecret");
    }
}
