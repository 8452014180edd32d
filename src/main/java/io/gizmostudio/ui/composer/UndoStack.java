package io.gizmostudio.ui.composer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Unlimited undo and redo of {@link SceneEdit}s. Pushing a new edit clears the redo side. Knows nothing of saving, so
 * undo reaches back past a save. The texts name what the next undo or redo does ("Undo Move table").
 */
public final class UndoStack {
    private final Deque<SceneEdit> undo = new ArrayDeque<>();
    private final Deque<SceneEdit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");

    public void push(SceneEdit e) {
        undo.push(e);
        redo.clear();
        changed();
    }

    /** The edit to undo (the caller puts back its {@code before}), or empty. */
    public Optional<SceneEdit> undo() {
        SceneEdit e = undo.poll();
        if (e != null) {
            redo.push(e);
            changed();
        }
        return Optional.ofNullable(e);
    }

    /** The edit to redo (the caller applies its {@code after}), or empty. */
    public Optional<SceneEdit> redo() {
        SceneEdit e = redo.poll();
        if (e != null) {
            undo.push(e);
            changed();
        }
        return Optional.ofNullable(e);
    }

    /** Rewrites every edit on both sides (a save giving placements the server's ids); order and texts stay. */
    void rewrite(java.util.function.UnaryOperator<SceneEdit> change) {
        java.util.List<SceneEdit> u = undo.stream().map(change).toList();
        java.util.List<SceneEdit> r = redo.stream().map(change).toList();
        undo.clear();
        undo.addAll(u);
        redo.clear();
        redo.addAll(r);
    }

    public void clear() {
        undo.clear();
        redo.clear();
        changed();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** Edits on the undo side. */
    public int size() {
        return undo.size();
    }

    private void changed() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoText.set(undo.isEmpty() ? "Undo" : "Undo " + undo.peek().description());
        redoText.set(redo.isEmpty() ? "Redo" : "Redo " + redo.peek().description());
    }
}
