package io.gizmostudio.ui.composer;

import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.GridSnap;
import io.gizmostudio.core.scene.Alignment;
import io.gizmostudio.core.scene.AssetShape;
import io.gizmostudio.core.scene.PlacedShape;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.Ray;
import io.gizmostudio.core.scene.Rotations;
import io.gizmostudio.core.scene.SceneDocument;
import io.gizmostudio.core.scene.SceneRaycast;
import io.gizmostudio.core.scene.SurfaceDrop;
import io.gizmostudio.core.scene.SurfaceHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A pointer gesture on the selection, shown live and recorded as one undo step when it ends: dragging placements over
 * the floor and other placements (the grabbed one stands on what the pointer points at, the others keep their
 * offsets to it), or dragging a handle (a move along one scene axis, a turn about Z). Every step starts again from
 * the gesture's start, so snapping never accumulates rounding.
 */
final class PlacementGesture {
    private enum Kind { NONE, MOVE, HANDLE }

    private final SceneHistory history;
    private final PlacementEdits edits;
    private final PlacementGeometry geometry;
    private final Supplier<GridSnap> grid;
    private Kind kind = Kind.NONE;
    private SceneDocument start;
    private List<Placement> moving = List.of();
    private Set<String> movingIds = Set.of();
    private Placement grabbed;
    private Vec3 grabOffset = Vec3.ZERO;
    private String description = "";

    PlacementGesture(SceneHistory history, PlacementEdits edits, PlacementGeometry geometry, Supplier<GridSnap> grid) {
        this.history = history;
        this.edits = edits;
        this.geometry = geometry;
        this.grid = grid;
    }

    void beginMove(String grabbedId, Ray ray) {
        begin(Kind.MOVE);
        grabbed = start.find(grabbedId).orElse(null);
        if (grabbed == null) {
            kind = Kind.NONE;
            return;
        }
        // keep the point under the pointer under it: the offset from where the ray meets the floor level of the
        // grabbed placement's origin to that origin
        Vec3 p = grabbed.pose().position();
        Vec3 hit = pointAtHeight(ray, p.z()).orElse(p);
        grabOffset = new Vec3(p.x() - hit.x(), p.y() - hit.y(), 0);
        description = "Move " + edits.subject();
    }

    void moveTo(Ray ray, boolean free) {
        if (kind != Kind.MOVE) {
            return;
        }
        List<PlacedShape> others = geometry.shapes(start, movingIds);
        Optional<SurfaceHit> hit = SceneRaycast.cast(ray, others, movingIds);
        if (hit.isEmpty()) {
            return;
        }
        Vec3 target = hit.get().point().plus(grabOffset);
        if (!free) {
            target = grid.get().snapXY(target);
        }
        double support = SurfaceDrop.supportHeight(hit.get(), others, movingIds);
        Optional<AssetShape> shape = geometry.shapeOf(grabbed.assetId(), grabbed.jointPositions());
        Vec3 standing = shape.map(s -> SurfaceDrop.standingPosition(s, grabbed.pose().rotation(), hit.get().point(), support))
                .orElse(new Vec3(0, 0, support));
        Vec3 delta = new Vec3(target.x(), target.y(), standing.z()).minus(grabbed.pose().position());
        shift(delta);
    }

    void beginHandle() {
        begin(Kind.HANDLE);
        description = "Move " + edits.subject();
    }

    void translate(Alignment.Axis axis, double distance, boolean free) {
        if (kind != Kind.HANDLE) {
            return;
        }
        double step = grid.get().step();
        double d = free ? distance : Math.rint(distance / step) * step;
        Vec3 dir = axis == Alignment.Axis.X ? Vec3.UNIT_X : axis == Alignment.Axis.Y ? Vec3.UNIT_Y : Vec3.UNIT_Z;
        description = "Move " + edits.subject();
        shift(dir.times(d));
    }

    void rotateZ(double radians, boolean free) {
        if (kind != Kind.HANDLE) {
            return;
        }
        double a = free ? radians : grid.get().snapAngle(radians);
        description = "Turn " + edits.subject();
        List<Placement> turned = new ArrayList<>();
        for (Placement p : moving) {
            turned.add(p.withPose(new Pose(p.pose().position(), Rotations.aboutWorldAxis(p.pose().rotation(), Vec3.UNIT_Z, a))));
        }
        history.showLive(start.replacedAll(turned));
    }

    /** Records the gesture as one edit (nothing when nothing moved). */
    void end() {
        if (kind != Kind.NONE) {
            history.record(description, start);
        }
        kind = Kind.NONE;
    }

    /** Back to where the gesture started, recording nothing. */
    void cancel() {
        if (kind != Kind.NONE) {
            history.showLive(start);
        }
        kind = Kind.NONE;
    }

    private void begin(Kind k) {
        if (kind != Kind.NONE) {
            end();
        }
        kind = k;
        start = history.document();
        moving = edits.selectedPlacements();
        movingIds = Set.copyOf(moving.stream().map(Placement::id).toList());
    }

    private void shift(Vec3 delta) {
        List<Placement> shifted = new ArrayList<>();
        for (Placement p : moving) {
            shifted.add(p.withPose(new Pose(p.pose().position().plus(delta), p.pose().rotation())));
        }
        history.showLive(start.replacedAll(shifted));
    }

    private static Optional<Vec3> pointAtHeight(Ray ray, double z) {
        double dz = ray.direction().z();
        if (Math.abs(dz) < 1e-9) {
            return Optional.empty();
        }
        double t = (z - ray.origin().z()) / dz;
        return t > 0 ? Optional.of(ray.at(t)) : Optional.empty();
    }
}
