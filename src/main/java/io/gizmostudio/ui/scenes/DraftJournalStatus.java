package io.gizmostudio.ui.scenes;

import io.gizmostudio.ui.common.UiExecutor;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The journal's health for the status bar: a message while some draft cannot be written (disk full, folder
 * read-only), cleared once it is written again; and the draft files that had to be set aside. Listens on the
 * writer thread and updates its properties on the UI thread through the {@link UiExecutor}.
 */
public final class DraftJournalStatus implements DraftJournalListener {
    private final UiExecutor ui;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ObservableList<SetAsideDraft> setAside = FXCollections.observableArrayList();
    /** Keys whose last write failed, with the reason; UI thread only. */
    private final Map<DraftKey, String> failing = new LinkedHashMap<>();

    public DraftJournalStatus(UiExecutor ui) {
        this.ui = ui;
    }

    /** Empty while every draft is on disk; otherwise what is wrong and that it will be retried. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Unreadable draft files found and kept aside, for a one-time notice. */
    public ObservableList<SetAsideDraft> setAside() {
        return setAside;
    }

    @Override
    public void draftWritten(SceneDraft draft) {
        ui.post(() -> resolved(draft.key()));
    }

    @Override
    public void draftRemoved(DraftKey key) {
        ui.post(() -> resolved(key));
    }

    @Override
    public void writeFailed(DraftKey key, IOException error) {
        String reason = error.getMessage() == null || error.getMessage().isBlank()
                ? error.getClass().getSimpleName() : error.getMessage();
        ui.post(() -> {
            failing.put(key, reason);
            show();
        });
    }

    @Override
    public void draftSetAside(SetAsideDraft file) {
        ui.post(() -> setAside.add(file));
    }

    private void resolved(DraftKey key) {
        if (failing.remove(key) != null) {
            show();
        }
    }

    private void show() {
        problem.set(failing.isEmpty() ? ""
                : "Unsaved edits are not being kept on disk (" + failing.values().iterator().next()
                        + "). Free some space or check the config folder; the app tries again with your next edit.");
    }
}
