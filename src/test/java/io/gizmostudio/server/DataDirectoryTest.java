package io.gizmostudio.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    @Test
    void linuxUsesXdgDataHomeWhenAbsoluteElseLocalShare() {
        assertThat(DataDirectory.defaultPath("Linux", "/home/ada", Map.of("XDG_DATA_HOME", "/data")))
                .isEqualTo(Path.of("/data/gizmo-studio"));
        assertThat(DataDirectory.defaultPath("Linux", "/home/ada", Map.of("XDG_DATA_HOME", "relative")))
                .isEqualTo(Path.of("/home/ada/.local/share/gizmo-studio"));
        assertThat(DataDirectory.defaultPath("Linux", "/home/ada", Map.of())).isEqualTo(Path.of("/home/ada/.local/share/gizmo-studio"));
    }

    @Test
    void macAndWindowsUseTheirApplicationDataFolders() {
        assertThat(DataDirectory.defaultPath("Mac OS X", "/Users/ada", Map.of()))
                .isEqualTo(Path.of("/Users/ada/Library/Application Support/Gizmo Studio"));
        assertThat(DataDirectory.defaultPath("Windows 11", "/home/ada", Map.of("APPDATA", "/appdata")))
                .isEqualTo(Path.of("/appdata/Gizmo Studio"));
    }

    @Test
    void aNonLoopbackHostNeedsAllowRemote() {
        ServerConfig remote = ServerConfig.defaults(Path.of("x")).withHost("0.0.0.0");
        org.assertj.core.api.Assertions.assertThatThrownBy(remote::checkBindAddress)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--allow-remote");
        remote.withAllowRemote(true).checkBindAddress();
        ServerConfig.defaults(Path.of("x")).withHost("localhost").checkBindAddress();
        assertThat(remote.withEnvironmentKey("secret").toString()).doesNotContain("secret");
    }
}
