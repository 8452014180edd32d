package io.gizmostudio.ui.composer;

import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.Alignment;
import io.gizmostudio.core.scene.ArrayLayout;
import io.gizmostudio.core.scene.GridSnap;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.core.scene.PlacedShape;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.Rotations;
import io.gizmostudio.core.scene.SceneDocument;
import io.gizmostudio.core.scene.SurfaceDrop;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** The composer's edits of placements and of the selection, each one undo step through {@link SceneHistory#apply}. */
final class PlacementEdits {
    private final SceneHistory history;
    private final PlacementGeometry geometry;
    private final PlacementNaming naming;
    private final PlacementClipboard clipboard;
    private final Supplier<GridSnap> grid;
    private final Consumer<String> message;

    PlacementEdits(SceneHistory history, PlacementGeometry geometry, PlacementNaming naming, PlacementClipboard clipboard,
                   Supplier<GridSnap> grid, Consumer<String> message) {
        this.history = history;
        this.geometry = geometry;
        this.naming = naming;
        this.clipboard = clipboard;
        this.grid = grid;
        this.message = message;
    }

    // ---------------------------------------------------------------- one placement

    void rename(String id, String name) {
        String n = name == null ? "" : name.trim();
        if (n.isEmpty()) {
            message.accept("A placement needs a name.");
            return;
        }
        if (n.length() > 200) {
            message.accept("A placement name can have at most 200 characters.");
            return;
        }
        find(id).ifPresent(p -> replace("Rename " + p.name() + " to " + n, p.withName(n)));
    }

    void setPose(String id, Pose pose) {
        find(id).ifPresent(p -> replace("Edit pose of " + p.name(), p.withPose(pose)));
    }

    void update(String description, Placement changed) {
        if (find(changed.id()).isPresent()) {
            replace(description, changed);
        }
    }

    void setJointPositions(String id, Map<String, Double> q) {
        find(id).ifPresent(p -> replace("Set joint pose of " + p.name(), p.withJointPositions(q)));
    }

    void setMobility(String id, Mobility m) {
        find(id).ifPresent(p -> replace((m == Mobility.FREE ? "Free " : "Fix ") + p.name(), p.withMobility(m)));
    }

    // ---------------------------------------------------------------- the selection

    void nudge(double dx, double dy, double dz) {
        Vec3 d = new Vec3(dx, dy, dz);
        editSelection("Nudge " + subject(), p -> p.withPose(new Pose(p.pose().position().plus(d), p.pose().rotation())));
    }

    void align(Alignment.Axis axis, Alignment.Edge edge) {
        if (history.selection().size() >= 2) {
            moveTo("Align " + subject(), Alignment.align(selectedPlacements(), selectedBounds(), axis, edge));
        }
    }

    void distribute(Alignment.Axis axis) {
        if (history.selection().size() >= 3) {
            moveTo("Distribute " + subject(), Alignment.distribute(selectedPlacements(), selectedBounds(), axis));
        }
    }

    /** rows × cols copies of the one selected placement on a grid; the copies and the source end up selected. */
    void array(int rows, int cols, double spacingX, double spacingY) {
        if (history.selection().size() != 1) {
            message.accept("Select one placement to make an array of it.");
            return;
        }
        Placement source = selectedPlacements().get(0);
        List<Placement> copies = naming.copiesAt(source, ArrayLayout.grid(source.pose(), rows, cols, spacingX, spacingY));
        List<String> selected = new ArrayList<>(List.of(source.id()));
        copies.forEach(c -> selected.add(c.id()));
        history.apply("Array " + rows + " × " + cols + " of " + source.name(), history.document().withAll(copies), selected);
    }

    void delete() {
        history.apply("Delete " + subject(), history.document().without(history.selection()), List.of());
    }

    void duplicate() {
        double step = grid.get().step();
        List<Placement> copies = naming.copiesOf(selectedPlacements(), new Vec3(step, step, 0));
        history.apply("Duplicate " + subject(), history.document().withAll(copies), copies.stream().map(Placement::id).toList());
    }

    void copy() {
        clipboard.put(selectedPlacements());
    }

    void paste() {
        double d = grid.get().step() * clipboard.nextPasteOffset();
        List<Placement> copies = naming.copiesOf(clipboard.contents(), new Vec3(d, d, 0));
        history.apply("Paste " + (copies.size() == 1 ? copies.get(0).name() : copies.size() + " placements"),
                history.document().withAll(copies), copies.stream().map(Placement::id).toList());
    }

    void dropToSurface() {
        Set<String> moving = Set.copyOf(history.selection());
        List<PlacedShape> others = geometry.shapes(history.document(), moving);
        editSelection("Drop " + subject() + " to the surface below", p -> geometry.placedShape(p)
                .map(s -> p.withPose(new Pose(SurfaceDrop.dropBelow(s, p.pose(), others), p.pose().rotation()))).orElse(p));
    }

    /** Turns each selected placement about its own origin's vertical axis. */
    void turn(double radians) {
        editSelection("Turn " + subject(), p -> p.withPose(new Pose(p.pose().position(),
                Rotations.aboutWorldAxis(p.pose().rotation(), Vec3.UNIT_Z, radians))));
    }

    /** Tips each selected placement over by 90° about its bounds' centre, keeping its bottom where it was. */
    void tip(Vec3 axis, String description) {
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
            double newBottom = geometry.placedShape(turned).map(s -> s.worldBounds().min().z()).orElse(b.min().z());
            return turned.withPose(new Pose(pos.plus(new Vec3(0, 0, b.min().z() - newBottom)), q));
        });
    }

    // ---------------------------------------------------------------- helpers

    List<Placement> selectedPlacements() {
        Set<String> s = Set.copyOf(history.selection());
        return history.document().placements().stream().filter(p -> s.contains(p.id())).toList();
    }

    /** "table" for one, "3 placements" for several. */
    String subject() {
        List<Placement> s = selectedPlacements();
        return s.size() == 1 ? s.get(0).name() : s.size() + " placements";
    }

    private Optional<Placement> find(String id) {
        return history.document().find(id);
    }

    private void replace(String description, Placement changed) {
        history.apply(description, history.document().replaced(changed), List.copyOf(history.selection()));
    }

    private void moveTo(String description, Map<String, Pose> poses) {
        editSelection(description, p -> poses.containsKey(p.id()) ? p.withPose(poses.get(p.id())) : p);
    }

    private void editSelection(String description, UnaryOperator<Placement> change) {
        SceneDocument doc = history.document();
        List<Placement> changed = selectedPlacements().stream().map(change).toList();
        history.apply(description, doc.replacedAll(changed), List.copyOf(history.selection()));
    }

    private Map<String, Aabb> selectedBounds() {
        Map<String, Aabb> out = new HashMap<>();
        for (Placement p : selectedPlacements()) {
            out.put(p.id(), geometry.placedShape(p).map(PlacedShape::worldBounds)
                    .filter(b -> !b.isEmpty()).orElse(new Aabb(p.pose().position(), p.pose().position())));
        }
        return out;
    }
}
