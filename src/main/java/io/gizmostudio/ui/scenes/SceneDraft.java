package io.gizmostudio.ui.scenes;

import io.gizmostudio.core.scene.SceneDocument;
import io.gizmostudio.ui.connection.ProfileKind;
import java.time.Instant;
import java.util.Objects;

/**
 * The composer's unsaved state of one scene, as the journal keeps it on disk.
 *
 * @param key           the draft's file name; one per open document
 * @param baseUrl       the connection the scene belongs to, so a draft is never restored onto another server: its
 *                      base URL, or {@link #BUILT_IN_ENGINE} for the built-in engine (see {@link #connectionOf})
 * @param sceneId       the server's scene id, or null for a scene that was never saved
 * @param document      the whole scene as the user last left it
 * @param editedAt      when that edit was made
 * @param baseUpdatedAt the server scene's {@code updated_at} the edits started from (null when unknown or never
 *                      saved): when the server's value differs at restore time, someone changed the scene meanwhile
 */
public record SceneDraft(DraftKey key, String baseUrl, String sceneId, SceneDocument document, Instant editedAt,
                         Instant baseUpdatedAt) {

    /**
     * Stands for the built-in engine, whose base URL has a fresh port every start: keyed by URL, its drafts would
     * never be offered again.
     */
    public static final String BUILT_IN_ENGINE = "gizmo:built-in-engine";

    /** What to store as {@code baseUrl} for a connection of {@code kind} now at {@code baseUrl}. */
    public static String connectionOf(ProfileKind kind, String baseUrl) {
        return kind == ProfileKind.BUILT_IN ? BUILT_IN_ENGINE : baseUrl;
    }

    public SceneDraft {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(editedAt, "editedAt");
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("a draft needs the base URL of its connection");
        }
        if (sceneId != null && sceneId.isBlank()) {
            sceneId = null;
        }
    }

    /** True when the scene was never saved to a server. */
    public boolean neverSaved() {
        return sceneId == null;
    }

    /** True when this draft was made against the connection at {@code otherBaseUrl} (a trailing slash aside). */
    public boolean belongsTo(String otherBaseUrl) {
        return otherBaseUrl != null && normalizedBaseUrl(baseUrl).equals(normalizedBaseUrl(otherBaseUrl));
    }

    /**
     * True when the server's scene moved on after the edits started: its {@code updated_at} is not the one they
     * started from. A never-saved draft has no server scene to conflict with.
     */
    public boolean serverChangedSince(Instant serverUpdatedAt) {
        return sceneId != null && baseUpdatedAt != null && !baseUpdatedAt.equals(serverUpdatedAt);
    }

    /** The same draft holding a later edit. */
    public SceneDraft withDocument(SceneDocument next, Instant at) {
        return new SceneDraft(key, baseUrl, sceneId, next, at, baseUpdatedAt);
    }

    static String normalizedBaseUrl(String url) {
        String s = url == null ? "" : url.strip();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
