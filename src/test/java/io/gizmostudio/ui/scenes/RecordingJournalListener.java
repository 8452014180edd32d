package io.gizmostudio.ui.scenes;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers what the journal reported, from whichever thread it reported it. */
final class RecordingJournalListener implements DraftJournalListener {
    final List<SceneDraft> written = new CopyOnWriteArrayList<>();
    final List<DraftKey> removed = new CopyOnWriteArrayList<>();
    final List<IOException> failures = new CopyOnWriteArrayList<>();
    final List<SetAsideDraft> setAside = new CopyOnWriteArrayList<>();

    @Override
    public void draftWritten(SceneDraft draft) {
        written.add(draft);
    }

    @Override
    public void draftRemoved(DraftKey key) {
        removed.add(key);
    }

    @Override
    public void writeFailed(DraftKey key, IOException error) {
        failures.add(error);
    }

    @Override
    public void draftSetAside(SetAsideDraft file) {
        setAside.add(file);
    }
}
