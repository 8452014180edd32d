package io.gizmostudio.ui.scenes;

import io.gizmostudio.ui.settings.PrivateFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ExportFolderPreference} as one line in {@code scene-export-folder.txt} in the user config dir
 * ({@link io.gizmostudio.ui.settings.ConfigDirectory}), written atomically. A missing, empty or unreadable file
 * gives {@code fallback} (e.g. the user's home), which may be null.
 */
public final class ExportFolderFile implements ExportFolderPreference {
    private static final Logger LOG = LoggerFactory.getLogger(ExportFolderFile.class);
    public static final String FILE_NAME = "scene-export-folder.txt";

    private final Path file;
    private final Path fallback;

    public ExportFolderFile(Path configDir, Path fallback) {
        this.file = configDir.resolve(FILE_NAME);
        this.fallback = fallback;
    }

    @Override
    public Optional<Path> load() {
        if (Files.isRegularFile(file)) {
            try {
                String saved = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!saved.isEmpty()) {
                    return Optional.of(Path.of(saved));
                }
            } catch (IOException | InvalidPathException e) {
                LOG.warn("Could not read the export folder from {}: {}", file, e.toString());
            }
        }
        return Optional.ofNullable(fallback);
    }

    @Override
    public void save(Path folder) {
        try {
            PrivateFileWriter.write(file, folder.toAbsolutePath() + "\n");
        } catch (IOException e) {
            LOG.warn("Could not remember the export folder in {}: {}", file, e.toString());
        }
    }
}
