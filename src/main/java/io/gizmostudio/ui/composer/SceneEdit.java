package io.gizmostudio.ui.composer;

import io.gizmostudio.core.scene.SceneDocument;
import java.util.List;

/** One undoable edit: the whole document before and after (immutable values) and the selection around it. */
public record SceneEdit(String description, SceneDocument before, SceneDocument after,
                        List<String> selectionBefore, List<String> selectionAfter) {
    public SceneEdit {
        selectionBefore = List.copyOf(selectionBefore);
        selectionAfter = List.copyOf(selectionAfter);
    }
}
