package io.gizmostudio.ui.composer;

import io.gizmostudio.api.Asset;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.Alignment;
import io.gizmostudio.core.scene.AssetShape;
import io.gizmostudio.core.scene.GridSnap;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.core.scene.PlacedShape;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.PlacementIssue;
import io.gizmostudio.core.scene.Ray;
import io.gizmostudio.core.scene.SceneDocument;
import io.gizmostudio.ui.common.Command;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The composer's whole state behind one face: the scene document, the selection, the undo stack, the snapping grid
 * and the live checks, with every edit as a method or {@link Command}. The work is done by its parts —
 * {@link SceneHistory} (document, selection, undo; the one way edits happen), {@link AssetDrop} (drag and drop from
 * the library), {@link PlacementEdits} (edits of placements and the selection), {@link PlacementGesture} (pointer
 * gestures, one undo step each) and {@link SceneIssues} (live checks) — so the scene documents can persist this one
 * object.
 */
public final class SceneComposerViewModel {
    private final PlacementGeometry geometry;
    private final SceneIssues checks;
    private final SceneHistory history;
    private final PlacementNaming naming;
    private final PlacementEdits edits;
    private final AssetDrop assetDrop;
    private final PlacementGesture gesture;
    private final ObservableList<String> selectionView;
    private final ObjectProperty<GridSnap> grid = new SimpleObjectProperty<>(GridSnap.DEFAULT);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Command undoCommand;
    private final Command redoCommand;
    private final Command delete;
    private final Command duplicate;
    private final Command copy;
    private final Command paste;
    private final Command selectAll;
    private final Command clearSelection;
    private final Command dropToSurface;
    private final Command rotate90X;
    private final Command rotate90Y;
    private final Command rotateZStep;
    private final Command rotateZStepBack;

    public SceneComposerViewModel(AssetModels models, Function<String, Optional<Asset>> assetLookup, PlacementClipboard clipboard) {
        this.geometry = new PlacementGeometry(models);
        this.checks = new SceneIssues(geometry);
        this.history = new SceneHistory(doc -> {
            geometry.retain(doc);
            checks.refresh(doc);
        });
        this.selectionView = FXCollections.unmodifiableObservableList(history.selection());
        this.naming = new PlacementNaming(history::document);
        this.edits = new PlacementEdits(history, geometry, naming, clipboard, grid::get, message::set);
        this.assetDrop = new AssetDrop(assetLookup, geometry, history, naming, grid::get, message::set);
        this.gesture = new PlacementGesture(history, edits, geometry, grid::get);
        ObservableList<String> selection = history.selection();
        BooleanBinding some = Bindings.isNotEmpty(selection);
        BooleanBinding anyPlaced = Bindings.createBooleanBinding(() -> !document().placements().isEmpty(), history.documentProperty());
        UndoStack undo = history.undoStack();
        undoCommand = Command.when(undo.canUndoProperty(), () -> history.undo().ifPresent(d -> message.set("Undid " + d + ".")));
        redoCommand = Command.when(undo.canRedoProperty(), () -> history.redo().ifPresent(d -> message.set("Redid " + d + ".")));
        delete = Command.when(some, edits::delete);
        duplicate = Command.when(some, edits::duplicate);
        copy = Command.when(some, edits::copy);
        paste = Command.when(clipboard.emptyProperty().not(), edits::paste);
        selectAll = Command.when(anyPlaced, () -> history.select(document().placements().stream().map(Placement::id).toList()));
        clearSelection = Command.when(some, () -> history.select(List.of()));
        dropToSurface = Command.when(some, edits::dropToSurface);
        rotate90X = Command.when(some, () -> edits.tip(Vec3.UNIT_X, "Turn 90° about X"));
        rotate90Y = Command.when(some, () -> edits.tip(Vec3.UNIT_Y, "Turn 90° about Y"));
        rotateZStep = Command.when(some, () -> edits.turn(grid.get().angleStep()));
        rotateZStepBack = Command.when(some, () -> edits.turn(-grid.get().angleStep()));
        models.addListener((assetId, a) -> {
            checks.refresh(document());
            assetDrop.modelArrived(assetId);
        });
    }

    // ---------------------------------------------------------------- state

    public ReadOnlyObjectProperty<SceneDocument> documentProperty() {
        return history.documentProperty();
    }

    /** Replaces everything: the document, no selection, an empty undo stack. */
    public void open(SceneDocument doc) {
        history.open(doc);
    }

    /** Replaces the whole document as one undoable edit (a restored draft on top of the saved scene). */
    public void replaceDocument(String description, SceneDocument doc) {
        history.apply(description, doc, List.of());
    }

    /** After a save: placements take the server's ids in the document, the selection and the whole undo history. */
    public void adoptIds(Map<String, String> ids) {
        history.adoptIds(ids);
    }

    /** Renames the scene itself (not an undoable edit: the scene's name lives on the server, like its id). */
    public void renameScene(String name) {
        SceneDocument doc = history.document();
        if (!doc.name().equals(name)) {
            history.adoptName(name);
        }
    }

    public ObservableList<String> selection() {
        return selectionView;
    }

    public ObjectProperty<GridSnap> gridProperty() {
        return grid;
    }

