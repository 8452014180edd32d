package io.gizmostudio.ui.scenes;

import java.util.Optional;

/**
 * One thing the pre-check found before an export. None of them blocks the export: a {@link Severity#WARNING}
 * says how the simulation will differ from the canvas, a {@link Severity#NOTE} only informs (an empty scene is a
 * valid empty world). {@code placementId} is null for problems of the whole scene; {@code fix} is null when there
 * is no one-click fix.
 */
public record ExportProblem(Kind kind, Severity severity, String placementId, String message, ExportFix fix) {

    public enum Kind {
        /** Two placements interpenetrate: the simulator pushes them apart at the first step. */
        OVERLAP,
        /** A fixed placement hangs above its support (it stays welded in the air). */
        FLOATING,
        /** A free placement rests on nothing: it falls when the simulation starts. */
        FREE_UNSUPPORTED,
        /** A placement reaches below the floor. */
        BELOW_FLOOR,
        /** A placement name the exporters have to rewrite into ASCII. */
        NON_ASCII_PLACEMENT_NAME,
        /** The scene name the exporters have to rewrite into ASCII. */
        NON_ASCII_SCENE_NAME,
        /** No placements: the export is an empty world. */
        EMPTY_SCENE
    }

    public enum Severity { WARNING, NOTE }

    public ExportProblem {
        if (kind == null || severity == null || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a problem needs a kind, a severity and a message");
        }
    }

    public Optional<ExportFix> optionalFix() {
        return Optional.ofNullable(fix);
    }
}
