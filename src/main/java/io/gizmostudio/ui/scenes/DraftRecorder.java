package io.gizmostudio.ui.scenes;

import io.gizmostudio.core.scene.SceneDocument;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Journals the open scene's edits: knows which scene is open (server, id, the {@code updated_at} the edits start
 * from, its draft key) and turns each new document into a {@link SceneDraft} for the {@link DraftJournal}. A
 * document equal to the last saved (or opened) one needs no draft, so undoing back to it removes the draft.
 * UI thread only: call {@link #edited} from the composer's document listener and {@link #saved} from the save's
 * success callback.
 */
public final class DraftRecorder {
    private final DraftJournal journal;
    private final Clock clock;
    private DraftKey key;
    private String baseUrl;
    private String sceneId;
    private Instant baseUpdatedAt;
    /** The document the server (or a new scene) holds: no draft needed while the canvas shows it. */
    private SceneDocument clean;
    private SceneDocument current;

    public DraftRecorder(DraftJournal journal, Clock clock) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A scene opened from the server {@code baseUrl}, as it is there ({@code updatedAt} is its updated_at). */
    public void openedSaved(String baseUrl, String sceneId, Instant updatedAt, SceneDocument document) {
        open(DraftKey.forScene(baseUrl, sceneId), baseUrl, sceneId, updatedAt, document, document);
    }

    /** A new scene, not on any server yet. */
    public void openedNew(String baseUrl, SceneDocument document) {
        open(DraftKey.newUnsaved(), baseUrl, null, null, document, document);
    }

    /** A restored draft: same key, so its file is replaced by the next edit and removed by the next save. */
    public void openedDraft(SceneDraft draft) {
        open(draft.key(), draft.baseUrl(), draft.sceneId(), draft.baseUpdatedAt(), null, draft.document());
    }

    /** Every new document of the open scene: journaled, or its draft dropped when it is the saved state again. */
    public void edited(SceneDocument document) {
        if (key == null || document.equals(current)) {
            return;
        }
        current = document;
        journal.record(draftOf(document));
        if (document.equals(clean)) {
            journal.clear(key, document);
        }
    }

    /**
     * The server now holds {@code savedDocument} as scene {@code savedSceneId} (updated at {@code updatedAt}). The
     * draft goes unless the user edited on while the save was under way; then the draft stays, now pointing at
     * the saved scene so a restore updates it rather than creating a second one.
     */
    public void saved(String savedSceneId, Instant updatedAt, SceneDocument savedDocument) {
        if (key == null) {
            return;
        }
        sceneId = savedSceneId;
        baseUpdatedAt = updatedAt;
        clean = savedDocument;
        if (!journal.clear(key, savedDocument) && current != null) {
            journal.record(draftOf(current));
        }
    }

    /** The user chose to throw the open scene's unsaved edits away (discard on close or switch). */
    public void discardDraft() {
        if (key != null) {
            journal.discard(key);
            current = clean;
        }
    }

    /** No scene is open any more; its draft, if any, stays for the next start. */
    public void closed() {
        key = null;
        current = null;
        clean = null;
    }

    public Optional<DraftKey> key() {
        return Optional.ofNullable(key);
    }

    private void open(DraftKey k, String url, String id, Instant updatedAt, SceneDocument cleanDocument,
                      SceneDocument shown) {
        key = k;
        baseUrl = url;
        sceneId = id;
        baseUpdatedAt = updatedAt;
        clean = cleanDocument;
        current = shown;
    }

    private SceneDraft draftOf(SceneDocument document) {
        return new SceneDraft(key, baseUrl, sceneId, document, clock.instant(), baseUpdatedAt);
    }
}
