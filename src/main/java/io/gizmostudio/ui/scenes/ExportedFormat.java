package io.gizmostudio.ui.scenes;

import java.nio.file.Path;
import java.util.List;

/**
 * One format exported: {@code output} is the zip, or the folder it was unpacked into; {@code files} every file
 * written (the zip alone, or each file of the folder tree); {@code report} the bundle's lines of what the format
 * kept, converted or dropped.
 */
public record ExportedFormat(SceneExportFormat format, Path output, List<Path> files, List<String> report) {
    public ExportedFormat {
        files = List.copyOf(files);
        report = List.copyOf(report);
    }
}
