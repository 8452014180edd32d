package io.gizmostudio.ui.composer;

import io.gizmostudio.core.scene.SceneDocument;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The document, the selection and the undo stack, and the one way edits happen: {@link #apply} records the document
 * and selection before and after, so every edit undoes and redoes exactly. Gestures show their steps with
 * {@link #showLive} and record one step at the end with {@link #record}.
 */
final class SceneHistory {
    private final ReadOnlyObjectWrapper<SceneDocument> document = new ReadOnlyObjectWrapper<>(SceneDocument.empty("Untitled scene"));
    private final ObservableList<String> selection = FXCollections.observableArrayList();
    private final UndoStack undo = new UndoStack();
    private final Consumer<SceneDocument> onDocument;

    /** {@code onDocument} runs after every change of the document, before listeners of the selection hear of it. */
    SceneHistory(Consumer<SceneDocument> onDocument) {
        this.onDocument = onDocument;
    }

    ReadOnlyObjectProperty<SceneDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    SceneDocument document() {
        return document.get();
    }

    ObservableList<String> selection() {
        return selection;
    }

    UndoStack undoStack() {
        return undo;
    }

    /** Replaces everything: the document, no selection, an empty undo stack. */
    void open(SceneDocument doc) {
        undo.clear();
        selection.clear();
        setDocument(doc);
    }

    /** Records an edit (nothing when it changes nothing) and shows its result. */
    void apply(String description, SceneDocument next, List<String> nextSelection) {
        SceneDocument before = document.get();
        List<String> selectionBefore = List.copyOf(selection);
        if (next.equals(before) && selectionBefore.equals(nextSelection)) {
            return;
        }
        if (!next.equals(before)) {
            undo.push(new SceneEdit(description, before, next, selectionBefore, List.copyOf(nextSelection)));
        }
        setDocument(next);
        select(nextSelection);
    }

    /** Records a finished gesture whose steps were shown live with {@link #showLive}. */
    void record(String description, SceneDocument start) {
        if (!start.equals(document.get())) {
            List<String> now = List.copyOf(selection);
            undo.push(new SceneEdit(description, start, document.get(), now, now));
        }
    }

    /** Shows a gesture's intermediate document without recording it. */
    void showLive(SceneDocument doc) {
        setDocument(doc);
    }

    /** Puts back the last edit's document and selection; its description, or empty when there was nothing to undo. */
    java.util.Optional<String> undo() {
        return undo.undo().map(e -> {
            setDocument(e.before());
            select(e.selectionBefore());
            return e.description();
        });
    }

    java.util.Optional<String> redo() {
        return undo.redo().map(e -> {
            setDocument(e.after());
            select(e.selectionAfter());
            return e.description();
        });
    }

    /**
     * Gives placements new ids everywhere: the document, the selection and every edit on the undo stack, so undo
     * after a save still reaches the placements the server now knows by its ids. Not an edit: nothing is recorded.
     */
    void adoptIds(java.util.Map<String, String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        java.util.function.UnaryOperator<List<String>> mapIds = list -> list.stream().map(id -> ids.getOrDefault(id, id)).toList();
        undo.rewrite(e -> new SceneEdit(e.description(), e.before().withIds(ids), e.after().withIds(ids),
                mapIds.apply(e.selectionBefore()), mapIds.apply(e.selectionAfter())));
        List<String> selected = mapIds.apply(selection);
        document.set(document.get().withIds(ids));
        selection.setAll(selected);
        onDocument.accept(document.get());
    }

    /** Names the scene anew in the document and every edit on the undo stack (undo does not bring an old name back). */
    void adoptName(String name) {
        undo.rewrite(e -> new SceneEdit(e.description(), e.before().renamed(name), e.after().renamed(name),
                e.selectionBefore(), e.selectionAfter()));
        setDocument(document.get().renamed(name));
    }

    void select(List<String> ids) {
        if (!selection.equals(ids)) {
            selection.setAll(ids);
        }
    }

    private void setDocument(SceneDocument doc) {
        document.set(doc);
        selection.removeIf(id -> doc.find(id).isEmpty());
        onDocument.accept(doc);
    }
}
