package io.gizmostudio.ui.scenes;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One format's line in the export dialog while it runs: its progress (-1 = size unknown) and state in words. */
public final class FormatProgress {
    private final SceneExportFormat format;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("Waiting");

    FormatProgress(SceneExportFormat format) {
        this.format = format;
    }

    public SceneExportFormat format() {
        return format;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Waiting", "Exporting…", "Done", "Failed", "Cancelled", "Not exported". */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    void progress(double fraction) {
        progress.set(fraction);
        if (!"Exporting\u2026".equals(state.get())) {
            state.set("Exporting\u2026");
        }
    }

    void finish(String words, double fraction) {
        state.set(words);
        progress.set(fraction);
    }
}
