package io.gizmostudio.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.gizmostudio.ui.connection.ConnectionProfile;
import io.gizmostudio.ui.connection.ProfileKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionSettingsStoreTest {
    @TempDir
    Path config;

    @Test
    void withoutAFileTheBuiltInEngineIsActive() {
        ConnectionSettings settings = new ConnectionSettingsStore(config, Map.of()).load();

        assertThat(settings.active()).isEqualTo(ProfileKind.BUILT_IN);
        assertThat(settings.profile(ProfileKind.CLOUD).baseUrl()).isEqualTo("https://api.gizmo.antimlabs.com/v1");
    }

    @Test
    void savedProfilesComeBackAndTheFileIsReadableOnlyByTheUser() throws Exception {
        ConnectionSettingsStore store = new ConnectionSettingsStore(config, Map.of());
        ConnectionSettings settings = ConnectionSettings.defaults()
                .activate(new ConnectionProfile(ProfileKind.CUSTOM, "http://lab:8080/v1", "gzm_k1_secret=:#x"));

        store.save(settings);

        assertThat(store.load()).isEqualTo(settings);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
        try (var siblings = Files.list(config)) {
            assertThat(siblings).containsExactly(store.file());
        }
    }

    @Test
    void savingTwiceGivesTheSameBytes() throws Exception {
        ConnectionSettingsStore store = new ConnectionSettingsStore(config, Map.of());
        ConnectionSettings settings = ConnectionSettings.defaults()
                .activate(new ConnectionProfile(ProfileKind.CLOUD, "https://api.gizmo.antimlabs.com/v1", "k é"));
        store.save(settings);
        byte[] first = Files.readAllBytes(store.file());
        store.save(settings);

        assertThat(Files.readAllBytes(store.file())).isEqualTo(first);
    }

    @Test
    void aLooserExistingFileIsTightenedOnSave() throws Exception {
        ConnectionSettingsStore store = new ConnectionSettingsStore(config, Map.of());
        Files.writeString(store.file(), "active=cloud\n");
        Files.setPosixFilePermissions(store.file(), PosixFilePermissions.fromString("rw-r--r--"));

        store.save(ConnectionSettings.defaults());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
    }

    @Test
    void theEnvironmentKeyFillsAMissingKeyButIsNeverSaved() throws Exception {
        ConnectionSettingsStore store = new ConnectionSettingsStore(config, Map.of("GIZMO_API_KEY", "gzm_k1_fromenv"));
        ConnectionProfile cloud = ConnectionProfile.defaultFor(ProfileKind.CLOUD);

        assertThat(store.effective(cloud).apiKey()).isEqualTo("gzm_k1_fromenv");
        assertThat(store.effective(cloud.withApiKey("mine")).apiKey()).isEqualTo("mine");
        assertThat(store.effective(ConnectionProfile.builtIn()).apiKey()).isEmpty();
        store.save(ConnectionSettings.defaults().activate(cloud));
        assertThat(Files.readString(store.file())).doesNotContain("fromenv");
    }

    @Test
    void aCorruptFileFallsBackToTheBuiltInEngine() throws Exception {
        Files.writeString(config.resolve(ConnectionSettingsStore.FILE_NAME), "active=\\u00zz\n");

        assertThat(new ConnectionSettingsStore(config, Map.of()).load()).isEqualTo(ConnectionSettings.defaults());
    }

    @Test
    void xdgConfigHomeWinsOverTheHomeDefaultUnlessRelative() {
        Path home = Path.of("/home/ada");
        assertThat(ConfigDirectory.fromEnvironment(Map.of("XDG_CONFIG_HOME", "/cfg"), home))
                .isEqualTo(Path.of("/cfg/gizmo-studio"));
        assertThat(ConfigDirectory.fromEnvironment(Map.of("XDG_CONFIG_HOME", "relative"), home))
                .isEqualTo(Path.of("/home/ada/.config/gizmo-studio"));
        assertThat(ConfigDirectory.fromEnvironment(Map.of(), home)).isEqualTo(Path.of("/home/ada/.config/gizmo-studio"));
    }
}
