package io.gizmostudio.ui.scenes;

import io.gizmostudio.ui.settings.PrivateFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether scenes save themselves after each pause in editing: one word ({@code on} / {@code off}) in
 * {@code scene-autosave.txt} in the user config dir, written atomically. Missing or unreadable means off.
 */
public final class AutosaveSetting {
    private static final Logger LOG = LoggerFactory.getLogger(AutosaveSetting.class);
    public static final String FILE_NAME = "scene-autosave.txt";
    private final Path file;

    public AutosaveSetting(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    public boolean load() {
        try {
            return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).strip().equals("on");
        } catch (IOException e) {
            LOG.warn("Could not read the autosave setting from {}: {}", file, e.toString());
            return false;
        }
    }

    public void save(boolean on) throws IOException {
        PrivateFileWriter.write(file, on ? "on\n" : "off\n");
    }
}
