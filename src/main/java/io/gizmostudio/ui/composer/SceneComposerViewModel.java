package io.gizmostudio.ui.composer;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.Alignment;
import io.gizmostudio.core.scene.ArrayLayout;
import io.gizmostudio.core.scene.AssetShape;
import io.gizmostudio.core.scene.GridSnap;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.core.scene.PlacedShape;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.PlacementIssue;
import io.gizmostudio.core.scene.Ray;
import io.gizmostudio.core.scene.Rotations;
import io.gizmostudio.core.scene.SceneChecks;
import io.gizmostudio.core.scene.SceneDocument;
import io.gizmostudio.core.scene.SceneRaycast;
import io.gizmostudio.core.scene.SurfaceDrop;
import io.gizmostudio.core.scene.SurfaceHit;
import io.gizmostudio.ui.common.Command;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The composer's whole state in one object: the scene document, the selection, the undo stack, the snapping grid
 * and the live checks, with every edit as a method or {@link Command}. Every edit goes through {@link #apply}, which
 * records the document and selection before and after, so each undoes exactly (the next issue persists this).
 */
public final class SceneComposerViewModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SceneComposerViewModel.class);
    private final Function<String, Optional<Asset>> assets;
    private final PlacementClipboard clipboard;
    private final PlacementGeometry geometry;
    private final PlacementGesture gesture;
    private final ReadOnlyObjectWrapper<SceneDocument> document = new ReadOnlyObjectWrapper<>(SceneDocument.empty("Untitled scene"));
    private final ObservableList<String> selection = FXCollections.observableArrayList();
    private final ObservableList<String> selectionView = FXCollections.unmodifiableObservableList(selection);
    private final ObjectProperty<GridSnap> grid = new SimpleObjectProperty<>(GridSnap.DEFAULT);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableMap<String, List<PlacementIssue>> issues = FXCollections.observableHashMap();
    private final UndoStack undo = new UndoStack();
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
    private int nextId = 1;
    private PendingDrop pendingDrop;

    private record PendingDrop(String assetId, Ray ray, boolean freeMove) {
    }

    public SceneComposerViewModel(AssetModels models, Function<String, Optional<Asset>> assetLookup, PlacementClipboard clipboard) {
        this.assets = assetLookup;
        this.clipboard = clipboard;
        this.geometry = new PlacementGeometry(models);
        this.gesture = new PlacementGesture(this, geometry);
        BooleanBinding some = Bindings.isNotEmpty(selection);
        BooleanBinding anyPlaced = Bindings.createBooleanBinding(() -> !document.get().placements().isEmpty(), document);
        undoCommand = Command.when(undo.canUndoProperty(), this::undo);
        redoCommand = Command.when(undo.canRedoProperty(), this::redo);
        delete = Command.when(some, this::deleteSelection);
        duplicate = Command.when(some, this::duplicateSelection);
        copy = Command.when(some, () -> clipboard.put(selectedPlacements()));
        paste = Command.when(clipboard.emptyProperty().not(), this::pasteClipboard);
        selectAll = Command.when(anyPlaced, () -> setSelection(document.get().placements().stream().map(Placement::id).toList()));
        clearSelection = Command.when(some, () -> setSelection(List.of()));
        dropToSurface = Command.when(some, this::dropSelection);
        rotate90X = Command.when(some, () -> tipSelection(Vec3.UNIT_X, "Turn 90° about X"));
        rotate90Y = Command.when(some, () -> tipSelection(Vec3.UNIT_Y, "Turn 90° about Y"));
        rotateZStep = Command.when(some, () -> turnSelection(grid.get().angleStep()));
        rotateZStepBack = Command.when(some, () -> turnSelection(-grid.get().angleStep()));
        models.addListener((assetId, a) -> {
            refreshIssues();
            PendingDrop waiting = pendingDrop;
            if (waiting != null && waiting.assetId().equals(assetId)) {
                pendingDrop = null;
                drop(waiting.assetId(), waiting.ray(), waiting.freeMove());
            }
        });
    }

    // ---------------------------------------------------------------- state

    public ReadOnlyObjectProperty<SceneDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** Replaces everything: the document, no selection, an empty undo stack. */
    public void open(SceneDocument doc) {
        undo.clear();
        selection.clear();
        setDocument(doc);
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
        return undo;
    }

    /** Problems by placement id, recomputed after every change of the document and when a model arrives. */
    public ObservableMap<String, List<PlacementIssue>> issues() {
        return issues;
    }

    public Optional<AssetShape> shapeOf(Placement p) {
        return geometry.shapeOf(p.assetId(), p.jointPositions());
    }

    public Optional<PlacedShape> placedShape(String placementId) {
        return document.get().find(placementId).flatMap(geometry::placedShape);
    }

    // ---------------------------------------------------------------- selection

    public void select(String id, SelectMode mode) {
        if (id == null || document.get().find(id).isEmpty()) {
            if (mode == SelectMode.REPLACE) {
                setSelection(List.of());
            }
            return;
        }
        LinkedHashSet<String> next = new LinkedHashSet<>(mode == SelectMode.REPLACE ? List.of() : selection);
        if (mode == SelectMode.TOGGLE && next.contains(id)) {
            next.remove(id);
        } else {
            next.add(id);
        }
        setSelection(List.copyOf(next));
    }

    /** Rubber band: selects {@code ids} (in document order), replacing or adding to the selection. */
    public void selectAll(Collection<String> ids, SelectMode mode) {
        LinkedHashSet<String> next = new LinkedHashSet<>(mode == SelectMode.REPLACE ? List.of() : selection);
        next.addAll(ids);
        setSelection(next.stream().filter(i -> document.get().find(i).isPresent()).toList());
    }

    // ---------------------------------------------------------------- drag and drop

    public DropPreview dragOver(String assetId, Ray ray, boolean freeMove) {
        Optional<Asset> asset = assets.apply(assetId);
        if (asset.isEmpty()) {
            return DropPreview.refused("This asset is not in the library (it may have been deleted).");
        }
        Asset a = asset.get();
        if (a.status() == AssetStatus.FAILED) {
            return DropPreview.refused(a.name() + " failed to generate"
                    + (a.error() != null && a.error().message() != null ? ": " + a.error().message() : "") + " — it cannot be placed.");
        }
        if (a.status() != AssetStatus.READY) {
            return DropPreview.refused(a.name() + " is still generating — it can be placed when it is ready.");
        }
        Optional<AssetShape> shape = geometry.shapeOf(assetId, Map.of());
        if (shape.isEmpty()) {
            geometry.request(assetId);
            return DropPreview.refused(geometry.failure(assetId).map(f -> "Cannot load " + a.name() + ": " + f)
                    .orElse("Loading " + a.name() + "…"));
        }
        List<PlacedShape> shapes = geometry.shapes(document.get(), Set.of());
        Optional<SurfaceHit> hit = SceneRaycast.cast(ray, shapes, Set.of());
        if (hit.isEmpty()) {
            return DropPreview.refused("Point at the floor or at a placed asset to drop " + a.name() + ".");
        }
        double support = SurfaceDrop.supportHeight(hit.get(), shapes, Set.of());
        Vec3 at = freeMove ? hit.get().point() : grid.get().snapXY(hit.get().point());
        return DropPreview.at(new Pose(SurfaceDrop.standingPosition(shape.get(), Quat.IDENTITY, at, support), Quat.IDENTITY));
    }

    public boolean drop(String assetId, Ray ray, boolean freeMove) {
        DropPreview preview = dragOver(assetId, ray, freeMove);
        if (preview.pose().isEmpty()) {
            boolean loading = geometry.shapeOf(assetId, Map.of()).isEmpty() && geometry.failure(assetId).isEmpty()
                    && assets.apply(assetId).map(a -> a.status() == AssetStatus.READY).orElse(false);
            if (loading) {
                // the first drop of an asset can beat its model's download: place it when the model arrives
                pendingDrop = new PendingDrop(assetId, ray, freeMove);
            }
            LOG.info("Drop of {} refused: {}", assetId, preview.refusal());
            message.set(preview.refusal());
            return loading;
        }
        pendingDrop = null;
        Asset a = assets.apply(assetId).orElseThrow();
        Object family = a.params() == null ? null : a.params().get("family");
        Placement p = new Placement(newId(), assetId, uniqueName(a.name(), Set.of()), preview.pose().get(), Map.of(),
                Mobility.defaultFor(family == null ? null : family.toString()));
        apply("Add " + p.name(), document.get().with(p), List.of(p.id()));
        message.set("Placed " + p.name() + ".");
        return true;
    }

    // ---------------------------------------------------------------- gestures (one undo step each)

    public void beginMove(String grabbedId, Ray ray) {
        if (!selection.contains(grabbedId)) {
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
        Vec3 d = new Vec3(dx, dy, dz);
        editSelection("Nudge " + subject(), p -> p.withPose(new Pose(p.pose().position().plus(d), p.pose().rotation())));
    }

    public void align(Alignment.Axis axis, Alignment.Edge edge) {
        if (selection.size() >= 2) {
            moveTo("Align " + subject(), Alignment.align(selectedPlacements(), selectedBounds(), axis, edge));
        }
    }

    public void distribute(Alignment.Axis axis) {
        if (selection.size() >= 3) {
            moveTo("Distribute " + subject(), Alignment.distribute(selectedPlacements(), selectedBounds(), axis));
        }
    }

    /** rows × cols copies of the one selected placement on a grid; the copies and the source end up selected. */
    public void array(int rows, int cols, double spacingX, double spacingY) {
        if (selection.size() != 1) {
            message.set("Select one placement to make an array of it.");
            return;
        }
        Placement source = selectedPlacements().get(0);
        List<Placement> copies = new ArrayList<>();
        Set<String> taken = new java.util.HashSet<>();
        for (Pose pose : ArrayLayout.grid(source.pose(), rows, cols, spacingX, spacingY)) {
            Placement c = copyOf(source, pose, taken);
            taken.add(c.name());
            copies.add(c);
        }
        List<String> selected = new ArrayList<>(List.of(source.id()));
        copies.forEach(c -> selected.add(c.id()));
        apply("Array " + rows + " × " + cols + " of " + source.name(), document.get().withAll(copies), selected);
    }

    public void rename(String id, String name) {
        String n = name == null ? "" : name.trim();
        if (n.isEmpty()) {
            message.set("A placement needs a name.");
            return;
        }
        if (n.length() > 200) {
            message.set("A placement name can have at most 200 characters.");
            return;
        }
        document.get().find(id).ifPresent(p -> apply("Rename " + p.name() + " to " + n, document.get().replaced(p.withName(n)), selection));
    }

    public void setPose(String id, Pose pose) {
        document.get().find(id).ifPresent(p -> apply("Edit pose of " + p.name(), document.get().replaced(p.withPose(pose)), selection));
    }

    /** The inspector's edit of several fields at once (name and pose) as one undo step. */
    public void update(String description, Placement changed) {
        if (document.get().find(changed.id()).isPresent()) {
            apply(description, document.get().replaced(changed), selection);
        }
    }

    public void setJointPositions(String id, Map<String, Double> q) {
        document.get().find(id).ifPresent(p -> apply("Set joint pose of " + p.name(), document.get().replaced(p.withJointPositions(q)), selection));
    }

    public void setMobility(String id, Mobility m) {
        document.get().find(id).ifPresent(p -> apply((m == Mobility.FREE ? "Free " : "Fix ") + p.name(),
                document.get().replaced(p.withMobility(m)), selection));
    }

    private void deleteSelection() {
        String what = subject();
        apply("Delete " + what, document.get().without(selection), List.of());
    }

    private void duplicateSelection() {
        double step = grid.get().step();
        List<Placement> copies = copiesOf(selectedPlacements(), new Vec3(step, step, 0));
        apply("Duplicate " + subject(), document.get().withAll(copies), copies.stream().map(Placement::id).toList());
    }

    private void pasteClipboard() {
        List<Placement> source = clipboard.contents();
        double d = grid.get().step() * clipboard.nextPasteOffset();
        List<Placement> copies = copiesOf(source, new Vec3(d, d, 0));
        apply("Paste " + (copies.size() == 1 ? copies.get(0).name() : copies.size() + " placements"),
                document.get().withAll(copies), copies.stream().map(Placement::id).toList());
    }

    private void dropSelection() {
        Set<String> moving = Set.copyOf(selection);
        List<PlacedShape> others = geometry.shapes(document.get(), moving);
        editSelection("Drop " + subject() + " to the surface below", p -> geometry.placedShape(p)
                .map(s -> p.withPose(new Pose(SurfaceDrop.dropBelow(s, p.pose(), others), p.pose().rotation()))).orElse(p));
    }

    /** Turns each selected placement about its own origin's vertical axis. */
    private void turnSelection(double radians) {
        editSelection("Turn " + subject(), p -> p.withPose(new Pose(p.pose().position(),
                Rotations.aboutWorldAxis(p.pose().rotation(), Vec3.UNIT_Z, radians))));
    }

    /** Tips each selected placement over by 90° about its bounds' centre, keeping its bottom where it was. */
    private void tipSelection(Vec3 axis, String description) {
        editSelection(description + " " + subject(), p -> {
            Optional<PlacedShape> before = geometry.placedShape(p);
            Quat turn = Quat.fromAxisAngle(axis, Math.PI / 2);
            Quat q = Rotations.aboutWorldAxis(p.pose().rotation(), axis, Math.PI / 2);
            if (before.isEmpty() || before.get().worldBounds().isEmpty()) {
                return p.withPose(new Pose(p.pose().position(), q));
            }
            Aabb b = before.get().worldBounds();
            Vec3 c = b.center();
            Vec3 pos = c.plus(turn.rotate(p.pose().position().minus(c)));
            Placement turned = p.withPose(new Pose(pos, q));
            double newBottom = shapeOf(turned).map(s -> s.placedAt(p.id(), turned.pose()).worldBounds().min().z()).orElse(b.min().z());
            return turned.withPose(new Pose(pos.plus(new Vec3(0, 0, b.min().z() - newBottom)), q));
        });
    }

    private void moveTo(String description, Map<String, Pose> poses) {
        editSelection(description, p -> poses.containsKey(p.id()) ? p.withPose(poses.get(p.id())) : p);
    }

    private void editSelection(String description, UnaryOperator<Placement> change) {
        List<Placement> changed = selectedPlacements().stream().map(change).toList();
        apply(description, document.get().replacedAll(changed), selection);
    }

    // ---------------------------------------------------------------- the one way edits happen

    /** Records an edit (nothing when it changes nothing) and shows its result. */
    void apply(String description, SceneDocument next, List<String> nextSelection) {
        SceneDocument before = document.get();
        List<String> selectionBefore = List.copyOf(selection);
        if (next.equals(before) && selectionBefore.equals(nextSelection)) {
            return;
        }
        if (!next.equals(before)) {
            undo.push(new SceneEdit(description, before, next, selectionBefore, nextSelection));
        }
        setDocument(next);
        setSelection(nextSelection);
    }

    /** Records a finished gesture whose steps were shown live with {@link #showLive}. */
    void record(String description, SceneDocument start) {
        if (!start.equals(document.get())) {
            undo.push(new SceneEdit(description, start, document.get(), selection, selection));
        }
    }

    /** Shows a gesture's intermediate document without recording it. */
    void showLive(SceneDocument doc) {
        setDocument(doc);
    }

    private void undo() {
        undo.undo().ifPresent(e -> {
            setDocument(e.before());
            setSelection(e.selectionBefore());
            message.set("Undid " + e.description() + ".");
        });
    }

    private void redo() {
        undo.redo().ifPresent(e -> {
            setDocument(e.after());
            setSelection(e.selectionAfter());
            message.set("Redid " + e.description() + ".");
        });
    }

    private void setDocument(SceneDocument doc) {
        document.set(doc);
        geometry.retain(doc);
        selection.removeIf(id -> doc.find(id).isEmpty());
        refreshIssues();
    }

    private void setSelection(List<String> ids) {
        if (!selection.equals(ids)) {
            selection.setAll(ids);
        }
    }

    private void refreshIssues() {
        Map<String, List<PlacementIssue>> next = new HashMap<>();
        for (PlacementIssue i : SceneChecks.run(geometry.shapes(document.get(), Set.of()))) {
            next.computeIfAbsent(i.placementId(), k -> new ArrayList<>()).add(i);
        }
        issues.keySet().retainAll(next.keySet());
        next.forEach((id, list) -> {
            if (!list.equals(issues.get(id))) {
                issues.put(id, List.copyOf(list));
            }
        });
    }

    // ---------------------------------------------------------------- helpers

    SceneDocument document() {
        return document.get();
    }

    List<Placement> selectedPlacements() {
        Set<String> s = Set.copyOf(selection);
        return document.get().placements().stream().filter(p -> s.contains(p.id())).toList();
    }

    private Map<String, Aabb> selectedBounds() {
        Map<String, Aabb> out = new HashMap<>();
        for (Placement p : selectedPlacements()) {
            out.put(p.id(), geometry.placedShape(p).map(PlacedShape::worldBounds)
                    .filter(b -> !b.isEmpty()).orElse(new Aabb(p.pose().position(), p.pose().position())));
        }
        return out;
    }

    /** "table" for one, "3 placements" for several. */
    String subject() {
        List<Placement> s = selectedPlacements();
        return s.size() == 1 ? s.get(0).name() : s.size() + " placements";
    }

    private List<Placement> copiesOf(List<Placement> source, Vec3 offset) {
        List<Placement> copies = new ArrayList<>();
        Set<String> taken = new java.util.HashSet<>();
        for (Placement p : source) {
            Placement c = copyOf(p, new Pose(p.pose().position().plus(offset), p.pose().rotation()), taken);
            taken.add(c.name());
            copies.add(c);
        }
        return copies;
    }

    private Placement copyOf(Placement p, Pose pose, Set<String> alsoTaken) {
        return new Placement(newId(), p.assetId(), uniqueName(p.name(), alsoTaken), pose, p.jointPositions(), p.mobility());
    }

    private String newId() {
        String id;
        do {
            id = "local-" + nextId++;
        } while (document.get().find(id).isPresent());
        return id;
    }

    /** {@code base} if no placement has it, else "base 2", "base 3"… (a copy of "table 2" becomes "table 3"). */
    String uniqueName(String base, Set<String> alsoTaken) {
        Set<String> taken = new java.util.HashSet<>(alsoTaken);
        document.get().placements().forEach(p -> taken.add(p.name()));
        String stem = base.replaceFirst(" \\d+$", "");
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = stem + " " + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
