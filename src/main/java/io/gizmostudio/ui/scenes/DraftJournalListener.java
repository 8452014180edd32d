package io.gizmostudio.ui.scenes;

import java.io.IOException;

/**
 * What the journal reports. Called on the journal's writer thread (or the thread that asked for
 * {@link DraftJournal#pending()}), never the UI thread: hop over with the UI executor before touching properties,
 * as {@link DraftJournalStatus} does.
 */
public interface DraftJournalListener {
    DraftJournalListener NONE = new DraftJournalListener() {
    };

    /** {@code draft} is on disk: a crash from now on restores it. */
    default void draftWritten(SceneDraft draft) {
    }

    /** The key's draft is gone from disk (saved or discarded). */
    default void draftRemoved(DraftKey key) {
    }

    /** Writing or removing the key's draft failed; the journal tries again on the next edit or flush. */
    default void writeFailed(DraftKey key, IOException error) {
    }

    /** A draft file could not be read and was renamed aside. */
    default void draftSetAside(SetAsideDraft file) {
    }
}
