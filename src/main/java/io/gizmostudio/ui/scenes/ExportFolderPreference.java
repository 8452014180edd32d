package io.gizmostudio.ui.scenes;

import java.nio.file.Path;
import java.util.Optional;

/** Remembers the export dialog's destination folder between opens. Called on a worker thread (it may touch disk). */
public interface ExportFolderPreference {
    /** The folder of the last successful export, or the default; empty when neither is known. */
    Optional<Path> load();

    /** Remembers {@code folder}; a failure is logged, never thrown (losing the preference loses nothing else). */
    void save(Path folder);
}
