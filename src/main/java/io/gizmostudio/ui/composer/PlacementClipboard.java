package io.gizmostudio.ui.composer;

import io.gizmostudio.core.scene.Placement;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Copied placements, one for the whole app, so copying in one scene and pasting in another works. Each paste of
 * the same copy lands one more grid step further in X and Y, so repeated pastes do not stack on each other.
 */
public final class PlacementClipboard {
    private List<Placement> contents = List.of();
    private int pastes;
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);

    public void put(List<Placement> placements) {
        contents = List.copyOf(placements);
        pastes = 0;
        empty.set(contents.isEmpty());
    }

    public List<Placement> contents() {
        return contents;
    }

    /** How many grid steps the next paste is offset by (1 for the first). */
    int nextPasteOffset() {
        return ++pastes;
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }
}