    /** The last refusal or note, for the composer's status line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public UndoStack undoStack() {
        return history.undoStack();
    }

    /** Problems by placement id, recomputed after every change of the document and when a model arrives. */
    public ObservableMap<String, List<PlacementIssue>> issues() {
        return checks.map();
    }

    public Optional<AssetShape> shapeOf(Placement p) {
        return geometry.shapeOf(p.assetId(), p.jointPositions());
    }

    public Optional<PlacedShape> placedShape(String placementId) {
        return document().find(placementId).flatMap(geometry::placedShape);
    }

    // ---------------------------------------------------------------- selection

    public void select(String id, SelectMode mode) {
        ObservableList<String> selection = history.selection();
        if (id == null || document().find(id).isEmpty()) {
            if (mode == SelectMode.REPLACE) {
                history.select(List.of());
            }
            return;
        }
        LinkedHashSet<String> next = new LinkedHashSet<>(mode == SelectMode.REPLACE ? List.of() : selection);
        if (mode == SelectMode.TOGGLE && next.contains(id)) {
            next.remove(id);
        } else {
            next.add(id);
        }
        history.select(List.copyOf(next));
    }

    /** Rubber band: selects {@code ids} (in document order), replacing or adding to the selection. */
    public void selectAll(Collection<String> ids, SelectMode mode) {
        LinkedHashSet<String> next = new LinkedHashSet<>(mode == SelectMode.REPLACE ? List.of() : history.selection());
        next.addAll(ids);
        history.select(next.stream().filter(i -> document().find(i).isPresent()).toList());
    }

    // ---------------------------------------------------------------- drag and drop

    public DropPreview dragOver(String assetId, Ray ray, boolean freeMove) {
        return assetDrop.dragOver(assetId, ray, freeMove);
    }

    public boolean drop(String assetId, Ray ray, boolean freeMove) {
        return assetDrop.drop(assetId, ray, freeMove);
    }

    // ---------------------------------------------------------------- gestures (one undo step each)

    public void beginMove(String grabbedId, Ray ray) {
        if (!history.selection().contains(grabbedId)) {
            select(grabbedId, SelectMode.REPLACE);
        }
        gesture.beginMove(grabbedId, ray);
    }
    public void moveTo(Ray ray, boolean freeMove) {
        gesture.moveTo(ray, freeMove);
    }

    public void endMove() {
        gesture.end();
    }

    public void cancelGesture() {
        gesture.cancel();
    }

    public void beginHandle() {
        gesture.beginHandle();
    }

    public void translateHandle(Alignment.Axis axis, double distance, boolean freeMove) {
        gesture.translate(axis, distance, freeMove);
    }

    public void rotateHandleZ(double radians, boolean freeMove) {
        gesture.rotateZ(radians, freeMove);
    }

    public void endHandle() {
        gesture.end();
    }

    // ---------------------------------------------------------------- commands

    public Command undoCommand() {
        return undoCommand;
    }

    public Command redoCommand() {
        return redoCommand;
    }

    public Command deleteCommand() {
        return delete;
    }

    public Command duplicateCommand() {
        return duplicate;
    }

    public Command copyCommand() {
        return copy;
    }

    public Command pasteCommand() {
        return paste;
    }

    public Command selectAllCommand() {
        return selectAll;
    }

    public Command clearSelectionCommand() {
        return clearSelection;
    }

    public Command dropToSurfaceCommand() {
        return dropToSurface;
    }

    public Command rotate90XCommand() {
        return rotate90X;
    }

    public Command rotate90YCommand() {
        return rotate90Y;
    }

    public Command rotateZStepCommand() {
        return rotateZStep;
    }

    public Command rotateZStepBackCommand() {
        return rotateZStepBack;
    }

    // ---------------------------------------------------------------- edits

    public void nudge(double dx, double dy, double dz) {
        edits.nudge(dx, dy, dz);
    }

    public void align(Alignment.Axis axis, Alignment.Edge edge) {
        edits.align(axis, edge);
    }

    public void distribute(Alignment.Axis axis) {
        edits.distribute(axis);
    }

    /** rows × cols copies of the one selected placement on a grid; the copies and the source end up selected. */
    public void array(int rows, int cols, double spacingX, double spacingY) {
        edits.array(rows, cols, spacingX, spacingY);
    }

    public void rename(String id, String name) {
        edits.rename(id, name);
    }

    public void setPose(String id, Pose pose) {
        edits.setPose(id, pose);
    }

    /** The inspector's edit of several fields at once (name and pose) as one undo step. */
    public void update(String description, Placement changed) {
        edits.update(description, changed);
    }

    public void setJointPositions(String id, Map<String, Double> q) {
        edits.setJointPositions(id, q);
    }

    public void setMobility(String id, Mobility m) {
        edits.setMobility(id, m);
    }

    // ---------------------------------------------------------------- for the parts and tests of this package

    void apply(String description, SceneDocument next, List<String> nextSelection) {
        history.apply(description, next, nextSelection);
    }

    void record(String description, SceneDocument start) {
        history.record(description, start);
    }

    void showLive(SceneDocument doc) {
        history.showLive(doc);
    }

    SceneDocument document() {
        return history.document();
    }

    List<Placement> selectedPlacements() {
        return edits.selectedPlacements();
    }

    String subject() {
        return edits.subject();
    }
}
