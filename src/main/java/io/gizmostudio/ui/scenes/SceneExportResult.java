package io.gizmostudio.ui.scenes;

import java.util.List;

/**
 * How an export run ended. Formats run one after the other; {@code exported} are those that finished (each
 * complete, nothing of a failed or cancelled one is left on disk). On a failure the run stops there:
 * {@code failedFormat} and {@code failure} (a sentence for the user) say where and why; the formats after it were
 * not tried.
 */
public record SceneExportResult(List<ExportedFormat> exported, boolean cancelled, SceneExportFormat failedFormat,
                                String failure) {
    public SceneExportResult {
        exported = List.copyOf(exported);
    }

    public boolean succeeded() {
        return !cancelled && failure == null;
    }
}
