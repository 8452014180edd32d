package io.gizmostudio.ui.scenes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveSettingTest {
    @TempDir
    Path config;

    @Test
    void offUntilSwitchedOnAndRememberedAcrossStarts() throws Exception {
        assertThat(new AutosaveSetting(config).load()).isFalse();
        new AutosaveSetting(config).save(true);
        assertThat(new AutosaveSetting(config).load()).isTrue();
        new AutosaveSetting(config).save(false);
        assertThat(new AutosaveSetting(config).load()).isFalse();
        assertThat(Files.readString(config.resolve(AutosaveSetting.FILE_NAME))).isEqualTo("off\n");
    }

    @Test
    void anythingButOnReadsAsOff() throws Exception {
        Files.writeString(config.resolve(AutosaveSetting.FILE_NAME), "yes please");
        assertThat(new AutosaveSetting(config).load()).isFalse();
        Files.createDirectories(config.resolve("nested"));
        Files.writeString(config.resolve(AutosaveSetting.FILE_NAME), " on \n");
        assertThat(new AutosaveSetting(config).load()).isTrue();
    }
}
